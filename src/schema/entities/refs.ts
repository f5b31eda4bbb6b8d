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
  RELATION_QUALIFIERS,
  RELATIONS,
  type Relation,
} from '../../data/index.js';
import { statementProvenance } from '../../data/provenance-marks.js';
import { builder } from '../builder.js';
import { loaderOptions } from '../loader-options.js';
import { RelationEnum } from './relation.js';
import { QUALIFIER_ENUMS, qualifiedRelationsAt } from './relation-qualifier.js';

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
  /** Statement of the last edge walked. */
  statement: string | null;
  /** Qualifier of the last edge walked (`RELATION_QUALIFIERS`), or null. */
  qualifier: string | null;
  /** Every edge walked to reach the node, along every path that reaches it. */
  evidence: EdgeRecord[];
}

/** Connection edges built from links carry the link's fields next to `cursor` and `node`. */
function asLink(edge: object): Link {
  return edge as Link;
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

/** What a relationship's `statement` is (on `Relationship` and on every relationship edge). */
export const STATEMENT_DESCRIPTION =
  'A short statement of the relationship, where it has one (a role’s own definition of a responsibility, a stance, how a role needs a technical area): the source’s words or the maintainers’, as `statementProvenance` tells.';
/** What a relationship's `statementProvenance` is. */
export const STATEMENT_PROVENANCE_DESCRIPTION =
  'Whose words `statement` is: STATED (its `quote` is the statement) when the statement stands verbatim in the relationship’s quote, CURATED when it is the maintainers’ wording; null when there is no statement.';

type LinkEdgeFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  object
>;

/**
 * The qualifier fields of `<Kind>LinkEdge`: one per qualified relation joining the kind to
 * another (`need` on the edges between roles and technical areas), null on edges of other relations.
 */
function qualifierFields(t: LinkEdgeFieldBuilder, kind: EntityKind) {
  const fields: Record<string, ReturnType<LinkEdgeFieldBuilder['field']>> = {};
  for (const relation of qualifiedRelationsAt(kind)) {
    const { field, name } = RELATION_QUALIFIERS[relation];
    if (field in fields) throw new Error(`${kind}LinkEdge would have two qualifier fields named ${field}`);
    const { from, to } = RELATIONS[relation];
    fields[field] = t.field({
      type: QUALIFIER_ENUMS[relation],
      nullable: true,
      description: `For a ${relation} relationship (${from} → ${to}): ${lowerFirst(RELATION_QUALIFIERS[relation].description)} Null on relationships of other relations, and where the source does not say (${name}).`,
      resolve: (edge) => {
        const link = asLink(edge);
        return link.relation === relation ? (link.qualifier as never) : null;
      },
    });
  }
  return fields;
}

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
          description: STATEMENT_DESCRIPTION,
          resolve: (edge) => asLink(edge).statement,
        }),
        statementProvenance: t.field({
          type: ProvenanceType,
          nullable: true,
          description: STATEMENT_PROVENANCE_DESCRIPTION,
          resolve: (edge) => statementProvenance(asLink(edge)),
        }),
        ...qualifierFields(t, kind),
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
