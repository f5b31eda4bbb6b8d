import { builder } from '../builder.js';
import { EntityOrderFieldEnum } from './entity-order-field.js';
import { OrderDirectionEnum } from './order-direction.js';

export const EntityOrderInput = builder.inputType('EntityOrder', {
  description: 'How to sort a list of entities. Ties are broken by name, then ID, so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: EntityOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'asc', description: 'Which way to sort (default ascending).' }),
  }),
});
