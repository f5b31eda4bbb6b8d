import { findPaths, MAX_PATH_LENGTH, type RelationshipPath } from '../../data/analysis/paths.js';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
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
    description:
      'How two entities are related: the shortest chains of relationships between them (walking relationships either way), shortest first. Empty when none is at most `maxLength` long.',
    args: {
      from: t.arg.id({ required: true, description: 'ID of the entity the paths start from.' }),
      to: t.arg.id({ required: true, description: 'ID of the entity the paths end at.' }),
      maxLength: t.arg.int({ defaultValue: 4, description: `Longest path to consider, 1 to ${MAX_PATH_LENGTH} (default 4).` }),
      first: t.arg.int({ defaultValue: 3, description: `How many paths to return, 1 to ${MAX_PATHS} (default 3).` }),
    },
    resolve: async (_root, args, context) => {
      const maxLength = args.maxLength ?? 4;
      const first = args.first ?? 3;
      if (maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
        throw badUserInput(`\`maxLength\` must be between 1 and ${MAX_PATH_LENGTH}; got ${maxLength}`, { argument: 'maxLength' });
      }
      if (first < 1 || first > MAX_PATHS) throw badUserInput(`\`first\` must be between 1 and ${MAX_PATHS}; got ${first}`, { argument: 'first' });
      const [[from], [to]] = await Promise.all([
        requireByIds(context, [String(args.from)], 'from'),
        requireByIds(context, [String(args.to)], 'to'),
      ]);
      return (await findPaths(context.store, from!.id, to!.id, { maxLength, limit: first })).paths;
    },
  }),
);
