import type { NodeRecord } from '../../data/index.js';
import { entitiesJsonLd } from '../../data/linked-data/json-ld.js';
import { descriptionProvenance } from '../../data/provenance-marks.js';
import { builder } from '../builder.js';
import { loaderOptions } from '../loader-options.js';
import { optionalEntityByStoreIdField } from './entity-by-id-field.js';
import { EntityKindEnum } from './entity-kind.js';
import { EntityInterface, ProvenanceType } from './refs.js';

/** The fields every knowledge-graph entity has, whatever its kind. */
EntityInterface.implement({
  description: 'An entity of the knowledge graph: a role, responsibility, skill domain, certification, issuer, ITIL function, …',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (node) => node.kind,
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, description: 'What kind of entity this is.', resolve: (node) => node.kind }),
    slug: t.exposeString('slug', { description: 'Readable identifier, unique within the kind (kebab-case), used by the lookup fields.' }),
    name: t.exposeString('name', { description: 'Display name, as the source writes it where it names the entity.' }),
    description: t.exposeString('description', {
      description:
        'What the entity is, in one or two sentences: the source’s own words or the maintainers’, as `descriptionProvenance` tells. It is not itself a citation of the entity: `provenance` is.',
    }),
    descriptionProvenance: t.field({
      type: ProvenanceType,
      description:
        'Whose words `description` is: STATED (its `quote` is the description, from the entity’s own source and section) when the description stands verbatim (whitespace-normalised) in the entity’s quote; otherwise CURATED, the maintainers’ wording.',
      resolve: (node) => descriptionProvenance(node),
    }),
    alternativeLabels: t.stringList({
      description: 'Other names people use for the entity (abbreviations, common spellings).',
      resolve: (node) => node.attributes.alternativeLabels ?? [],
    }),
    version: t.exposeInt('version', { description: 'Starts at 1; every change adds 1 (pass it as `expectedVersion` when updating).' }),
    deprecated: t.boolean({
      description: 'True when curators deprecated it: it stays resolvable, but lists leave it out unless asked.',
      resolve: (node) => node.deprecatedAt !== null,
    }),
    deprecatedAt: t.exposeString('deprecatedAt', { nullable: true, description: 'When it was deprecated (ISO 8601), or null.' }),
    replacedBy: optionalEntityByStoreIdField<NodeRecord>(
      t,
      'The entity that replaces it, when it is deprecated in favour of another.',
      (node) => node.replacedById,
    ),
    provenance: t.field({
      type: ProvenanceType,
      description: 'Where the entity comes from: the source’s words that introduce it, or why the maintainers added it.',
      resolve: (node) => node.provenance,
    }),
    jsonLd: t.loadable({
      type: 'String',
      description:
        'The entity as a JSON-LD document in schema.org terms (a JSON text), for a portal to embed in a page as `<script type="application/ld+json">`: an Occupation with its ISCO-08 and O*NET-SOC `occupationalCategory`, a certification as an EducationalOccupationalCredential `recognizedBy` its issuer, a skill as a DefinedTerm, and `isBasedOn` its source. The same document as `GET /entities/{id}.jsonld`.',
      // Two store reads per field path (what the entities link to, then those and their sources), batched across the parents.
      complexity: 3,
      byPath: true,
      loaderOptions,
      load: async (nodes: NodeRecord[], context) =>
        (await entitiesJsonLd(context.store, nodes, context.linkedDataBase ? { base: context.linkedDataBase } : {})).map((document) =>
          JSON.stringify(document),
        ),
      resolve: (node) => node,
    }),
  }),
});
