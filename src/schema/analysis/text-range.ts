import type { TextRange } from '../../data/search/search-index.js';
import { builder } from '../builder.js';

export const TextRangeType = builder.objectRef<TextRange>('TextRange').implement({
  description: 'A run of characters in a text: where it starts and how long it is.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character (0-based, UTF-16 code units, as JavaScript counts).' }),
    length: t.exposeInt('length', { description: 'How many characters (UTF-16 code units).' }),
  }),
});
