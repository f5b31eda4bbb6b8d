/**
 * One enum per qualified relation (`RELATION_QUALIFIERS` in `data/model.ts`): the values and
 * descriptions are the model's, so a relation that gains qualifiers there gets its enum, its
 * relationship-edge field and its filter argument (`refs.ts`, `link-fields.ts`) without more code.
 */
import { type EntityKind, type QualifiedRelation, RELATION_QUALIFIERS, RELATIONS, type Relation } from '../../data/index.js';
import { builder } from '../builder.js';

function qualifierEnum(relation: QualifiedRelation) {
  const { name, description, values } = RELATION_QUALIFIERS[relation];
  return builder.enumType(name, {
    description: `${description} Carried by ${relation} relationships (${RELATIONS[relation].from} → ${RELATIONS[relation].to}).`,
    values: Object.fromEntries(Object.entries(values).map(([value, meaning]) => [value, { value, description: meaning }])),
  });
}

export type QualifierEnumRef = ReturnType<typeof qualifierEnum>;

export const QUALIFIED_RELATIONS = Object.keys(RELATION_QUALIFIERS) as QualifiedRelation[];

/** The enum of each qualified relation. */
export const QUALIFIER_ENUMS = Object.fromEntries(QUALIFIED_RELATIONS.map((relation) => [relation, qualifierEnum(relation)])) as Record<
  QualifiedRelation,
  QualifierEnumRef
>;

/** The qualified relations joining `kind` to another kind (either end): their edges between the two carry the qualifier. */
export function qualifiedRelationsAt(kind: EntityKind): QualifiedRelation[] {
  return QUALIFIED_RELATIONS.filter((relation) => RELATIONS[relation].from === kind || RELATIONS[relation].to === kind);
}

/** The qualified relation a walk's last step follows, if any. */
export function qualifiedRelationOf(relation: Relation): QualifiedRelation | null {
  return (QUALIFIED_RELATIONS as readonly Relation[]).includes(relation) ? (relation as QualifiedRelation) : null;
}
