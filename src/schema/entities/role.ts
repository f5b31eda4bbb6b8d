import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, follow, followBack, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { CertificationConnections } from './certification.js';
import { ComparisonDimensionConnections } from './comparison-dimension.js';
import { EntityInterface } from './entity.js';
import { ItilFunctionConnections } from './itil-function.js';
import { OutlookStatementConnections } from './outlook-statement.js';
import { ResponsibilityConnections } from './responsibility.js';
import { SkillDomainConnections } from './skill-domain.js';
import { TechnicalAreaConnections } from './technical-area.js';

export const RoleNode = entityNodeRef('Role');
export const RoleConnections = entityConnections(RoleNode, 'Role', 'roles');

RoleNode.implement({
  description: 'A job role in IT operations (manager, specialist, generalist).',
  interfaces: [EntityInterface],
  fields: (t) => ({
    responsibilities: linkField(t, {
      type: ResponsibilityConnections.link,
      description: 'The role’s key responsibilities, in the source’s order.',
      walk: [follow('HOLDS_RESPONSIBILITY')],
    }),
    primaryAreas: linkField(t, {
      type: ResponsibilityConnections.link,
      description: 'The areas the role mainly revolves around.',
      walk: [follow('HAS_PRIMARY_AREA')],
    }),
    skillDomains: linkField(t, {
      type: SkillDomainConnections.link,
      description: 'The skill domains in which certifications are recommended for the role.',
      walk: [follow('NEEDS_SKILL_DOMAIN')],
    }),
    certifications: linkField(t, {
      type: CertificationConnections.link,
      description: 'Certifications recommended for the role, through its skill domains (`evidence` shows the domain).',
      walk: [follow('NEEDS_SKILL_DOMAIN'), follow('COVERED_BY_CERTIFICATION')],
    }),
    leads: linkField(t, { type: RoleConnections.link, description: 'Roles this role leads.', walk: [follow('LEADS')] }),
    ledBy: linkField(t, { type: RoleConnections.link, description: 'Roles that lead this role.', walk: [followBack('LEADS')] }),
    itilFunctions: linkField(t, {
      type: ItilFunctionConnections.link,
      description: 'The ITIL functions the role works in.',
      walk: [follow('WORKS_IN_FUNCTION')],
    }),
    stances: linkField(t, {
      type: ComparisonDimensionConnections.link,
      description: 'The role’s stance on each dimension that separates the roles; each edge’s `statement` gives the stance.',
      walk: [follow('TAKES_STANCE_ON')],
    }),
    technicalAreas: linkField(t, {
      type: TechnicalAreaConnections.link,
      description: 'Technical areas the role needs knowledge of; each edge’s `statement` says how.',
      walk: [follow('NEEDS_TECHNICAL_AREA')],
    }),
    outlook: linkField(t, {
      type: OutlookStatementConnections.link,
      description: 'Outlook statements about the role.',
      walk: [followBack('DESCRIBES_OUTLOOK_FOR')],
    }),
  }),
});

builder.queryFields((t) => ({
  role: entityBySlugField(t, {
    type: RoleNode,
    kind: 'Role',
    description: 'The role with this slug (e.g. `it-operations-manager`), or null.',
  }),
  roles: entityListField(t, { type: RoleConnections.list, kind: 'Role', description: 'Every role, ordered by name.' }),
}));
