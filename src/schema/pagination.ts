/**
 * Relay connection paging, with GitHub-style bounds: `first`/`last` default to 20 and may not
 * exceed 100. Out-of-range sizes and malformed cursors are `BAD_USER_INPUT` errors, not clamped
 * silently, so a client always knows why it got fewer items than it asked for. The page size is
 * checked when the query's cost is worked out (`query-cost.ts`), before the cost limit, so a page
 * too large is refused for what it is, not as a costly query.
 */
import { PothosValidationError } from '@pothos/core';
import { cursorToOffset, type DefaultConnectionArguments, offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { badUserInput, checkLength } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type PageWindow = ReturnType<typeof offsetForArgs>;

export interface Connection<Edge> {
  edges: (Edge & { cursor: string })[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasPreviousPage: boolean; hasNextPage: boolean };
  totalCount: number;
}

/**
 * Refuses a `first` or `last` outside 0 to `MAX_PAGE_SIZE`, in GitHub's words ("Requesting 101
 * records on the `roles` connection exceeds the `first` limit of 100 records"). `connection` is the
 * field's name, where known.
 */
export function checkPageSizes(args: { first?: unknown; last?: unknown }, connection?: string): void {
  for (const argument of ['first', 'last'] as const) {
    const size = args[argument];
    if (typeof size !== 'number') continue;
    const on = connection ? ` on the \`${connection}\` connection` : '';
    if (size > MAX_PAGE_SIZE) {
      throw badUserInput(
        `Requesting ${size.toLocaleString('en-US')} records${on} exceeds the \`${argument}\` limit of ${MAX_PAGE_SIZE} records`,
        { argument, limit: MAX_PAGE_SIZE },
      );
    }
    if (size < 0) throw badUserInput(`\`${argument}\`${on} cannot be less than 0; got ${size}`, { argument, limit: MAX_PAGE_SIZE });
  }
}

/** Refuses a `nodes(ids:)` listing more than `MAX_PAGE_SIZE` IDs. */
export function checkIdCount(ids: readonly unknown[]): void {
  if (ids.length > MAX_PAGE_SIZE) {
    throw badUserInput(`\`ids\` may list at most ${MAX_PAGE_SIZE} IDs; got ${ids.length}`, { argument: 'ids', limit: MAX_PAGE_SIZE });
  }
}

/** The slice of the list that the connection arguments ask for; validates them first. */
export function pageWindow(args: DefaultConnectionArguments, totalCount?: number): PageWindow {
  checkPageSizes(args);
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && !isCursor(checkLength(cursor, name))) {
      throw badUserInput(`\`${name}\` is not a cursor returned by this connection: "${cursor}"`, { argument: name });
    }
  }
  try {
    return offsetForArgs({
      args,
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
      ...(totalCount === undefined ? {} : { totalCount }),
    });
  } catch (error) {
    // The remaining refusals are combinations Relay paging cannot serve (`last` without `before`).
    if (error instanceof PothosValidationError) throw badUserInput(error.message);
    throw error;
  }
}

/** Only the exact cursors this API issues: the canonical encoding of a whole, in-range offset. */
function isCursor(cursor: string): boolean {
  try {
    const offset = cursorToOffset(cursor);
    return Number.isSafeInteger(offset) && offset >= 0 && offsetToCursor(offset) === cursor;
  } catch {
    return false;
  }
}

/**
 * Builds a connection from the items fetched for a window (up to `window.limit` of them, starting
 * at `window.offset`); `toEdge` turns an item into its edge's fields.
 */
export function connectionFromWindow<Item, Edge>(
  window: PageWindow,
  fetched: readonly Item[],
  totalCount: number,
  toEdge: (item: Item) => Edge,
): Connection<Edge> {
  const items = fetched.slice(0, window.expectedSize);
  const edges = items.map((item, index) => ({ ...toEdge(item), cursor: offsetToCursor(window.offset + index) }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: window.hasPreviousPage,
      hasNextPage: window.hasNextPage(fetched.length),
    },
    totalCount,
  };
}

/** A connection over a list already in memory. */
export function connectionFromArray<Item, Edge>(
  args: DefaultConnectionArguments,
  all: readonly Item[],
  toEdge: (item: Item) => Edge,
): Connection<Edge> {
  const window = pageWindow(args, all.length);
  return connectionFromWindow(window, all.slice(window.offset, window.offset + window.limit), all.length, toEdge);
}
