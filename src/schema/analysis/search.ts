import { ENTITY_KINDS, type EntityKind } from '../../data/index.js';
import { type SearchHit, searchIndexFor } from '../../data/search/search-index.js';
import { builder } from '../builder.js';
import { EntityKindEnum } from '../entities/entity-kind.js';
import { EntityInterface } from '../entities/refs.js';
import { badUserInput, checkLength, MAX_STRING_ARGUMENT_LENGTH } from '../errors.js';
import { connectionFromArray, pageWindow } from '../pagination.js';
import { SearchHighlightType } from './search-highlight.js';

const SearchResultConnection = builder.connectionObject(
  { type: EntityInterface, name: 'SearchResultConnection', description: 'A page of search results, best match first.' },
  {
    name: 'SearchResultEdge',
    description: 'An entity that matched the search, with how well and where.',
    fields: (t) => ({
      score: t.float({
        description:
          'Relevance of the words matched (higher is better), comparable within one search between results found by their own texts, or between results found only by their evidence. Results are ordered first by where the best match is (a name or label, then the description, then the evidence), then by this score.',
        resolve: (edge) => (edge as unknown as SearchHit).score,
      }),
      highlight: t.field({
        type: SearchHighlightType,
        description: 'The entity’s text that matched best, with the matched words located.',
        resolve: (edge) => (edge as unknown as SearchHit).highlight,
      }),
    }),
  },
);

builder.queryField('search', (t) =>
  t.field({
    type: SearchResultConnection,
    description:
      'Finds entities by name, acronym, alternative label or description, and by the words of their evidence: their own provenance quote and the statements and quotes of their relationships (at either end). Matching word prefixes ("Sec" finds Security+) and tolerating one or two typing errors per word. A match in a name or label ranks above one in a description, and a match only in the evidence ranks below both; the highlight shows the text that matched.',
    args: {
      ...t.arg.connectionArgs(),
      query: t.arg.string({ required: true, description: `What to look for (1 to ${MAX_STRING_ARGUMENT_LENGTH} characters, not blank).` }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds (default: every kind).' }),
    },
    resolve: async (_root, args, context) => {
      const query = checkLength(args.query, 'query').trim();
      if (!query) throw badUserInput('`query` must not be empty or blank', { argument: 'query' });
      pageWindow(args);
      const kinds = [...new Set(args.kinds ?? [])].filter((kind): kind is EntityKind => (ENTITY_KINDS as readonly string[]).includes(kind));
      const hits = (await searchIndexFor(context.store)).search(query, kinds, context.deadline);
      return connectionFromArray(args, hits, (hit) => hit);
    },
  }),
);
