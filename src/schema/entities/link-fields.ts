/**
 * Relationship fields: the entities reached from an entity by one of its kind's walks
 * (`data/walks.ts`), as a connection whose edges carry the relationship's evidence. They walk the
 * graph through `store.traverse`, batched per field path by the DataLoader plugin: one store call
 * per relationship level of a query, however many parents.
 */
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Deadline } from '../../data/deadline.js';
import {
  type EntityKind,
  type NodeRecord,
  RELATION_QUALIFIERS,
  type TraversalRow,
  type TraversalStep,
  walksOf,
  walkTarget,
} from '../../data/index.js';
import type { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { loaderOptions } from '../loader-options.js';
import { connectionFromArray, pageWindow } from '../pagination.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, type EntityConnections, type EntityNodeRef, type Link } from './refs.js';
import { QUALIFIER_ENUMS, qualifiedRelationOf } from './relation-qualifier.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type NodeFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRecord>;

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
        qualifier: last.qualifier,
        evidence: [...row.hops],
      });
    } else {
      for (const hop of row.hops) if (!link.evidence.some((edge) => edge.id === hop.id)) link.evidence.push(hop);
    }
  }
  return new Map([...result].map(([start, links]) => [start, [...links.values()]]));
}

/**
 * The rows of a walk whose last edge carries one of `qualifiers` (`Walk.qualifiers`: `essentialSkills`
 * is `REQUIRES_SKILL` with `ESSENTIAL`); every row when the walk names none. Filtered before rows
 * become links, so an entity reached by edges of both qualifiers is kept only for the wanted one.
 */
export function withQualifiers(rows: readonly TraversalRow[], qualifiers: readonly string[] | undefined): readonly TraversalRow[] {
  if (qualifiers === undefined) return rows;
  return rows.filter((row) => {
    const qualifier = row.hops.at(-1)!.qualifier;
    return qualifier !== null && qualifiers.includes(qualifier);
  });
}

/** A relationship field: the entities reached from the parent by walking `steps`, paged. */
export function linkField(
  t: NodeFieldBuilder,
  options: {
    type: EntityConnections['link'];
    description: string;
    steps: readonly TraversalStep[];
    qualifiers?: readonly string[] | undefined;
  },
) {
  // A walk ending on a qualified relation can be filtered by the qualifier (`need:` on
  // `Role.technicalAreas`), unless the walk itself fixes the qualifiers (`Occupation.essentialSkills`).
  const qualified = options.qualifiers === undefined ? qualifiedRelationOf(options.steps.at(-1)!.relation) : null;
  const filter = qualified === null ? null : RELATION_QUALIFIERS[qualified];
  return t.loadable({
    type: options.type,
    byPath: true,
    description: options.description,
    args: {
      ...t.arg.connectionArgs(),
      includeDeprecated: t.arg.boolean({ defaultValue: false, description: 'Include deprecated entities (left out by default).' }),
      ...(qualified === null || filter === null // (one test; both for the type checker)
        ? {}
        : {
            [filter.field]: t.arg({
              type: [QUALIFIER_ENUMS[qualified]],
              required: false,
              description: `Only relationships whose \`${filter.field}\` is one of these (${filter.name}); relationships that give none are then left out. Omitted or null: every relationship.`,
            }),
          }),
    },
    loaderOptions,
    load: async (ids: string[], context: GraphQLContext, args: LinkFieldArgs) => {
      pageWindow(args); // refuse bad paging arguments before touching the store
      const rows = withQualifiers(await context.store.traverse(ids, options.steps), options.qualifiers);
      const links = linksByStart(rows, context.deadline);
      const wanted = filter === null ? null : (args[filter.field] as readonly string[] | null | undefined);
      const shown = (link: Link) =>
        (args.includeDeprecated === true || link.node.deprecatedAt === null) &&
        (wanted == null || (link.qualifier !== null && wanted.includes(link.qualifier)));
      return ids.map((id) => connectionFromArray(args, (links.get(id) ?? []).filter(shown), (link) => link));
    },
    resolve: (node) => node.id,
  });
}

type LinkFieldArgs = DefaultConnectionArguments & { includeDeprecated?: boolean | null } & Record<string, unknown>;

/** A to-one relationship field: the first entity reached by walking `steps`, or null. */
export function singleLinkField(
  t: NodeFieldBuilder,
  options: { type: EntityNodeRef; description: string; steps: readonly TraversalStep[]; qualifiers?: readonly string[] | undefined },
) {
  return t.loadable({
    type: options.type,
    nullable: true,
    byPath: true,
    description: options.description,
    loaderOptions,
    load: async (ids: string[], context: GraphQLContext) => {
      const rows = withQualifiers(await context.store.traverse(ids, options.steps), options.qualifiers);
      const links = linksByStart(rows, context.deadline);
      return ids.map((id) => links.get(id)?.[0]?.node ?? null);
    },
    resolve: (node) => node.id,
  });
}

/**
 * The relationship fields of an entity kind, one per walk of the kind in `data/walks.ts`: a
 * connection of the kind the walk reaches, or (a `single` walk) that entity or null.
 */
export function linkFields(t: NodeFieldBuilder, kind: EntityKind) {
  const fields: Record<string, ReturnType<typeof linkField> | ReturnType<typeof singleLinkField>> = {};
  for (const [name, walk] of Object.entries(walksOf(kind))) {
    const target = walkTarget(kind, walk.steps);
    const { description, steps, qualifiers } = walk;
    if (walk.single) {
      fields[name] = singleLinkField(t, { type: ENTITY_NODES[target], description, steps, qualifiers });
    } else {
      const connections = (ENTITY_CONNECTIONS as Partial<Record<EntityKind, EntityConnections>>)[target];
      if (!connections) throw new Error(`${kind}.${name} walks to ${target}, which is not listed (it has no plural in KINDS)`);
      fields[name] = linkField(t, { type: connections.link, description, steps, qualifiers });
    }
  }
  return fields;
}
