import { builder } from '../builder.js';
import { checkLength } from '../errors.js';
import { entityListField } from './entity-lists.js';
import { escoConceptFields } from './esco-fields.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.SkillGroup.implement({
  description:
    'A group of ESCO’s skills hierarchy: a skill group, or for knowledge an ISCED-F field of education. Its `provenance` is IMPORTED: the dataset and the concept URI.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    ...escoConceptFields(t, { concept: 'skill group', hiddenLabels: true }),
    code: t.string({
      nullable: true,
      description: 'ESCO’s code for the group (for an ISCED-F field, its ISCED-F code, e.g. `06`); null where ESCO gives none.',
      resolve: (node) => node.attributes.code ?? null,
    }),
    ...linkFields(t, 'SkillGroup'),
  }),
});

builder.queryFields((t) => ({
  skillGroup: t.field({
    type: ENTITY_NODES.SkillGroup,
    nullable: true,
    description:
      'The ESCO skill group with this slug (the UUID of its URI, or `isced-f-<code>` for an ISCED-F field, e.g. `isced-f-06`), or null.',
    args: { slug: t.arg.string({ required: true, description: 'The group’s slug.' }) },
    resolve: async (_root, args, context) => {
      const [node] = await context.store.nodesBySlugs('SkillGroup', [checkLength(args.slug, 'slug')]);
      return node ?? null;
    },
  }),
  skillGroups: entityListField(t, {
    type: ENTITY_CONNECTIONS.SkillGroup.list,
    kind: 'SkillGroup',
    description: 'ESCO skill groups, ordered by name unless `orderBy` says otherwise.',
  }),
}));
