import { RELATION_NAMES, RELATIONS } from '../../data/index.js';
import { builder } from '../builder.js';

export const RelationEnum = builder.enumType('Relation', {
  description:
    'The kinds of relationship between entities, each read from its `from` entity to its `to` entity ("a Role HOLDS_RESPONSIBILITY a Responsibility").',
  values: Object.fromEntries(
    RELATION_NAMES.map((name) => [
      name,
      { value: name, description: `${RELATIONS[name].from} → ${RELATIONS[name].to}: ${RELATIONS[name].description}` },
    ]),
  ),
});
