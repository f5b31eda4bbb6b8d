import { builder } from '../builder.js';

export const CreateSourceInput = builder.inputType('CreateSourceInput', {
  description:
    'A new source: a document with its full text, which STATED quotes may then cite. The source itself is CURATED: `rationale` says why the curators add it.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Its slug: kebab-case, unique among sources.' }),
    title: t.string({ required: true, description: 'The document’s title.' }),
    description: t.string({ required: true, description: 'What the document is, in one or two sentences of the curators.' }),
    text: t.string({
      required: true,
      description: 'The document’s full text, exactly as published (quotes are checked against it, whitespace aside).',
    }),
    sections: t.stringList({
      description: 'The document’s section headings, in order; each must be a line of `text`. Text before the first is the "Introduction".',
    }),
    author: t.string({ description: 'Who wrote the document.' }),
    authorDescription: t.string({ description: 'Who the author is, as the document says.' }),
    url: t.string({ description: 'Where the document is published (http or https).' }),
    publishedOn: t.string({ description: 'When the document was published (ISO 8601 date, e.g. 2025-01-31).' }),
    licence: t.string({ description: 'The licence or terms the document may be quoted under.' }),
    rationale: t.string({
      required: true,
      description: 'Why the curators add the source, in one line: the source node’s own CURATED provenance.',
    }),
  }),
});
