/**
 * Arguments that name entities (by slug or ID) for the analysis fields: each names exactly the
 * entity it must, or the request is refused with a BAD_USER_INPUT error that names the bad value.
 */
import { type EntityKind, type NodeRecord, nodeId } from '../data/index.js';
import type { GraphQLContext } from './context.js';
import { badUserInput, checkLength } from './errors.js';
import { decodeGlobalID } from './global-id.js';

/** The entities of a kind with these slugs, in the order given; one store call. */
export async function requireBySlugs(
  context: GraphQLContext,
  kind: EntityKind,
  slugs: readonly string[],
  argument: string,
): Promise<NodeRecord[]> {
  for (const slug of slugs) checkLength(slug, argument);
  const found = new Map((await context.store.nodesBySlugs(kind, [...new Set(slugs)])).map((node) => [node.slug, node]));
  const unknown = slugs.filter((slug) => !found.has(slug));
  if (unknown.length > 0) {
    const list = unknown.map((slug) => `"${slug}"`).join(', ');
    throw badUserInput(`No ${kind} has the slug ${list} (argument \`${argument}\`)`, { argument, unknown });
  }
  return slugs.map((slug) => found.get(slug)!);
}

/** The entities with these global IDs, in the order given; one store call. */
export async function requireByIds(context: GraphQLContext, ids: readonly string[], argument: string): Promise<NodeRecord[]> {
  const storeIds = ids.map((id) => {
    const { typename, id: local } = decodeGlobalID(id, argument);
    return nodeId(typename as EntityKind, local);
  });
  const found = new Map((await context.store.nodesByIds(storeIds)).map((node) => [node.id, node]));
  const missing = ids.filter((_, i) => !found.has(storeIds[i]!));
  if (missing.length > 0) throw badUserInput(`No entity has the ID "${missing[0]}" (argument \`${argument}\`)`, { argument });
  return storeIds.map((id) => found.get(id)!);
}
