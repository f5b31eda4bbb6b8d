/**
 * Full-text search over every entity, with MiniSearch: ranked (BM25), prefix matching for
 * as-you-type, and tolerant of one or two typing errors per word. Besides an entity's own texts
 * (name, acronym, alternative and hidden labels, description) it reaches the words of the evidence: the
 * entity's own provenance quote, and the statements and quotes of the relationships at either end
 * of which it stands (an edge's words speak of both its ends: a role's definition of a
 * responsibility is the role's and the responsibility's). Results are ordered by where their best
 * match is (a name or label, then the description, then the evidence), then by score. The index is
 * built from the store, so one implementation serves every store, and is rebuilt when the graph's
 * version changes.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Deadline } from '../deadline.js';
import { type EdgeRecord, ENTITY_KINDS, type EntityKind, type NodeRecord } from '../model.js';
import { type Store, unwrapStore } from '../store/store.js';

/** The entity texts that are searched, most telling first (a match there is the highlight). */
export const SEARCH_FIELDS = [
  'name',
  'acronym',
  'alternativeLabels',
  'hiddenLabels',
  'description',
  'quote',
  'relationshipStatement',
  'relationshipQuote',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
/** The fields that hold evidence: the source's (or, for some statements, the maintainers') words about the entity. */
type EvidenceField = Extract<SearchField, 'quote' | 'relationshipStatement' | 'relationshipQuote'>;
const EVIDENCE_FIELDS: readonly EvidenceField[] = ['quote', 'relationshipStatement', 'relationshipQuote'];
/** The entity's own texts. */
const OWN_FIELDS: readonly SearchField[] = SEARCH_FIELDS.filter((field) => !(EVIDENCE_FIELDS as readonly string[]).includes(field));

/**
 * Where a match ranks: a match in a name or label (0) above one in the description (1), and a
 * match only in the evidence (2) below both. Results are ordered by their best tier, then by score.
 */
const TIER: Record<SearchField, number> = {
  name: 0,
  acronym: 0,
  alternativeLabels: 0,
  hiddenLabels: 0,
  description: 1,
  quote: 2,
  relationshipStatement: 2,
  relationshipQuote: 2,
};

/** Within a tier, how much a match in each field counts toward the score. */
const BOOST: Record<SearchField, number> = {
  name: 3,
  acronym: 3,
  alternativeLabels: 2,
  hiddenLabels: 1.5,
  description: 1,
  quote: 0.2,
  relationshipStatement: 0.2,
  relationshipQuote: 0.1,
};

/**
 * At most this many distinct evidence texts are indexed per entity (its own quote first, then its
 * relationships' words in the store's order): a hub's evidence, and the work of highlighting it,
 * stay bounded however many quoted relationships it has.
 */
const MAX_EVIDENCE_PER_ENTITY = 200;

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

/** One text of an entity's evidence: which kind it is, the words, and the relationship they belong to (if any). */
interface EvidenceText {
  field: EvidenceField;
  text: string;
  relationship: EdgeRecord | null;
}

export interface SearchHit {
  node: NodeRecord;
  score: number;
  /**
   * The best-matching text of the entity, where in it the query matched, and, for a relationship's
   * statement or quote, that relationship.
   */
  highlight: { field: SearchField; text: string; ranges: TextRange[]; relationship: EdgeRecord | null };
}

/** A document of one of the two indexes: the entity's own texts, or its evidence. */
interface IndexedEntity {
  id: string;
  kind: EntityKind;
  name?: string;
  acronym?: string;
  alternativeLabels?: string[];
  hiddenLabels?: string[];
  description?: string;
  quote?: string[];
  relationshipStatement?: string[];
  relationshipQuote?: string[];
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

/** How many entities (or relationships) a rebuild reads per store call. */
const PAGE = 1000;

/** Every page of a store list, in order. */
async function readAll<T>(list: (offset: number) => Promise<{ items: T[]; totalCount: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await list(offset);
    items.push(...page.items);
    if (offset + PAGE >= page.totalCount) return items;
  }
}

/** Each entity's evidence texts, distinct and at most `MAX_EVIDENCE_PER_ENTITY`: its own quote, then its relationships' words. */
function gatherEvidence(nodes: ReadonlyMap<string, NodeRecord>, edges: readonly EdgeRecord[]): Map<string, EvidenceText[]> {
  const evidence = new Map<string, EvidenceText[]>();
  const seen = new Map<string, Set<string>>();
  const attach = (nodeId: string, item: EvidenceText) => {
    if (!nodes.has(nodeId) || !item.text.trim()) return;
    const texts = seen.get(nodeId) ?? new Set<string>();
    seen.set(nodeId, texts);
    if (texts.has(item.text) || texts.size >= MAX_EVIDENCE_PER_ENTITY) return;
    texts.add(item.text);
    const list = evidence.get(nodeId);
    if (list) list.push(item);
    else evidence.set(nodeId, [item]);
  };
  for (const node of nodes.values())
    if (node.provenance.quote) attach(node.id, { field: 'quote', text: node.provenance.quote, relationship: null });
  for (const edge of edges)
    for (const end of [edge.fromId, edge.toId]) {
      if (edge.statement) attach(end, { field: 'relationshipStatement', text: edge.statement, relationship: edge });
      if (edge.provenance.quote) attach(end, { field: 'relationshipQuote', text: edge.provenance.quote, relationship: edge });
    }
  return evidence;
}

export class SearchIndex {
  private constructor(
    /** Every entity's own texts. */
    private readonly ownTexts: MiniSearch<IndexedEntity>,
    /** The evidence of the entities that have some (in a large graph, few do: the index stays small). */
    private readonly evidenceTexts: MiniSearch<IndexedEntity>,
    private readonly nodes: Map<string, NodeRecord>,
    private readonly evidence: Map<string, EvidenceText[]>,
    /** The graph version the index was built from. */
    readonly version: string,
  ) {}

  static async build(store: Store): Promise<SearchIndex> {
    const version = await store.graphVersion();
    const nodeList = await readAll((offset) =>
      store.listNodes({
        kinds: ENTITY_KINDS,
        limit: PAGE,
        offset,
        order: { field: 'kind', direction: 'asc' },
        filter: { includeDeprecated: true },
      }),
    );
    const nodes = new Map(nodeList.map((node) => [node.id, node]));
    // Only relationships with words of their own are read: most of a large graph's have none.
    const edges = await readAll((offset) => store.listEdges({ withWords: true, limit: PAGE, offset }));
    const evidence = gatherEvidence(nodes, edges);
    const indexOf = (fields: readonly SearchField[]) =>
      new MiniSearch<IndexedEntity>({
        fields: [...fields],
        storeFields: ['kind'],
        tokenize,
        processTerm,
        extractField: (document, field) => {
          const value = document[field as keyof IndexedEntity];
          return Array.isArray(value) ? value.join(' \n ') : value;
        },
      });
    const ownTexts = indexOf(OWN_FIELDS);
    ownTexts.addAll(
      nodeList.map((node) => ({
        id: node.id,
        kind: node.kind,
        name: node.name,
        acronym: node.attributes.acronym ?? '',
        alternativeLabels: node.attributes.alternativeLabels ?? [],
        hiddenLabels: node.attributes.hiddenLabels ?? [],
        description: node.description,
      })),
    );
    const evidenceTexts = indexOf(EVIDENCE_FIELDS);
    const textsOf = (items: readonly EvidenceText[], field: EvidenceField) =>
      items.filter((item) => item.field === field).map((item) => item.text);
    evidenceTexts.addAll(
      [...evidence].map(([id, items]) => ({
        id,
        kind: nodes.get(id)!.kind,
        quote: textsOf(items, 'quote'),
        relationshipStatement: textsOf(items, 'relationshipStatement'),
        relationshipQuote: textsOf(items, 'relationshipQuote'),
      })),
    );
    return new SearchIndex(ownTexts, evidenceTexts, nodes, evidence, version);
  }

  /**
   * Entities matching the query, best first (by the tier of their best match, then by score);
   * `kinds` (when given) restricts them. With a deadline, gives up (throwing its error) once the
   * request's time is up: before matching, and while ranking and reading the matches (a broad
   * query in a large graph matches thousands).
   */
  search(query: string, kinds?: readonly EntityKind[], deadline?: Deadline): SearchHit[] {
    deadline?.check();
    const wanted = kinds && kinds.length > 0 ? new Set<string>(kinds) : null;
    const searchIn = (index: MiniSearch<IndexedEntity>, skip?: ReadonlySet<string>) =>
      index.search(query, {
        boost: BOOST,
        prefix: (term) => term.length >= 2,
        fuzzy: fuzziness,
        combineWith: 'OR',
        filter: (result: SearchResult) => {
          deadline?.tick();
          return (!wanted || wanted.has(String(result['kind']))) && !skip?.has(String(result.id));
        },
      });
    // The entity's own texts and its evidence are matched apart, so that evidence neither adds to
    // the score of an entity found by its own texts nor lifts it above another.
    const own = searchIn(this.ownTexts);
    deadline?.check();
    const byEvidence = searchIn(this.evidenceTexts, new Set(own.map((result) => String(result.id))));
    deadline?.check();
    return (
      [...own, ...byEvidence]
        .map((result) => {
          deadline?.tick();
          return { result, node: this.nodes.get(String(result.id))!, tier: bestTier(result) };
        })
        .filter(({ node }) => node.deprecatedAt === null) // deprecated entities stay resolvable, but are not found
        // MiniSearch gives each list best score first; the sort is stable, so within a tier they stay so.
        .sort((a, b) => a.tier - b.tier)
        // Highlights are worked out only for the hits a page shows: a broad query matches thousands.
        .map(({ result, node }) => {
          const evidence = this.evidence.get(node.id) ?? [];
          return {
            node,
            score: result.score,
            get highlight() {
              return highlight(node, evidence, result);
            },
          };
        })
    );
  }
}

/** The best (lowest) tier of the fields a result matched in. */
function bestTier(result: SearchResult): number {
  let tier = Number.POSITIVE_INFINITY;
  for (const fields of Object.values(result.match))
    for (const field of fields) tier = Math.min(tier, TIER[field as SearchField] ?? Number.POSITIVE_INFINITY);
  return tier;
}

/**
 * The most telling field the query matched (in `SEARCH_FIELDS` order) and, within it, the text
 * with the most distinct matched words (the first such), with the matched words marked as ranges.
 */
function highlight(node: NodeRecord, evidence: readonly EvidenceText[], result: SearchResult): SearchHit['highlight'] {
  const matchedTerms = new Set(result.terms);
  const matchedFields = new Set(Object.values(result.match).flat());
  const own = (field: SearchField, texts: readonly string[]) => texts.map((text) => ({ field, text, relationship: null }));
  const texts: Record<SearchField, readonly { field: SearchField; text: string; relationship: EdgeRecord | null }[]> = {
    name: own('name', [node.name]),
    acronym: own('acronym', node.attributes.acronym ? [node.attributes.acronym] : []),
    alternativeLabels: own('alternativeLabels', node.attributes.alternativeLabels ?? []),
    hiddenLabels: own('hiddenLabels', node.attributes.hiddenLabels ?? []),
    description: own('description', [node.description]),
    quote: evidence.filter((item) => item.field === 'quote'),
    relationshipStatement: evidence.filter((item) => item.field === 'relationshipStatement'),
    relationshipQuote: evidence.filter((item) => item.field === 'relationshipQuote'),
  };
  for (const field of SEARCH_FIELDS) {
    if (!matchedFields.has(field)) continue;
    let best: SearchHit['highlight'] | null = null;
    let bestCount = 0;
    for (const { text, relationship } of texts[field]) {
      const matched = terms(text).filter((t) => matchedTerms.has(t.term));
      const count = new Set(matched.map((t) => t.term)).size;
      if (count > bestCount) {
        best = { field, text, ranges: matched.map(({ start, length }) => ({ start, length })), relationship };
        bestCount = count;
      }
    }
    if (best) return best;
  }
  return { field: 'name', text: node.name, ranges: [], relationship: null };
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
