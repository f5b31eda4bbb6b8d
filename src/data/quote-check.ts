/**
 * The one check every STATED quote passes, whichever way it reaches the graph (content seeding, a
 * curator's change, an import) and when the service starts: the quote occurs verbatim, whitespace
 * aside, in the text of the Source it cites — inside the section it names, when it names one. The
 * store runs it inside the write's transaction (`store/curation-queries.ts`, `store/graph-transfer.ts`),
 * so no path writes a quote its source does not hold; reads compute `Provenance.verified` with it.
 */
import { ContentError } from './content-error.js';
import type { EntityKind, NodeAttributes, Provenance } from './model.js';
import { ENTITY_KINDS } from './model.js';
import { INTRODUCTION, SourceText } from './source-text.js';
import type { Store } from './store/store.js';

/** What the check needs of the node a quote cites. */
export interface QuotedSource {
  id: string;
  kind: EntityKind;
  attributes: NodeAttributes;
  /**
   * Absent for records not yet stored (an import's own sources): their parsed text is kept as long
   * as their `attributes` object lives.
   */
  version?: number;
}

/** The provenance part at fault when a quote fails: the quote, the section it names, or the source it cites. */
export type QuoteField = 'quote' | 'section' | 'source';

export type QuoteCheck = { ok: true; section: string } | { ok: false; field: QuoteField; reason: string };

/** Parsed texts by source id and version: a source's text is parsed once, not at every check. */
const parsedTexts = new Map<string, SourceText>();
/** Enough for every source a deployment quotes; the oldest parsed text goes first beyond it. */
const PARSED_TEXTS_KEPT = 64;
/** Parsed texts of sources not yet stored, by their attributes object. */
const parsedUnstored = new WeakMap<NodeAttributes, SourceText>();

/**
 * The parsed text of a source, or why it has none a quote could stand in. Cached per (id, version);
 * the cached text is used only if it is still the source's text (a database rewritten by other
 * means keeps a version but may change the text).
 */
export function sourceTextOf(source: QuotedSource): SourceText | { problem: string } {
  const text = source.attributes.text;
  if (source.kind !== 'Source') return { problem: `${source.id} is a ${source.kind}, not a Source` };
  if (text === undefined || text.trim() === '') return { problem: `the source ${source.id} has no text to quote` };
  const sections = source.attributes.sections ?? [];
  const key = source.version === undefined ? null : `${source.id}\u0000${source.version}`;
  const cached = key === null ? parsedUnstored.get(source.attributes) : parsedTexts.get(key);
  if (cached && cached.raw === text && sameList(cached.headings, sections)) return cached;
  let parsed: SourceText;
  try {
    parsed = new SourceText(text, sections);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { problem: `the source ${source.id}'s sections are not lines of its text` };
  }
  if (key === null) {
    parsedUnstored.set(source.attributes, parsed);
  } else {
    parsedTexts.delete(key);
    parsedTexts.set(key, parsed);
    if (parsedTexts.size > PARSED_TEXTS_KEPT) parsedTexts.delete(parsedTexts.keys().next().value!);
  }
  return parsed;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Checks a quote against the source it cites (`null`: no such node). On success gives the section
 * the quote stands in (the one named, or the one it is found in). A failure names the part at
 * fault: `source` (none, not a Source, no text), `section` (the source has no such section, or the
 * quote stands elsewhere in it), or `quote` (the source's text does not hold it).
 */
export function checkQuote(source: QuotedSource | null, quote: string, section: string | null): QuoteCheck {
  if (source === null) return { ok: false, field: 'source', reason: 'The cited source does not exist' };
  const text = sourceTextOf(source);
  if ('problem' in text) return { ok: false, field: 'source', reason: `Nothing can be quoted from it: ${text.problem}` };
  if (section !== null && section !== INTRODUCTION && !text.headings.includes(section)) {
    const known = [INTRODUCTION, ...text.headings].map((heading) => `"${heading}"`).join(', ');
    return { ok: false, field: 'section', reason: `The source ${source.id} has no section "${section}" (it has ${known})` };
  }
  const anywhere = text.locate(quote);
  if (!anywhere.ok) {
    return {
      ok: false,
      field: 'quote',
      reason: `The quote "${quote}" does not occur verbatim (whitespace aside) in the text of the source ${source.id}`,
    };
  }
  if (section === null) return anywhere;
  const inSection = text.locate(quote, section);
  if (!inSection.ok) {
    return {
      ok: false,
      field: 'section',
      reason: `The quote stands in section "${anywhere.section}" of the source ${source.id}, not in "${section}"`,
    };
  }
  return inSection;
}

/**
 * Checks a provenance's quote (CURATED provenance has none and passes), looking its source up with
 * `sourceOf`; on success gives the provenance with the section the quote stands in.
 */
export async function checkedProvenance(
  provenance: Provenance,
  sourceOf: (id: string) => Promise<QuotedSource | null> | QuotedSource | null,
): Promise<{ ok: true; provenance: Provenance } | { ok: false; field: QuoteField; reason: string }> {
  if (provenance.kind !== 'STATED') return { ok: true, provenance };
  if (provenance.sourceId === null || provenance.quote === null) {
    return { ok: false, field: provenance.sourceId === null ? 'source' : 'quote', reason: 'STATED provenance needs a quote and a source' };
  }
  const checked = checkQuote(await sourceOf(provenance.sourceId), provenance.quote, provenance.section);
  return checked.ok ? { ok: true, provenance: { ...provenance, section: checked.section } } : checked;
}

/** A stored STATED quote that does not stand in its source. */
export interface UnverifiedQuote {
  /** The store id of the node or edge that carries it. */
  id: string;
  record: 'node' | 'edge';
  field: QuoteField;
  reason: string;
}

/** Records read per store call while verifying. */
const VERIFY_PAGE = 1000;

/**
 * Checks every STATED quote the store holds (nodes, deprecated ones too, and edges) against its
 * source's text as stored now: the start-up check for quotes written before writes were checked,
 * or changed behind the service's back. Reads the graph in pages, sources once each.
 */
export async function verifyStoredQuotes(store: Store): Promise<UnverifiedQuote[]> {
  const sources = new Map<string, QuotedSource | null>();
  const sourceOf = async (id: string) => {
    if (!sources.has(id)) sources.set(id, (await store.nodesByIds([id]))[0] ?? null);
    return sources.get(id)!;
  };
  const failures: UnverifiedQuote[] = [];
  const check = async (record: 'node' | 'edge', id: string, provenance: Provenance) => {
    const checked = await checkedProvenance(provenance, sourceOf);
    if (!checked.ok) failures.push({ id, record, field: checked.field, reason: checked.reason });
  };
  for (let offset = 0; ; offset += VERIFY_PAGE) {
    const page = await store.listNodes({
      kinds: ENTITY_KINDS,
      limit: VERIFY_PAGE,
      offset,
      filter: { provenanceKind: 'STATED', includeDeprecated: true },
      order: { field: 'slug', direction: 'asc' },
    });
    for (const node of page.items) await check('node', node.id, node.provenance);
    if (offset + VERIFY_PAGE >= page.totalCount) break;
  }
  for (let offset = 0; ; offset += VERIFY_PAGE) {
    const page = await store.listEdges({ provenanceKind: 'STATED', limit: VERIFY_PAGE, offset });
    for (const edge of page.items) await check('edge', edge.id, edge.provenance);
    if (offset + VERIFY_PAGE >= page.totalCount) break;
  }
  return failures;
}
