import type { SearchHit } from '../../data/search/search-index.js';
import { builder } from '../builder.js';
import { RelationshipType } from '../entities/refs.js';
import { SearchFieldEnum } from './search-field.js';
import { TextRangeType } from './text-range.js';

export const SearchHighlightType = builder.objectRef<SearchHit['highlight']>('SearchHighlight').implement({
  description: 'The text of an entity a search matched, with the matched words located (mark them up as you like).',
  fields: (t) => ({
    field: t.field({ type: SearchFieldEnum, description: 'Which text matched.', resolve: (h) => h.field }),
    text: t.exposeString('text', {
      description: 'The matched text, in full: a name, label or description, or a quote or statement the entity is found by.',
    }),
    ranges: t.field({
      type: [TextRangeType],
      description: 'Where in `text` the query’s words matched, in order.',
      resolve: (h) => h.ranges,
    }),
    relationship: t.field({
      type: RelationshipType,
      nullable: true,
      description:
        'The relationship whose statement or quote matched (field `RELATIONSHIP_STATEMENT` or `RELATIONSHIP_QUOTE`): the entity is its `from` or its `to`. Null for the entity’s own texts.',
      resolve: (h) => h.relationship,
    }),
  }),
});
