/**
 * Connections of entities, and the fields that return them.
 *
 * Each entity kind has two connection types: `<Kind>Connection` for the root lists, and
 * `<Kind>LinkConnection` for relationships, whose edges carry the relationship's provenance.
 * Relationship fields walk the graph through `store.traverse`, batched per field path by the
 * DataLoader plugin: one store call per relationship level of a query, however many parents.
 */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Deadline } from '../data/deadline.js';
import type {
  EdgeRecord,
  EntityKind,
  NodeRecord,
  Provenance,
  ProvenanceKind,
  Relation,
  TraversalRow,
  TraversalStep,
} from '../data/index.js';
import type { NodeFilter, NodeOrder, ReachableFrom } from '../data/store/store.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';
import { checkLength } from './errors.js';
import { loaderOptions } from './loader-options.js';
import { connectionFromArray, connectionFromWindow, pageWindow } from './pagination.js';
import { EntityFilterInput } from './types/entity-filter.js';
import { EntityOrderInput } from './types/entity-order.js';
import { ProvenanceType } from './types/provenance.js';
import { RelationEnum } from './types/relation.js';
import { RelationshipType } from './types/relationship.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type EntityRef = Parameters<typeof builder.connectionObject>[0]['type'];
type NodeFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRecord>;
type QueryFieldBuilder = PothosSchemaTypes.QueryFieldBuilder<Types, object>;

/** An entity reached from another, with how it is reached. */
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

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole list holds, across all pages.', resolve: (connection) => connection.totalCount }),
);

export const follow = (relation: Relation): TraversalStep => ({ relation, direction: 'out' });
export const followBack = (relation: Relation): TraversalStep => ({ relation, direction: 'in' });

