/**
 * The shapes of the answers the explorer draws from (a subset of the API's types). The typed
 * documents' answers (src/explorer/graphql/) must fit them, so `tsc -p src/explorer` checks them
 * against the schema.
 */
import type { EntityKind, ProvenanceKind } from './graphql/graphql.js';

export interface Provenance {
  kind: ProvenanceKind;
  quote?: string | null;
  section?: string | null;
  rationale?: string | null;
  /** IMPORTED: the dataset record's URI (an ESCO concept URI). */
  record?: string | null;
  /** IMPORTED: the dataset (where the query asks for it). */
  source?: { name: string } | null;
}

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  slug: string;
  name: string;
}

export interface NeighborhoodEdge {
  from: string;
  to: string;
  relation: string;
  statement?: string | null;
  provenance: Provenance;
}

export interface Neighborhood {
  nodes: EntitySummary[];
  edges: NeighborhoodEdge[];
  truncated: boolean;
}

export interface PathStep {
  from: EntitySummary;
  /** The relation as read along the path (inverse names for relationships walked backwards). */
  relation: string;
  to: EntitySummary;
  provenance: Provenance;
  /** The relationship as stored, in its own direction. */
  relationship: { relation: string };
}

export interface RelationshipPath {
  length: number;
  steps: PathStep[];
}

/** One citation line: the source's words with their section, the dataset record, or the maintainers' rationale. */
export function citationText(provenance: Provenance): string {
  if (provenance.kind === 'STATED') return `“${provenance.quote ?? ''}”${provenance.section ? ` (${provenance.section})` : ''}`;
  if (provenance.kind === 'IMPORTED') return `Imported from ${provenance.source?.name ?? 'ESCO'}: ${provenance.record ?? ''}`;
  return `Curated: ${provenance.rationale ?? ''}`;
}
