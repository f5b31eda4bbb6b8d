import { CONTENT_SOURCE_SLUG } from '../../data/index.js';
import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Source.implement({
  description:
    'A document the graph quotes, with its full text. Every STATED fact cites one, with its exact words, and every such quote is checked to stand in `text`.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    title: t.exposeString('name', { description: 'The document’s title (the same as `name`).' }),
    text: t.string({
      nullable: true,
      description:
        'The document’s full text, as published: STATED quotes citing it are checked against it (whitespace aside). Null only for a source stored without one, which nothing can quote.',
      resolve: (node) => node.attributes.text ?? null,
    }),
    author: t.string({ nullable: true, description: 'Who wrote the document.', resolve: (node) => node.attributes.author ?? null }),
    authorDescription: t.string({
      nullable: true,
      description: 'Who the author is, as the document says.',
      resolve: (node) => node.attributes.authorDescription ?? null,
    }),
    url: t.string({
      nullable: true,
      description: 'Where the document is published (http or https). Null when not recorded.',
      resolve: (node) => node.attributes.url ?? null,
    }),
    publishedOn: t.string({
      nullable: true,
      description: 'When the document was published (ISO 8601 date, e.g. 2025-01-31). Null when not recorded.',
      resolve: (node) => node.attributes.publishedOn ?? null,
    }),
    licence: t.string({
      nullable: true,
      description: 'The licence or terms the document may be quoted under. Null when not recorded.',
      resolve: (node) => node.attributes.licence ?? null,
    }),
    sections: t.stringList({
      description: 'The document’s section headings, in order, each a line of `text`; quotes name the one they stand in.',
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
  entityBySlugField(t, {
    type: ENTITY_NODES.Source,
    kind: 'Source',
    defaultSlug: CONTENT_SOURCE_SLUG,
    description: 'The source with this slug, or null; without a slug, the article the graph’s content is curated from.',
  }),
);
