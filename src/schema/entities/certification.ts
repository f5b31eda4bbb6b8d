import { type EntityKind, WALKS, type Walk } from '../../data/index.js';
import type { ReachableFrom } from '../../data/store/store.js';
import { builder } from '../builder.js';
import { requireBySlugs } from '../lookups.js';
import { entityBySlugField, entityPage, listArguments } from './entity-lists.js';
import { linkFields } from './link-fields.js';
import { ENTITY_CONNECTIONS, ENTITY_NODES, EntityInterface } from './refs.js';

ENTITY_NODES.Certification.implement({
  description: 'A professional certification, grouped under skill domains as the source recommends it.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    acronym: t.string({
      nullable: true,
      description: 'The acronym the source gives for it (e.g. CISSP); null where the source gives none.',
      resolve: (node) => node.attributes.acronym ?? null,
    }),
    ...linkFields(t, 'Certification'),
  }),
});

/** Each `certifications` filter: the kind its slug names and that kind's walk to certifications. */
const FILTERS = {
  issuer: { kind: 'Issuer', walk: WALKS.Issuer.certifications },
  skillDomain: { kind: 'SkillDomain', walk: WALKS.SkillDomain.certifications },
  role: { kind: 'Role', walk: WALKS.Role.certifications },
} as const satisfies Record<string, { kind: EntityKind; walk: Walk }>;

builder.queryFields((t) => ({
  certification: entityBySlugField(t, {
    type: ENTITY_NODES.Certification,
    kind: 'Certification',
    description: 'The certification with this slug (e.g. `cissp`, `comptia-security-plus`), or null.',
  }),
  certifications: t.field({
    type: ENTITY_CONNECTIONS.Certification.list,
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
          return { startId: node!.id, steps: FILTERS[name].walk.steps };
        }),
      );
      return entityPage(context, ['Certification'], args, reachableFrom);
    },
  }),
}));
