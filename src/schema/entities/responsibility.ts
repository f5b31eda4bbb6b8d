import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, follow, followBack, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { CertificationConnections } from './certification.js';
import { EntityInterface } from './entity.js';
import { ItilFunctionConnections } from './itil-function.js';
import { RoleConnections } from './role.js';
import { SkillDomainConnections } from './skill-domain.js';

export const ResponsibilityNode = entityNodeRef('Responsibility');
export const ResponsibilityConnections = entityConnections(ResponsibilityNode, 'Responsibility', 'responsibilities');

ResponsibilityNode.implement({
  description:
    'Work a role or an ITIL function is responsible for. One concept is one responsibility, however many places name it; each relationship quotes its own sentence.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    roles: linkField(t, {
      type: RoleConnections.link,
      description: 'Roles that hold this as a key responsibility; each edge quotes the role’s own wording.',
      walk: [followBack('HOLDS_RESPONSIBILITY')],
    }),
    primaryAreaOf: linkField(t, {
      type: RoleConnections.link,
      description: 'Roles that mainly revolve around this area.',
      walk: [followBack('HAS_PRIMARY_AREA')],
    }),
    skillDomains: linkField(t, {
      type: SkillDomainConnections.link,
      description: 'Skill domains that support carrying out this responsibility (curated, with rationale).',
      walk: [follow('SUPPORTED_BY_SKILL_DOMAIN')],
    }),
    certifications: linkField(t, {
      type: CertificationConnections.link,
      description: 'Certifications covering this responsibility, through its skill domains (`evidence` shows each step).',
      walk: [follow('SUPPORTED_BY_SKILL_DOMAIN'), follow('COVERED_BY_CERTIFICATION')],
    }),
    itilFunctions: linkField(t, {
      type: ItilFunctionConnections.link,
      description: 'ITIL functions that list this among their core responsibilities.',
      walk: [followBack('INCLUDES_RESPONSIBILITY')],
    }),
  }),
});

builder.queryFields((t) => ({
  responsibility: entityBySlugField(t, {
    type: ResponsibilityNode,
    kind: 'Responsibility',
    description: 'The responsibility with this slug (e.g. `security-oversight`), or null.',
  }),
  responsibilities: entityListField(t, {
    type: ResponsibilityConnections.list,
    kind: 'Responsibility',
    description: 'Every responsibility, ordered by name.',
  }),
}));
