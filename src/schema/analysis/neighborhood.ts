import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_EDGES_READ,
  MAX_NEIGHBORHOOD_NODES,
  type Neighborhood,
  neighborhood,
} from '../../data/analysis/neighborhood.js';
import type { EntityKind } from '../../data/index.js';
import { builder } from '../builder.js';
import { EntityKindEnum } from '../entities/entity-kind.js';
import { EntityInterface } from '../entities/refs.js';
import { badUserInput } from '../errors.js';
import { requireByIds } from '../lookups.js';
import { NeighborhoodEdgeType } from './neighborhood-edge.js';

/** A neighbourhood holds up to 500 entities; a typical one at depth 2 holds about 50. */
const NEIGHBORHOOD_COST_MULTIPLIER = 50;

export const NeighborhoodType = builder.objectRef<Neighborhood>('Neighborhood').implement({
  description: 'The part of the graph around one entity: what a picture of the graph is drawn from.',
  fields: (t) => ({
    nodes: t.field({
      type: [EntityInterface],
      description: 'The entities: the centre first, then by distance from it, then by name.',
      complexity: { field: 1, multiplier: NEIGHBORHOOD_COST_MULTIPLIER },
      resolve: (n) => n.nodes,
    }),
    edges: t.field({
      type: [NeighborhoodEdgeType],
      description: 'The relationships between them; both ends of each are among `nodes`.',
      complexity: { field: 1, multiplier: NEIGHBORHOOD_COST_MULTIPLIER },
      resolve: (n) => n.edges,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: `True when the neighbourhood was cut: at ${MAX_NEIGHBORHOOD_NODES} entities, or after reading ${MAX_NEIGHBORHOOD_EDGES_READ.toLocaleString('en-US')} relationships (around entities with very many).`,
    }),
  }),
});

builder.queryField('neighborhood', (t) =>
  t.field({
    type: NeighborhoodType,
    description:
      'Every entity within `depth` relationships of an entity (walking relationships either way), and the relationships between them.',
    args: {
      id: t.arg.id({ required: true, description: 'ID of the entity at the centre.' }),
      depth: t.arg.int({ defaultValue: 1, description: `How many relationships out to go, 1 to ${MAX_NEIGHBORHOOD_DEPTH} (default 1).` }),
      kinds: t.arg({
        type: [EntityKindEnum],
        description: 'Only walk through, and return, entities of these kinds (the centre is always included). Default: every kind.',
      }),
    },
    resolve: async (_root, args, context) => {
      const depth = args.depth ?? 1;
      if (depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) {
        throw badUserInput(`\`depth\` must be between 1 and ${MAX_NEIGHBORHOOD_DEPTH}; got ${depth}`, { argument: 'depth' });
      }
      const [center] = await requireByIds(context, [String(args.id)], 'id');
      return neighborhood(context.store, center!, {
        depth,
        ...(args.kinds ? { kinds: [...new Set(args.kinds as EntityKind[])] } : {}),
        ...(context.deadline ? { deadline: context.deadline } : {}),
      });
    },
  }),
);
