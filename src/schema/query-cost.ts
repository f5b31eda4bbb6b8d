/**
 * What a query costs, computed from its shape and arguments before any field resolves
 * (@pothos/plugin-complexity): every field costs 1, and a connection multiplies what it selects by
 * the page size it asks for (`first` or `last`, 20 when neither is given), so cost grows with page
 * sizes multiplied down the tree. Other lists multiply by 10, `nodes(ids:)` by the number of IDs.
 * Page sizes are checked here, first: `first: 100000` is a `BAD_USER_INPUT` naming the argument and
 * its limit, not a query too costly.
 */
import { type GraphQLError, type GraphQLField, getNullableType, isListType } from 'graphql';
import { codedError } from './errors.js';
import { checkIdCount, checkPageSizes, DEFAULT_PAGE_SIZE } from './pagination.js';

/** Multiplier for plain lists, whose length no argument gives (Pothos's default too). */
const LIST_MULTIPLIER = 10;

export function fieldCost<Context>(args: Record<string, unknown>, _context: Context, field: GraphQLField<unknown, Context>) {
  const has = (name: string) => field.args.some((arg) => arg.name === name);
  if (has('first') && has('last')) {
    // A page too large (or negative) is refused as such, before its cost is added up.
    checkPageSizes(args, field.name);
    const size = Number(args['first'] ?? args['last'] ?? DEFAULT_PAGE_SIZE);
    return { field: 1, multiplier: Number.isFinite(size) ? Math.max(size, 0) : DEFAULT_PAGE_SIZE };
  }
  if (has('ids') && Array.isArray(args['ids'])) {
    checkIdCount(args['ids']);
    return { field: 1, multiplier: args['ids'].length };
  }
  if (isListType(getNullableType(field.type))) {
    // A connection's `edges` and `nodes` are already counted by the connection's page size.
    // (Other list fields named so, like `Neighborhood.nodes`, set their own cost where defined.)
    const pageOfConnection = (field.name === 'edges' || field.name === 'nodes') && field.args.length === 0;
    return { field: 1, multiplier: pageOfConnection ? 1 : LIST_MULTIPLIER };
  }
  return 1;
}

const formatted = (value: number) => value.toLocaleString('en-US');

export function queryTooCostly(cost: number, limit: number): GraphQLError {
  return codedError('QUERY_TOO_COSTLY', `query cost ${formatted(cost)} exceeds the limit of ${formatted(limit)}`, { cost, limit });
}
