/**
 * Which words are the source's and which the maintainers': an entity's description and a
 * relationship's statement are the source's words (STATED) only where they stand verbatim
 * (whitespace-normalised) in the record's own STATED quote; anything else is the maintainers'
 * wording (CURATED). Computed from the record alone: no store call.
 */
import type { EdgeRecord, NodeRecord, Provenance } from './model.js';
import { normaliseWhitespace } from './source-text.js';

/** Why a description that is not the source's verbatim words is marked CURATED. */
export const CURATED_DESCRIPTION_RATIONALE =
  'The description is the maintainers’ wording (a summary or rephrasing of the source); `provenance` holds the source’s own words.';

/** Why a relationship statement that is not the source's verbatim words is marked CURATED. */
export const CURATED_STATEMENT_RATIONALE =
  'The statement is the maintainers’ wording of the relationship; `provenance` holds the source’s own words, or why the maintainers added it.';

function curated(rationale: string): Provenance {
  return { kind: 'CURATED', quote: null, section: null, rationale, sourceId: null };
}

/** Whether `words` stand verbatim (whitespace-normalised) in the STATED quote of `provenance`. */
function standsInQuote(words: string, provenance: Provenance): boolean {
  if (provenance.kind !== 'STATED' || provenance.quote === null) return false;
  const wanted = normaliseWhitespace(words);
  return wanted.length > 0 && normaliseWhitespace(provenance.quote).includes(wanted);
}

/** The source's words, quoted from the same place as the record's own quote. */
function stated(words: string, provenance: Provenance): Provenance {
  return { ...provenance, quote: normaliseWhitespace(words) };
}

/** Whose words an entity's description is: STATED (quoting it) when it stands in the entity's quote, else CURATED. */
export function descriptionProvenance(node: Pick<NodeRecord, 'description' | 'provenance'>): Provenance {
  return standsInQuote(node.description, node.provenance)
    ? stated(node.description, node.provenance)
    : curated(CURATED_DESCRIPTION_RATIONALE);
}

/** Whose words a relationship's statement is (null when it has none): STATED when it stands in the edge's quote, else CURATED. */
export function statementProvenance(edge: Pick<EdgeRecord, 'statement' | 'provenance'>): Provenance | null {
  if (edge.statement === null) return null;
  return standsInQuote(edge.statement, edge.provenance) ? stated(edge.statement, edge.provenance) : curated(CURATED_STATEMENT_RATIONALE);
}
