/**
 * Store calls per request for each benchmark question, through the full GraphQL pipeline
 * (`yoga.fetch`) on the seeded embedded store, response cache off: calls of the `Store` interface
 * (what the DataLoaders batch, per relationship level; the read model answers them), and round-trips
 * to the database behind the read model (the version check, while the graph is unchanged). Run as its
 * own process, because batching (on, or off for the naive variant: `LOADER_BATCHING=off`) holds for
 * the whole process. Prints JSON.
 */
import { openKnowledgeGraph, type ReadModelStore, withReadModel } from '../src/data/index.js';
import { createKnowledgeGraphServer } from '../src/server/create-server.js';
import { countingStore } from '../tests/support/store-wrappers.js';
import { IDS_QUERY, questions } from './questions.js';

const opened = await openKnowledgeGraph('sqlite::memory:');
const database = countingStore((opened.store as ReadModelStore).source);
const store = withReadModel(database.store);
const counted = countingStore(store);
const yoga = createKnowledgeGraphServer({
  store: counted.store,
  logger: false,
  responseCache: false,
  production: true,
  loaderBatching: process.env['LOADER_BATCHING'] !== 'off',
});
const post = async (body: string) => {
  const response = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const parsed = (await response.json()) as { data: Record<string, { id: string }>; errors?: unknown };
  if (parsed.errors) throw new Error(JSON.stringify(parsed.errors));
  return { parsed, bytes: Number(response.headers.get('content-length') ?? 0) };
};
const { parsed } = await post(JSON.stringify({ query: IDS_QUERY }));
const result: Record<string, { storeCalls: number; roundTrips: number; responseBytes: number }> = {};
for (const question of questions({ ccna: parsed.data['ccna']!.id, manager: parsed.data['manager']!.id })) {
  await post(question.body); // the search index is built on first use, not per request
  counted.reset();
  database.reset();
  const { bytes } = await post(question.body);
  result[question.name] = { storeCalls: counted.calls(), roundTrips: database.calls(), responseBytes: bytes };
}
await store.close();
console.log(JSON.stringify(result));
