import type { HeldResponsibility, SharedResponsibility } from '../../data/analysis/role-comparison.js';
import { statementProvenance } from '../../data/provenance-marks.js';
import { builder } from '../builder.js';
import { ENTITY_NODES, ProvenanceType, RelationshipType } from '../entities/refs.js';

/** A responsibility as one role holds it: the analyses give a role's responsibilities in the role's own words. */
export const HeldResponsibilityType = builder.objectRef<HeldResponsibility>('HeldResponsibility').implement({
  description:
    'A key responsibility as one role holds it, in that role’s words: the same responsibility can mean different work to different roles (incident response is disaster recovery to the manager, troubleshooting to the specialist).',
  fields: (t) => ({
    role: t.field({ type: ENTITY_NODES.Role, description: 'The role holding the responsibility.', resolve: (h) => h.role }),
    responsibility: t.field({ type: ENTITY_NODES.Responsibility, description: 'The responsibility.', resolve: (h) => h.responsibility }),
    definition: t.string({
      nullable: true,
      description:
        'What the responsibility means for this role, in the source’s words where `definitionProvenance` is STATED (the relationship’s `statement`); null when the source gives the role no definition of its own.',
      resolve: (h) => h.relationship.statement,
    }),
    definitionProvenance: t.field({
      type: ProvenanceType,
      nullable: true,
      description: 'Whose words `definition` is (the relationship’s `statementProvenance`); null when there is no definition.',
      resolve: (h) => statementProvenance(h.relationship),
    }),
    relationship: t.field({
      type: RelationshipType,
      description: 'The role’s HOLDS_RESPONSIBILITY relationship, with the source’s words for it (`provenance`).',
      resolve: (h) => h.relationship,
    }),
  }),
});

export const SharedResponsibilityType = builder.objectRef<SharedResponsibility>('SharedResponsibility').implement({
  description: 'A responsibility two roles both hold, with each role’s own definition side by side.',
  fields: (t) => ({
    responsibility: t.field({ type: ENTITY_NODES.Responsibility, description: 'The responsibility.', resolve: (s) => s.responsibility }),
    first: t.field({
      type: HeldResponsibilityType,
      description: 'The responsibility as the first role holds it.',
      resolve: (s) => s.first,
    }),
    second: t.field({
      type: HeldResponsibilityType,
      description: 'The responsibility as the second role holds it.',
      resolve: (s) => s.second,
    }),
  }),
});
