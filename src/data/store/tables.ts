/** The store's tables as Kysely sees them (snake_case columns, JSON kept as text). */
import type { Generated } from 'kysely';

/** Provenance columns, shared by nodes and edges. */
export interface ProvenanceColumns {
  provenance_kind: string;
  quote: string | null;
  section: string | null;
  rationale: string | null;
  source_id: string | null;
  /** IMPORTED: the dataset record's URI (added by migration 006). */
  record: string | null;
}

/**
 * Who owns a record: `content` (the curated content files; seeding keeps them in step), or `api`
 * (a curator's or an import's record, which seeding never touches, even where the content has its id).
 */
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
  /** One of the relation's qualifiers, or null (added by migration 005). */
  qualifier: string | null;
}

export interface MetadataTable {
  key: string;
  value: string;
  updated_at: Generated<string>;
}

/** Columns curation manages; content seeding never sets them. */
export interface NodeCurationColumns {
  version: Generated<number>;
  deprecated_at: string | null;
  replaced_by: string | null;
}

export interface ApiKeysTable {
  id: string;
  label: string;
  scope: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ChangesTable {
  id: Generated<number>;
  at: string;
  actor_key_id: string;
  actor_label: string;
  action: string;
  subject_id: string;
  /** JSON of the record before the change; null when it created the record. */
  before: string | null;
  /** JSON of the record after the change; null when it removed the record. */
  after: string | null;
}

export interface Database {
  nodes: NodesTable & OriginColumn & NodeCurationColumns;
  edges: EdgesTable & OriginColumn & { version: Generated<number> };
  api_keys: ApiKeysTable;
  changes: ChangesTable;
  metadata: MetadataTable;
}
