/**
 * The data layer's entry: opens the configured store, brings its schema up to date and seeds it
 * with the curated content (idempotently: it brings the content-owned records in step with the content).
 */
import { content } from './content/index.js';
import { loadEscoSlice } from './esco/esco-slice.js';
import { buildGraph } from './graph.js';
import type { Graph } from './model.js';
import { openStore, parseDatabaseUrl, type StoreLocation } from './store/open-store.js';
import type { SeedResult, Store } from './store/store.js';

/** The slug of the article the content is curated from (its Source node). */
export const CONTENT_SOURCE_SLUG: string = content.source.slug;

export interface OpenedKnowledgeGraph {
  store: Store;
  seeded: SeedResult;
}

/** Opens the store at a location or `DATABASE_URL`-style URL (unset: the default SQLite file). */
/** The graph seeding keeps the store in step with: the shipped ESCO IT slice and the curated content. */
export function seedGraph(): Graph {
  return buildGraph(content, undefined, loadEscoSlice(new URL('./content/esco-it-slice.json', import.meta.url)));
}

export async function openKnowledgeGraph(where: StoreLocation | string | undefined): Promise<OpenedKnowledgeGraph> {
  const graph = seedGraph();
  const store = openStore(typeof where === 'object' ? where : parseDatabaseUrl(where));
  try {
    await store.migrate();
    const seeded = await store.seed(graph);
    return { store, seeded };
  } catch (error) {
    await store.close();
    throw error;
  }
}

export { buildGraph, ContentError } from './graph.js';
export * from './model.js';
export { checkQuote, type UnverifiedQuote, verifyStoredQuotes } from './quote-check.js';
export { DatabaseUrlError, DEFAULT_DATABASE_URL, parseDatabaseUrl, type StoreLocation } from './store/open-store.js';
export type { Store, TraversalRow, TraversalStep } from './store/store.js';
export { follow, followBack, WALKS, type Walk, walksOf, walkTarget } from './walks.js';
