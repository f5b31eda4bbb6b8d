/** The store's tables as Kysely sees them (snake_case columns, JSON kept as text). */
import type { Generated } from 'kysely';

/** Provenance columns, shared by nodes and edges. */
export interface ProvenanceColumns {
  provenance_kind: string;
  quote: string | null;
  section: string | null;
  rationale: string | null;
  source_id: string | null;
}

/** Who owns a record: `content` (the curated content files; seeding keeps them in step). */
export interface OriginColumn {
  origin: Generated<string>;
}

export interface NodesTable extends ProvenanceColumns {
  id: string;
  kind: string;
  slug: string;
  name: string;
  description: string;
  /** JSON object of kind-specific values. */
  attributes: string;
}

export interface EdgesTable extends ProvenanceColumns {
  id: string;
  relation: string;
  from_id: string;
  to_id: string;
  position: number;
  statement: string | null;
}

export interface MetadataTable {
  key: string;
  value: string;
  updated_at: Generated<string>;
}

export interface Database {
  nodes: NodesTable & OriginColumn;
  edges: EdgesTable & OriginColumn;
  metadata: MetadataTable;
}
