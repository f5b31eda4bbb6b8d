/** Fields that return an entity of any kind by its store id, batched into one store call per request. */
import type { NodeRecord } from '../../data/index.js';
import type { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { loaderOptions } from '../loader-options.js';
import { EntityInterface } from './refs.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export function entityByStoreIdField<Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  description: string,
  storeId: (parent: Parent) => string,
) {
  return t.loadable({
    type: EntityInterface,
    description,
    loaderOptions,
    load: (ids: string[], context: GraphQLContext) => context.store.nodesByIds(ids),
    sort: (node: NodeRecord) => node.id,
    resolve: storeId,
  });
}

/**
 * The same for an entity that may be absent: no store id, no entity (and no load). Takes an object's
 * or an interface's field builder (typed loosely: TypeScript cannot compare the two in reasonable depth).
 */
export function optionalEntityByStoreIdField<Parent>(t: object, description: string, storeId: (parent: Parent) => string | null) {
  return (t as PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>).loadable({
    type: EntityInterface,
    nullable: true,
    description,
    loaderOptions,
    load: (ids: string[], context: GraphQLContext) => context.store.nodesByIds(ids),
    sort: (node: NodeRecord) => node.id,
    resolve: storeId,
  });
}
