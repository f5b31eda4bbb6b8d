/**
 * The change feed: every curation change, once made, is published to `graphChanged` subscribers
 * (server-sent events through yoga). One channel per server instance.
 */
import { createPubSub } from 'graphql-yoga';
import type { ChangeRecord } from '../data/curation.js';
import type { GraphQLContext } from './context.js';

export type GraphChanges = ReturnType<typeof createGraphChanges>;

export function createGraphChanges() {
  return createPubSub<{ graphChanged: [change: ChangeRecord] }>();
}

/** Publishes a change that was made, and returns it. */
export function announce(context: GraphQLContext, change: ChangeRecord): ChangeRecord {
  context.graphChanges.publish('graphChanged', change);
  return change;
}
