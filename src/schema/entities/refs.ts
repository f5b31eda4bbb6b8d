/**
 * The refs of the entity types and of the types every entity kind refers to, with the entity
 * connection types: created here, implemented in their own modules (Pothos's guidance for types
 * that refer to each other). Type modules import refs from here and from no other type module, so
 * any of them can be imported first, and no import cycle runs through them.
 *
 * Every entity type is a Relay node loaded through a per-request DataLoader (plugin-dataloader),
 * so `node(id:)`, `nodes(ids:)` and every field that returns entities by id batch into one store
 * call per kind.
 */
import {
  type EdgeRecord,
  ENTITY_KINDS,
  type EntityKind,
  KINDS,
  type NodeRecord,
  nodeId,
  type Provenance,
  type Relation,
} from '../../data/index.js';
import { builder } from '../builder.js';
import { loaderOptions } from '../loader-options.js';
import { RelationEnum } from './relation.js';

/** The id the API encodes into a global ID: the store id without its kind prefix. */
export function localId(node: Pick<NodeRecord, 'id' | 'kind'>): string {
  return node.id.slice(node.kind.length + 1);
}

function entityNodeRef(kind: EntityKind) {
  return builder.loadableNodeRef<NodeRecord, string, string>(kind, {
    id: { resolve: localId },
    loaderOptions,
    load: (ids, context) => context.store.nodesByIds(ids.map((id) => nodeId(kind, id))),
    sort: localId,
  });
}

export type EntityNodeRef = ReturnType<typeof entityNodeRef>;

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole list holds, across all pages.', resolve: (connection) => connection.totalCount }),
);

/** The `Entity` interface every entity type implements (`entity.ts`). */
export const EntityInterface = builder.interfaceRef<NodeRecord>('Entity');
/** Where a fact comes from (`provenance.ts`). */
export const ProvenanceType = builder.objectRef<Provenance>('Provenance');
/** A stored relationship (`relationship.ts`). */
export const RelationshipType = builder.objectRef<EdgeRecord>('Relationship');

/** The object type of each entity kind, implemented in `<kind>.ts`. */
export const ENTITY_NODES = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityNodeRef(kind)])) as Record<
  EntityKind,
  EntityNodeRef
>;

/** An entity reached from another, with how it is reached: what a `<Kind>LinkEdge` holds. */
export interface Link {
  node: NodeRecord;
  /** The relation of the last edge walked. */
  relation: Relation;
  /** Provenance of the last edge walked (for a direct link, the link's own). */
  provenance: Provenance;
  statement: string | null;
  /** Every edge walked to reach the node, along every path that reaches it. */
  evidence: EdgeRecord[];
}

/** Connection edges built from links carry the link's fields next to `cursor` and `node`. */
function asLink(edge: object): Link {
  return edge as Link;
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

/** The two connection types of an entity kind; `plural` names the items in descriptions. */
function entityConnections(ref: EntityNodeRef, kind: EntityKind, plural: string) {
  const list = builder.connectionObject(
    { type: ref, name: `${kind}Connection`, description: `A page of ${plural}.` },
    { name: `${kind}Edge`, description: `One of a page of ${plural}.` },
  );
  const link = builder.connectionObject(
    {
      type: ref,
      name: `${kind}LinkConnection`,
      description: `A page of ${plural} related to an entity, each edge with the evidence for the relationship.`,
    },
    {
      name: `${kind}LinkEdge`,
      description: `A ${lowerFirst(kind)} related to the entity, with the relationship’s provenance.`,
      fields: (t) => ({
        relation: t.field({
          type: RelationEnum,
          description: 'The relation of the relationship (for a relationship through intermediate entities, of its last step).',
          resolve: (edge) => asLink(edge).relation,
        }),
        provenance: t.field({
          type: ProvenanceType,
          description:
            'Where the relationship comes from (for a relationship through intermediate entities, its last step’s provenance; `evidence` has every step).',
          resolve: (edge) => asLink(edge).provenance,
        }),
        statement: t.string({
          nullable: true,
          description:
            'The maintainers’ short statement of the relationship, where it has one (a role’s stance, how a role needs a technical area).',
          resolve: (edge) => asLink(edge).statement,
        }),
        evidence: t.field({
          type: [RelationshipType],
          description:
            'Every relationship walked to reach this entity, with its provenance: one for a direct relationship, one per step (and per path) for one through intermediate entities (e.g. a responsibility’s certifications through its skill domains).',
          resolve: (edge) => asLink(edge).evidence,
        }),
      }),
    },
  );
  return { list, link };
}

export type EntityConnections = ReturnType<typeof entityConnections>;

/** The kinds that are listed (they have a plural): their root lists and relationship fields are connections. */
export type ListedKind = { [K in EntityKind]: (typeof KINDS)[K]['plural'] extends string ? K : never }[EntityKind];

/** `<Kind>Connection` (root lists) and `<Kind>LinkConnection` (relationship fields) of each listed kind. */
export const ENTITY_CONNECTIONS = Object.fromEntries(
  ENTITY_KINDS.flatMap((kind) => {
    const { plural } = KINDS[kind];
    return plural === null ? [] : [[kind, entityConnections(ENTITY_NODES[kind], kind, plural)]];
  }),
) as Record<ListedKind, EntityConnections>;
