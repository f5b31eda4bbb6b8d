import type { GraphQLError } from 'graphql';
import { findPaths, MAX_PATH_LENGTH, PATH_SEARCH_BUDGET, PATH_SEARCH_COST, type RelationshipPath } from '../../data/analysis/paths.js';
import { builder } from '../builder.js';
import { badUserInput, codedError } from '../errors.js';
import { requireByIds } from '../lookups.js';
import { PathStepType } from './path-step.js';

export const MAX_PATHS = 20;

export const RelationshipPathType = builder.objectRef<RelationshipPath>('RelationshipPath').implement({
  description: 'A chain of relationships that connects two entities, each step with its evidence.',
  fields: (t) => ({
    length: t.int({ description: 'How many relationships the path walks.', resolve: (p) => p.steps.length }),
    steps: t.field({ type: [PathStepType], description: 'The steps, from the start entity to the end entity.', resolve: (p) => p.steps }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [RelationshipPathType],
    description: `How two entities are related: the shortest chains of relationships between them (walking relationships either way), shortest first. Empty when none is at most \`maxLength\` long.

The search does a bounded amount of work (${PATH_SEARCH_BUDGET.toLocaleString('en-US')} steps, each reading one relationship or trying one extension of a path), and the query cost charges for it: ${PATH_SEARCH_COST} per \`paths\`, plus \`first\` times what each path selects. Between well-connected entities of a large graph, finding every path up to a long \`maxLength\` can take more than that: when the search stops before it has found \`first\` paths or made sure there are no more, the field answers no partial list but a QUERY_TOO_COSTLY error whose \`extensions.searchedLength\` is the longest length it did search completely; asked again with that \`maxLength\` (or a smaller one), the search fits.`,
    args: {
      from: t.arg.id({ required: true, description: 'ID of the entity the paths start from.' }),
      to: t.arg.id({ required: true, description: 'ID of the entity the paths end at.' }),
      maxLength: t.arg.int({ defaultValue: 4, description: `Longest path to consider, 1 to ${MAX_PATH_LENGTH} (default 4).` }),
      first: t.arg.int({ defaultValue: 3, description: `How many paths to return, 1 to ${MAX_PATHS} (default 3).` }),
    },
    // The search's work budget, in cost units, then `first` paths of what each selects.
    // `first` is checked here too, so that one out of range is refused for what it is, before the cost limit.
    complexity: (args) => ({ field: PATH_SEARCH_COST, multiplier: checkPathCount(args.first ?? 3) }),
    resolve: async (_root, args, context) => {
      const maxLength = args.maxLength ?? 4;
      const first = args.first ?? 3;
      if (maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
        throw badUserInput(`\`maxLength\` must be between 1 and ${MAX_PATH_LENGTH}; got ${maxLength}`, { argument: 'maxLength' });
      }
      checkPathCount(first);
      const [[from], [to]] = await Promise.all([
        requireByIds(context, [String(args.from)], 'from'),
        requireByIds(context, [String(args.to)], 'to'),
      ]);
      const search = await findPaths(context.store, from!.id, to!.id, {
        maxLength,
        limit: first,
        ...(context.deadline ? { deadline: context.deadline } : {}),
      });
      if (search.truncated) throw searchTooCostly(maxLength, search.searchedLength);
      return search.paths;
    },
  }),
);

function searchTooCostly(maxLength: number, searchedLength: number): GraphQLError {
  const advice =
    searchedLength > 0
      ? `every path up to length ${searchedLength} was searched: ask with \`maxLength: ${searchedLength}\` or less`
      : 'not even paths of length 1 could be searched completely';
  return codedError(
    'QUERY_TOO_COSTLY',
    `Finding paths up to length ${maxLength} between these entities takes more than the ${PATH_SEARCH_BUDGET.toLocaleString('en-US')} steps a search may do; ${advice}`,
    { argument: 'maxLength', searchedLength },
  );
}

/** `first` of `paths`: 1 to `MAX_PATHS`. */
function checkPathCount(first: number): number {
  if (first < 1 || first > MAX_PATHS)
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PATHS}; got ${first}`, { argument: 'first' });
  return first;
}
