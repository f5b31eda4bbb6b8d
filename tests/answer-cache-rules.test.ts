/**
 * The pipeline's rules that kept answers must repeat (`src/server/answer-cache-rules.ts`): a request
 * the pipeline refuses is refused identically when the answer to the same question is kept.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newApiKey } from '../src/data/curation.js';
import { AuthThrottle } from '../src/server/auth-throttle.js';
import { CSRF_HEADERS } from '../src/server/create-server.js';
import { createKnowledgeGraphListener } from '../src/server/node-listener.js';
import { openTestGraph } from './support/test-store.js';

const QUERY = '{ role(slug: "it-operations-specialist") { name } }';
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The same graph served twice: with kept answers, and by the pipeline alone. */
async function serveBoth() {
  const { store } = await openTestGraph();
  const { id, key, secretHash } = newApiKey();
  await store.createApiKey({ id, label: 'reader', scope: 'edit', secretHash });
  const urls: Record<'kept' | 'pipeline', string> = { kept: '', pipeline: '' };
  for (const which of ['kept', 'pipeline'] as const) {
    const { listener } = createKnowledgeGraphListener({
      store,
      logger: false,
      responseCache: which === 'kept',
      authThrottle: new AuthThrottle({ limit: 1 }),
    });
    const server = createServer(listener);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    urls[which] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  return { urls, key };
}

/** A raw HTTP request (so that headers such as Transfer-Encoding are sent as given). */
function send(url: string, options: { method?: string; search?: string; headers?: Record<string, string>; chunks?: string[] }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      `${url}${options.search ?? ''}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      },
    );
    request.on('error', reject);
    for (const chunk of options.chunks ?? []) request.write(chunk);
    request.end();
  });
}

const search = `?query=${encodeURIComponent(QUERY)}`;
const json = JSON.stringify({ query: QUERY });

describe('kept answers repeat the pipeline’s rules', () => {
  it('refuses a GET without a CSRF header as the pipeline does, though its answer is kept', async () => {
    const { urls } = await serveBoth();
    const kept = await send(urls.kept, { search, headers: { [CSRF_HEADERS[0]!]: '1' } });
    expect(kept.status).toBe(200);
    const forged = await send(urls.kept, { search });
    expect(forged.status).toBe(403);
    expect(forged).toEqual(await send(urls.pipeline, { search }));
  });

  it('refuses a body without a declared length as the pipeline does, though its answer is kept', async () => {
    const { urls } = await serveBoth();
    const headers = { 'content-type': 'application/json' };
    expect(
      (await send(urls.kept, { method: 'POST', headers: { ...headers, 'content-length': String(json.length) }, chunks: [json] })).status,
    ).toBe(200);
    const chunked = { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' }, chunks: [json] };
    const refused = await send(urls.kept, chunked);
    expect(refused.status).toBe(411);
    expect(refused).toEqual(await send(urls.pipeline, chunked));
  });

  it('throttles a client whose key checks failed as the pipeline does, though its answer is kept', async () => {
    const { urls, key } = await serveBoth();
    const keyed = (authorization: string) => ({ search, headers: { [CSRF_HEADERS[0]!]: '1', authorization } });
    const answers: Record<string, { status: number; body: string }> = {};
    for (const which of ['kept', 'pipeline'] as const) {
      expect((await send(urls[which], keyed(`Bearer ${key}`))).status).toBe(200);
      expect((await send(urls[which], keyed('Bearer kg_wrong_secret'))).status).toBe(200);
      answers[which] = await send(urls[which], keyed(`Bearer ${key}`));
    }
    expect(answers['kept']!.status).toBe(429);
    expect(answers['kept']).toEqual(answers['pipeline']);
  });
});
