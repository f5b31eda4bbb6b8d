import { builder } from '../builder.js';

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way to sort.',
  values: {
    ASC: { value: 'asc', description: 'Smallest first (A to Z).' },
    DESC: { value: 'desc', description: 'Largest first (Z to A).' },
  } as const,
});
