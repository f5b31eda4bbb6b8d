import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, follow, followBack, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { CertificationConnections } from './certification.js';
import { EntityInterface } from './entity.js';
import { ResponsibilityConnections } from './responsibility.js';
import { RoleConnections } from './role.js';

export const SkillDomainNode = entityNodeRef('SkillDomain');
export const SkillDomainConnections = entityConnections(SkillDomainNode, 'SkillDomain', 'skill domains');

SkillDomainNode.implement({
  description: 'A field of skills, as the source groups its recommended certifications (e.g. security management).',
  interfaces: [EntityInterface],
  fields: (t) => ({
    roles: linkField(t, {
      type: RoleConnections.link,
      description: 'Roles for which certifications in this domain are recommended.',
      walk: [followBack('NEEDS_SKILL_DOMAIN')],
    }),
    certifications: linkField(t, {
      type: CertificationConnections.link,
      description: 'Certifications the source lists under this domain, in its order. Empty where the source lists none.',
      walk: [follow('COVERED_BY_CERTIFICATION')],
    }),
    responsibilities: linkField(t, {
      type: ResponsibilityConnections.link,
      description: 'Responsibilities this domain supports (curated, with rationale).',
      walk: [followBack('SUPPORTED_BY_SKILL_DOMAIN')],
    }),
  }),
});

builder.queryFields((t) => ({
  skillDomain: entityBySlugField(t, {
    type: SkillDomainNode,
    kind: 'SkillDomain',
    description: 'The skill domain with this slug (e.g. `security-management`), or null.',
  }),
  skillDomains: entityListField(t, {
    type: SkillDomainConnections.list,
    kind: 'SkillDomain',
    description: 'Every skill domain, ordered by name.',
  }),
}));