/** Groups walk results by start node; a node reached along several paths becomes one link. */
export function linksByStart(rows: readonly TraversalRow[], deadline?: Deadline): Map<string, Link[]> {
  const result = new Map<string, Map<string, Link>>();
  for (const row of rows) {
    deadline?.tick(); // a walk of several steps from many parents can return many rows

    const links = result.get(row.startId) ?? new Map<string, Link>();
    result.set(row.startId, links);
    const last = row.hops.at(-1)!;
    const link = links.get(row.node.id);
    if (!link) {
      links.set(row.node.id, {
        node: row.node,
        relation: last.relation,
        provenance: last.provenance,
        statement: last.statement,
        evidence: [...row.hops],
      });
    } else {
      for (const hop of row.hops) if (!link.evidence.some((edge) => edge.id === hop.id)) link.evidence.push(hop);
    }
  }
  return new Map([...result].map(([start, links]) => [start, [...links.values()]]));
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

/** The two connection types of an entity kind; `plural` names the items in descriptions. */
export function entityConnections(ref: EntityRef, kind: EntityKind, plural: string) {
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

/** Connection edges built from links carry the link's fields next to `cursor` and `node`. */
function asLink(edge: object): Link {
  return edge as Link;
}

/** A relationship field: the entities reached from the parent by walking `walk`, paged. */
export function linkField(
  t: NodeFieldBuilder,
  options: { type: ReturnType<typeof entityConnections>['link']; description: string; walk: TraversalStep[] },
) {
  return t.loadable({
    type: options.type,
    byPath: true,
    description: options.description,
    args: {
      ...t.arg.connectionArgs(),
      includeDeprecated: t.arg.boolean({ defaultValue: false, description: 'Include deprecated entities (left out by default).' }),
    },
    loaderOptions,
    load: async (ids: string[], context: GraphQLContext, args: DefaultConnectionArguments & { includeDeprecated?: boolean | null }) => {
      pageWindow(args); // refuse bad paging arguments before touching the store
      const links = linksByStart(await context.store.traverse(ids, options.walk), context.deadline);
      const shown = (link: Link) => args.includeDeprecated === true || link.node.deprecatedAt === null;
      return ids.map((id) => connectionFromArray(args, (links.get(id) ?? []).filter(shown), (link) => link));
    },
    resolve: (node) => node.id,
  });
}

/** A to-one relationship field: the first entity reached by walking `walk`, or null. */
export function singleLinkField(t: NodeFieldBuilder, options: { type: EntityRef; description: string; walk: TraversalStep[] }) {
  return t.loadable({
    type: options.type,
    nullable: true,
    byPath: true,
    description: options.description,
    loaderOptions,
    load: async (ids: string[], context: GraphQLContext) => {
      const links = linksByStart(await context.store.traverse(ids, options.walk), context.deadline);
      return ids.map((id) => links.get(id)?.[0]?.node ?? null);
    },
    resolve: (node) => node.id,
  });
}

/** A root field returning the entity of a kind with a given slug, or null; batched per kind. */
export function entityBySlugField(t: QueryFieldBuilder, options: { type: EntityRef; kind: EntityKind; description: string }) {
  return t.loadable({
    type: options.type,
    nullable: true,
    description: options.description,
    args: { slug: t.arg.string({ required: true, description: 'The entity’s slug (kebab-case).' }) },
    loaderOptions,
    load: (slugs: string[], context: GraphQLContext) => context.store.nodesBySlugs(options.kind, slugs),
    sort: (node: NodeRecord) => node.slug,
    resolve: (_root, args) => checkLength(args.slug, 'slug'),
  });
}

/** Filter and order arguments as a list field receives them. */
export interface ListArguments extends DefaultConnectionArguments {
  filter?: { nameContains?: string | null; provenanceKind?: ProvenanceKind | null } | null;
  includeDeprecated?: boolean | null;
  orderBy?: { field: NodeOrder['field']; direction?: NodeOrder['direction'] | null } | null;
}

/** Pages through the entities of the given kinds, filtered and ordered as the arguments ask. */
export async function entityPage(
  context: GraphQLContext,
  kinds: readonly EntityKind[],
  args: ListArguments,
  reachableFrom: ReachableFrom[] = [],
) {
  const window = pageWindow(args);
  const nameContains = args.filter?.nameContains == null ? undefined : checkLength(args.filter.nameContains, 'filter.nameContains');
  const filter: NodeFilter = { reachableFrom, includeDeprecated: args.includeDeprecated ?? false };
  if (nameContains) filter.nameContains = nameContains;
  if (args.filter?.provenanceKind) filter.provenanceKind = args.filter.provenanceKind;
  const order: NodeOrder | undefined = args.orderBy ? { field: args.orderBy.field, direction: args.orderBy.direction ?? 'asc' } : undefined;
  const page = await context.store.listNodes({
    kinds: [...new Set(kinds)],
    limit: window.limit,
    offset: window.offset,
    filter,
    ...(order ? { order } : {}),
  });
  return connectionFromWindow(window, page.items, page.totalCount, (node) => ({ node }));
}

/** The `filter` and `orderBy` arguments every entity list takes. */
export function listArguments(t: QueryFieldBuilder) {
  return {
    ...t.arg.connectionArgs(),
    filter: t.arg({ type: EntityFilterInput, description: 'Only entities that pass this filter.' }),
    orderBy: t.arg({ type: EntityOrderInput, description: 'How to sort (default: by name, ascending).' }),
    includeDeprecated: t.arg.boolean({ defaultValue: false, description: 'Include deprecated entities (left out by default).' }),
  };
}

/** A root field listing every entity of a kind: filterable, ordered by name unless told otherwise. */
export function entityListField(
  t: QueryFieldBuilder,
  options: { type: ReturnType<typeof entityConnections>['list']; kind: EntityKind; description: string },
) {
  return t.field({
    type: options.type,
    description: options.description,
    args: listArguments(t),
    resolve: (_root, args, context) => entityPage(context, [options.kind], args),
  });
}
