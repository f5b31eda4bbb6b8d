/**
 * Root fields that find entities: one by its slug, or a page of a list, filtered and ordered as
 * the arguments ask.
 */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { EntityKind, NodeRecord, ProvenanceKind } from '../../data/index.js';
import type { NodeFilter, NodeOrder, ReachableFrom } from '../../data/store/store.js';
import type { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { checkLength } from '../errors.js';
import { loaderOptions } from '../loader-options.js';
import { connectionFromWindow, pageWindow } from '../pagination.js';
import { EntityFilterInput } from './entity-filter.js';
import { EntityOrderInput } from './entity-order.js';
import type { EntityConnections } from './refs.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type QueryFieldBuilder = PothosSchemaTypes.QueryFieldBuilder<Types, object>;
type EntityRef = Parameters<typeof builder.connectionObject>[0]['type'];

/**
 * A root field returning the entity of a kind with a given slug, or null; batched per kind. With
 * `defaultSlug`, the slug may be left out and means that one.
 */
export function entityBySlugField(
  t: QueryFieldBuilder,
  options: { type: EntityRef; kind: EntityKind; description: string; defaultSlug?: string },
) {
  const { defaultSlug } = options;
  return t.loadable({
    type: options.type,
    nullable: true,
    description: options.description,
    args: {
      slug: t.arg.string({
        required: defaultSlug === undefined,
        description:
          defaultSlug === undefined ? 'The entity’s slug (kebab-case).' : `The entity’s slug (kebab-case); left out, \`${defaultSlug}\`.`,
      }),
    },
    loaderOptions,
    load: (slugs: string[], context: GraphQLContext) => context.store.nodesBySlugs(options.kind, slugs),
    sort: (node: NodeRecord) => node.slug,
    resolve: (_root, args) => (args.slug == null ? defaultSlug! : checkLength(args.slug, 'slug')),
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
// The return types are spelled out (the inferred one names a module inside @pothos/core, which the
// package's type declarations cannot refer to: `npm run build:library`).
export function entityListField(
  t: QueryFieldBuilder,
  options: { type: EntityConnections['list']; kind: EntityKind; description: string },
): PothosSchemaTypes.FieldRef<Types, unknown, 'Query'> {
  return t.field({
    type: options.type,
    description: options.description,
    args: listArguments(t),
    resolve: (_root, args, context) => entityPage(context, [options.kind], args),
  });
}
