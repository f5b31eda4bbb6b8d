import { ENTITY_KINDS, KINDS } from '../../data/index.js';
import { builder } from '../builder.js';

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kinds of entity in the knowledge graph.',
  values: Object.fromEntries(
    ENTITY_KINDS.map((kind) => [
      kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
      { value: kind, description: KINDS[kind].description },
    ]),
  ),
});
