import { builder } from '../builder.js';
import { entityBySlugField, entityListField } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.SkillDomain.implement({
  description: 'A field of skills, as the source groups its recommended certifications (e.g. security management).',
  interfaces: [EntityInterface],
  fields: (t) => linkFields(t, 'SkillDomain'),
});

builder.queryFields((t) => ({
  skillDomain: entityBySlugField(t, {
    type: ENTITY_NODES.SkillDomain,
    kind: 'SkillDomain',
    description: 'The skill domain with this slug (e.g. `security-management`), or null.',
  }),
  skillDomains: entityListField(t, {
    type: ENTITY_CONNECTIONS.SkillDomain.list,
    kind: 'SkillDomain',
    description: 'Every skill domain, ordered by name.',
  }),
}));
