import { DIRECTED_RELATION_NAMES, RELATION_NAMES, RELATIONS } from '../../data/index.js';
import { builder } from '../builder.js';

/** Each relation's forward and inverse name, with how it reads. */
const readings = Object.fromEntries(
  RELATION_NAMES.flatMap((name) => {
    const { from, to, inverse, description } = RELATIONS[name];
    return [
      [name, `${from} → ${to}: ${description}`],
      [inverse, `${to} → ${from}: the inverse of ${name} (${description.charAt(0).toLowerCase()}${description.slice(1)})`],
    ];
  }),
);

export const PathRelationEnum = builder.enumType('PathRelation', {
  description:
    'A relation as it reads along a path: its own name when the path walks the relationship forwards, its inverse name (COVERS_SKILL_DOMAIN for COVERED_BY_CERTIFICATION, RESPONSIBILITY_OF for HOLDS_RESPONSIBILITY, …) when backwards.',
  values: Object.fromEntries(DIRECTED_RELATION_NAMES.map((name) => [name, { value: name, description: readings[name] }])),
});
