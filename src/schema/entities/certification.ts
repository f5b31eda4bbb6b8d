import type { EntityKind } from '../../data/index.js';
import type { ReachableFrom } from '../../data/store/store.js';
import { builder } from '../builder.js';
import {
  entityBySlugField,
  entityConnections,
  entityPage,
  follow,
  followBack,
  linkField,
  listArguments,
  singleLinkField,
} from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { requireBySlugs } from '../lookups.js';
import { EntityInterface } from './entity.js';
import { IssuerNode } from './issuer.js';
import { ResponsibilityConnections } from './responsibility.js';
import { RoleConnections } from './role.js';
import { SkillDomainConnections } from './skill-domain.js';

export const CertificationNode = entityNodeRef('Certification');
export const CertificationConnections = entityConnections(CertificationNode, 'Certification', 'certifications');

CertificationNode.implement({
  description: 'A professional certification, grouped under skill domains as the source recommends it.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    acronym: t.string({
      nullable: true,
      description: 'The acronym the source gives for it (e.g. CISSP); null where the source gives none.',
      resolve: (node) => node.attributes.acronym ?? null,
    }),
    issuer: singleLinkField(t, {
      type: IssuerNode,
      description: 'The organisation that issues it (curated: see `Issuer.certifications` edges for the rationale).',
      walk: [follow('ISSUED_BY')],
    }),
    skillDomains: linkField(t, {
      type: SkillDomainConnections.link,
      description: 'Skill domains the source lists it under.',
      walk: [followBack('COVERED_BY_CERTIFICATION')],
    }),
    roles: linkField(t, {
      type: RoleConnections.link,
      description: 'Roles it is recommended for, through its skill domains (`evidence` shows each step).',
      walk: [followBack('COVERED_BY_CERTIFICATION'), followBack('NEEDS_SKILL_DOMAIN')],
    }),
    responsibilities: linkField(t, {
      type: ResponsibilityConnections.link,
      description: 'Responsibilities it helps carry out, through its skill domains (`evidence` shows each step).',
      walk: [followBack('COVERED_BY_CERTIFICATION'), followBack('SUPPORTED_BY_SKILL_DOMAIN')],
    }),
  }),
});

/** Each `certifications` filter: the kind its slug names and the walk from it to certifications. */
const FILTERS = {
  issuer: { kind: 'Issuer', walk: [followBack('ISSUED_BY')] },
  skillDomain: { kind: 'SkillDomain', walk: [follow('COVERED_BY_CERTIFICATION')] },
  role: { kind: 'Role', walk: [follow('NEEDS_SKILL_DOMAIN'), follow('COVERED_BY_CERTIFICATION')] },
} as const satisfies Record<string, { kind: EntityKind; walk: unknown }>;

builder.queryFields((t) => ({
  certification: entityBySlugField(t, {
    type: CertificationNode,
    kind: 'Certification',
    description: 'The certification with this slug (e.g. `cissp`, `comptia-security-plus`), or null.',
  }),
  certifications: t.field({
    type: CertificationConnections.list,
    description:
      'Certifications, ordered by name unless `orderBy` says otherwise; each filter narrows the list (all must hold). An unknown slug is a BAD_USER_INPUT error.',
    args: {
      ...listArguments(t),
      issuer: t.arg.string({ description: 'Only certifications issued by the issuer with this slug (e.g. `comptia`).' }),
      skillDomain: t.arg.string({ description: 'Only certifications in the skill domain with this slug (e.g. `security`).' }),
      role: t.arg.string({ description: 'Only certifications recommended for the role with this slug (e.g. `it-operations-manager`).' }),
    },
    resolve: async (_root, args, context) => {
      const requested = (Object.keys(FILTERS) as (keyof typeof FILTERS)[]).filter((name) => args[name] != null);
      const reachableFrom: ReachableFrom[] = await Promise.all(
        requested.map(async (name) => {
          const [node] = await requireBySlugs(context, FILTERS[name].kind, [args[name]!], name);
          return { startId: node!.id, steps: FILTERS[name].walk };
        }),
      );
      return entityPage(context, ['Certification'], args, reachableFrom);
    },
  }),
}));
