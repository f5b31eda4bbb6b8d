/**
 * Full-text search over every entity, with MiniSearch: ranked (BM25), prefix matching for
 * as-you-type, and tolerant of one or two typing errors per word. The index is built from the
 * store, so one implementation serves every store, and is rebuilt when the graph's version changes.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Deadline } from '../deadline.js';
import { ENTITY_KINDS, type EntityKind, type NodeRecord } from '../model.js';
import { type Store, unwrapStore } from '../store/store.js';

/** The entity texts that are searched, most telling first (a match there is the highlight). */
export const SEARCH_FIELDS = ['name', 'acronym', 'alternativeLabels', 'description'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const BOOST: Record<SearchField, number> = { name: 3, acronym: 3, alternativeLabels: 2, description: 1 };

/** Words too common to tell entities apart. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'what',
  'with',
]);

export interface TextRange {
  start: number;
  length: number;
}

export interface SearchHit {
  node: NodeRecord;
  score: number;
  /** The best-matching text of the entity, and where in it the query matched. */
  highlight: { field: SearchField; text: string; ranges: TextRange[] };
}

interface IndexedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  acronym: string;
  alternativeLabels: string[];
  description: string;
}

/** Words and `+` (which people read, and search, as "plus": "Security+" is "Security Plus"). */
const WORD = /[\p{L}\p{N}]+|\+/gu;

function terms(text: string): { term: string; start: number; length: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({
    term: match[0] === '+' ? 'plus' : match[0].toLowerCase(),
    start: match.index,
    length: match[0].length,
  }));
}

const tokenize = (text: string) => terms(text).map((t) => t.term);
const processTerm = (term: string) => (STOP_WORDS.has(term) ? null : term.toLowerCase());

/** Edit distance allowed per query word: none for short words, one or two for longer ones. */
const fuzziness = (term: string) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2);

/** How many entities a rebuild reads per store call. */
const PAGE = 1000;

export class SearchIndex {
  private constructor(
    private readonly index: MiniSearch<IndexedEntity>,
    private readonly nodes: Map<string, NodeRecord>,
    /** The graph version the index was built from. */
    readonly version: string,
  ) {}

  static async build(store: Store): Promise<SearchIndex> {
    const version = await store.graphVersion();
    const nodes = new Map<string, NodeRecord>();
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.listNodes({
        kinds: ENTITY_KINDS,
        limit: PAGE,
        offset,
        order: { field: 'kind', direction: 'asc' },
        filter: { includeDeprecated: true },
      });
      for (const node of page.items) nodes.set(node.id, node);
      if (offset + PAGE >= page.totalCount) break;
    }
    const index = new MiniSearch<IndexedEntity>({
      fields: [...SEARCH_FIELDS],
      storeFields: ['kind'],
      tokenize,
      processTerm,
      extractField: (document, field) => {
        const value = document[field as keyof IndexedEntity];
        return Array.isArray(value) ? value.join(' \n ') : value;
      },
    });
    index.addAll(
      [...nodes.values()].map((node) => ({
        id: node.id,
        kind: node.kind,
        name: node.name,
        acronym: node.attributes.acronym ?? '',
        alternativeLabels: node.attributes.alternativeLabels ?? [],
        description: node.description,
      })),
    );
    return new SearchIndex(index, nodes, version);
  }

  /**
   * Entities matching the query, best first; `kinds` (when given) restricts them. With a deadline,
   * gives up (throwing its error) once the request's time is up: before matching, and while
   * ranking and reading the matches (a broad query in a large graph matches thousands).
   */
  search(query: string, kinds?: readonly EntityKind[], deadline?: Deadline): SearchHit[] {
    deadline?.check();
    const wanted = kinds && kinds.length > 0 ? new Set<string>(kinds) : null;
    const results = this.index.search(query, {
      boost: BOOST,
      prefix: (term) => term.length >= 2,
      fuzzy: fuzziness,
      combineWith: 'OR',
      ...(wanted
        ? {
            filter: (result: SearchResult) => {
              deadline?.tick();
              return wanted.has(String(result['kind']));
            },
          }
        : {}),
    });
    deadline?.check();
    return (
      results
        .map((result) => ({ result, node: this.nodes.get(String(result.id))! }))
        .filter(({ node }) => node.deprecatedAt === null) // deprecated entities stay resolvable, but are not found
        // Highlights are worked out only for the hits a page shows: a broad query matches thousands.
        .map(({ result, node }) => {
          deadline?.tick();
          return {
            node,
            score: result.score,
            get highlight() {
              return highlight(node, result);
            },
          };
        })
    );
  }
}

/** The most telling field the query matched, with the matched words marked as ranges. */
function highlight(node: NodeRecord, result: SearchResult): SearchHit['highlight'] {
  const matchedTerms = new Set(result.terms);
  const matchedFields = new Set(Object.values(result.match).flat());
  const texts: Record<SearchField, string[]> = {
    name: [node.name],
    acronym: node.attributes.acronym ? [node.attributes.acronym] : [],
    alternativeLabels: node.attributes.alternativeLabels ?? [],
    description: [node.description],
  };
  for (const field of SEARCH_FIELDS) {
    if (!matchedFields.has(field)) continue;
    for (const text of texts[field]) {
      const ranges = terms(text)
        .filter((t) => matchedTerms.has(t.term))
        .map(({ start, length }) => ({ start, length }));
      if (ranges.length > 0) return { field, text, ranges };
    }
  }
  return { field: 'name', text: node.name, ranges: [] };
}

/** One index per store, rebuilt (once, however many requests ask) when the graph changes. */
const indexes = new WeakMap<Store, Promise<SearchIndex>>();

export async function searchIndexFor(wrapped: Store): Promise<SearchIndex> {
  const store = unwrapStore(wrapped);
  const cached = indexes.get(store);
  if (cached) {
    const [index, version] = await Promise.all([cached, store.graphVersion()]);
    if (index.version === version) return index;
    if (indexes.get(store) !== cached) return searchIndexFor(store); // another request is rebuilding
  }
  const building = SearchIndex.build(store);
  indexes.set(store, building);
  building.catch(() => indexes.delete(store));
  return building;
}
