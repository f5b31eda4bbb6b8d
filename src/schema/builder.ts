/**
 * The Pothos schema builder and its plugins. It defines no types: `root-types.ts` declares Query,
 * Mutation and Subscription; the type modules (`entities/`, `analysis/`, `curation/`) add theirs; `schema.ts`
 * assembles them.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin, { capitalize } from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { isTokenActor, scopeIncludes } from '../data/curation.js';
import type { GraphQLContext } from './context.js';
import { ForbiddenError } from './errors.js';
import { decodeGlobalID, encodeGlobalID } from './global-id.js';
import { checkIdCount, MAX_PAGE_SIZE } from './pagination.js';
import { fieldCost } from './query-cost.js';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  AuthScopes: { read: boolean; edit: boolean; admin: boolean };
}>({
  // Errors wraps scope-auth, so a refused mutation answers its typed ForbiddenError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (context) => ({
      read: !context.readRequiresKey || (context.actor !== null && scopeIncludes(context.actor.scope, 'read')),
      edit: context.actor !== null && scopeIncludes(context.actor.scope, 'edit'),
      admin: context.actor !== null && scopeIncludes(context.actor.scope, 'admin'),
    }),
    unauthorizedError: (_parent, context, info) =>
      new ForbiddenError(
        context.actor
          ? `${isTokenActor(context.actor) ? 'The token of' : 'The API key'} "${context.actor.label}" (scope ${context.actor.scope}) may not use \`${info.fieldName}\``
          : `\`${info.fieldName}\` needs a valid API key: send \`Authorization: Bearer <key>\``,
      ),
  },
  // Every mutation answers a union named after it (`createEntity` → `CreateEntityResult`) of its
  // result and its refusals: ForbiddenError (scope-auth's, above) for all, plus the ones it names.
  errors: {
    defaultTypes: [ForbiddenError],
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
  },
  defaultFieldNullability: false,
  // Field costs only: the server refuses costly operations before they execute (query-cost-limit).
  complexity: { fieldComplexity: fieldCost },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodesOnConnection: {
      description: 'The items of this page, without cursors or relationship details (a shortcut for `edges { node }`).',
    },
    edgesFieldOptions: {
      nullable: false,
      description: 'The items of this page, each with its cursor (and, for relationships, its evidence).',
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    encodeGlobalID,
    decodeGlobalID: (globalID) => decodeGlobalID(globalID),
    nodeTypeOptions: {
      description: 'An object with an ID that `node(id:)` fetches again; every knowledge-graph entity is one.',
    },
    idFieldOptions: { description: 'Opaque, stable ID of the object; pass it to `node(id:)` to fetch it again.' },
    nodeQueryOptions: {
      description: 'Fetches any entity by its `id`. Null when no entity has that ID; a malformed ID is a BAD_USER_INPUT error.',
      args: { id: { description: 'The `id` of an entity, as returned by this API.' } },
    } as never,
    nodesQueryOptions: {
      description: `Fetches up to ${MAX_PAGE_SIZE} entities by \`id\`, in the order given; null where no entity has that ID.`,
      args: { ids: { description: `The \`id\`s of entities, as returned by this API (at most ${MAX_PAGE_SIZE}).` } },
      resolve: (_root, args, _context, _info, resolveNodes) => {
        checkIdCount(args.ids);
        return resolveNodes(args.ids);
      },
    },
    pageInfoTypeOptions: { description: 'Where a page of a connection stands in the whole list.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page (paging forwards).' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page (paging backwards).' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; pass it as `after` for the next page.' },
    cursorFieldOptions: { description: 'Opaque position of this item; pass it as `after` or `before`.' },
    pageInfoFieldOptions: { description: 'How this page relates to the whole list.' },
    firstArgOptions: { description: 'How many items to return from the start (after `after`): 0 to 100, default 20.' },
    lastArgOptions: { description: 'How many items to return from the end (before `before`): 0 to 100.' },
    afterArgOptions: { description: 'Return items after this cursor (an `endCursor` or edge `cursor`).' },
    beforeArgOptions: { description: 'Return items before this cursor (a `startCursor` or edge `cursor`).' },
  },
});
