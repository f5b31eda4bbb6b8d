import { ENTITY_KINDS } from '../../data/index.js';
import { builder } from '../builder.js';

const descriptions: Record<(typeof ENTITY_KINDS)[number], string> = {
  Role: 'A job role in IT operations.',
  Responsibility: 'Work a role or an ITIL function is responsible for.',
  SkillDomain: 'A field of skills that certifications cover.',
  Certification: 'A professional certification.',
  Issuer: 'An organisation that issues certifications.',
  ItilFunction: 'An ITIL v3/2011 Service Operation function.',
  ComparisonDimension: 'A dimension along which roles differ.',
  TechnicalArea: 'A technology or technical discipline a role needs knowledge of.',
  OutlookStatement: 'A statement about the job outlook of roles.',
  Source: 'A document the graph quotes.',
};

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kinds of entity in the knowledge graph.',
  values: Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), { value: kind, description: descriptions[kind] }]),
  ),
});
