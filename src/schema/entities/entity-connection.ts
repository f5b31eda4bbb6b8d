import { ENTITY_KINDS, type EntityKind } from '../../data/index.js';
import { builder } from '../builder.js';
import { EntityKindEnum } from './entity-kind.js';
import { entityPage, listArguments } from './entity-lists.js';
import { EntityInterface } from './refs.js';

const EntityConnection = builder.connectionObject(
  { type: EntityInterface, name: 'EntityConnection', description: 'A page of entities of any kind.' },
  { name: 'EntityEdge', description: 'One of a page of entities.' },
);

builder.queryField('entities', (t) =>
  t.field({
    type: EntityConnection,
    description: 'Entities of every kind, or of the given kinds: filterable, ordered by name unless `orderBy` says otherwise.',
    args: {
      ...listArguments(t),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds (default: every kind).' }),
    },
    resolve: (_root, args, context) => {
      const kinds = args.kinds?.length ? (args.kinds as EntityKind[]) : ENTITY_KINDS;
      return entityPage(context, kinds, args);
    },
  }),
);
