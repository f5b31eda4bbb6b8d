/**
 * The kinds of entity the article's content has (its seed without the ESCO slice), as the API names
 * them: for tests about the article's words, which the ESCO records' many labels would crowd out.
 */
import { seedGraph } from '../../src/data/index.js';
import type { EntityKind } from '../graphql/graphql.js';

export const ARTICLE_KINDS: EntityKind[] = [
  ...new Set(
    seedGraph()
      .nodes.filter((node) => node.provenance.kind !== 'IMPORTED')
      .map((node) => node.kind),
  ),
].map((kind) => kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as EntityKind);
