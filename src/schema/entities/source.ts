import { builder } from '../builder.js';
import { entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Source.implement({
  description: 'A document the graph quotes. Every STATED fact cites one, with its exact words.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    title: t.exposeString('name', { description: 'The document’s title (the same as `name`).' }),
    author: t.string({ nullable: true, description: 'Who wrote the document.', resolve: (node) => node.attributes.author ?? null }),
    authorDescription: t.string({
      nullable: true,
      description: 'Who the author is, as the document says.',
      resolve: (node) => node.attributes.authorDescription ?? null,
    }),
    sections: t.stringList({
      description: 'The document’s section headings, in order; quotes name the one they stand in.',
      resolve: (node) => node.attributes.sections ?? [],
    }),
    ...linkFields(t, 'Source'),
  }),
});

builder.queryField('sources', (t) =>
  entityListField(t, {
    type: ENTITY_CONNECTIONS.Source.list,
    kind: 'Source',
    description: 'Every source the graph quotes, ordered by title.',
  }),
);

builder.queryField('source', (t) =>
  t.field({
    type: ENTITY_NODES.Source,
    nullable: true,
    description: 'The article the graph’s content is curated from.',
    resolve: async (_root, _args, context) => (await context.store.listNodes({ kinds: ['Source'], limit: 1, offset: 0 })).items[0] ?? null,
  }),
);
