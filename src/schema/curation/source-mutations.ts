/** `createSource`: curators with the `edit` scope add a document, with its full text, for quotes to cite. */
import { z } from 'zod';
import type { ChangeRecord } from '../../data/curation.js';
import { type NodeAttributes, type NodeRecord, nodeId } from '../../data/index.js';
import { attributeRules, entityFieldRules, provenanceRules } from '../../data/model-rules.js';
import { builder } from '../builder.js';
import { ENTITY_NODES } from '../entities/refs.js';
import { announce } from '../graph-changes.js';
import { ChangeType } from './change.js';
import { CreateSourceInput } from './create-source-input.js';
import { validated } from './curation-input.js';
import { CHANGE_REFUSALS, madeChange, ValidationError } from './mutation-errors.js';

/** The model's own rules for a source's fields (`src/data/model-rules.ts`), as the import checks them. */
const sourceFieldsSchema = z.object({
  slug: entityFieldRules.slug,
  title: entityFieldRules.name,
  description: entityFieldRules.description,
  text: attributeRules.text,
  sections: attributeRules.sections.nullish(),
  author: attributeRules.author.nullish(),
  authorDescription: attributeRules.authorDescription.nullish(),
  url: attributeRules.url.nullish(),
  publishedOn: attributeRules.publishedOn.nullish(),
  licence: attributeRules.licence.nullish(),
  rationale: provenanceRules.rationale,
});

export const SourceChangeType = builder.objectRef<{ source: NodeRecord; change: ChangeRecord }>('SourceChange').implement({
  description: 'A source that was added: the source as stored, and the audit-log entry.',
  fields: (t) => ({
    source: t.field({ type: ENTITY_NODES.Source, description: 'The source after the change.', resolve: (c) => c.source }),
    change: t.field({ type: ChangeType, description: 'The audit-log entry of the change.', resolve: (c) => c.change }),
  }),
});

builder.mutationField('createSource', (t) =>
  t.field({
    type: SourceChangeType,
    authScopes: { edit: true },
    errors: { types: CHANGE_REFUSALS, union: { description: 'The new source, or why nothing was created.' } },
    description:
      'Adds a source: a document with its full text (and, where known, author, URL, publication date and licence), which STATED provenance can then cite. Its own provenance is CURATED, with the curators’ `rationale`.',
    args: { input: t.arg({ type: CreateSourceInput, required: true, description: 'The new source.' }) },
    resolve: async (_root, { input }, context) => {
      const fields = validated(sourceFieldsSchema, input, 'input');
      const sections = fields.sections ?? [];
      // Quotes name the section they stand in, so each heading must be findable: a line of the text.
      const lines = new Set(fields.text.split(/\r?\n/).map((line) => line.trim()));
      sections.forEach((heading, index) => {
        if (!lines.has(heading)) {
          throw new ValidationError(`\`input.sections.${index}\` "${heading}" is not a line of \`input.text\``, `input.sections.${index}`);
        }
      });
      const attributes: NodeAttributes = { text: fields.text };
      if (sections.length > 0) attributes.sections = sections;
      if (fields.author) attributes.author = fields.author;
      if (fields.authorDescription) attributes.authorDescription = fields.authorDescription;
      if (fields.url) attributes.url = fields.url;
      if (fields.publishedOn) attributes.publishedOn = fields.publishedOn;
      if (fields.licence) attributes.licence = fields.licence;
      const node = {
        id: nodeId('Source', fields.slug),
        kind: 'Source' as const,
        slug: fields.slug,
        name: fields.title,
        description: fields.description,
        attributes,
        provenance: { kind: 'CURATED' as const, quote: null, section: null, rationale: fields.rationale, sourceId: null },
      };
      const change = announce(context, madeChange(await context.store.applyChange({ action: 'CREATE_ENTITY', node }, context.actor!)));
      return { source: (await context.store.nodesByIds([node.id]))[0]!, change };
    },
  }),
);
