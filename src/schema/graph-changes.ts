/**
 * The change feed: every curation change, once made, is published to `graphChanged` subscribers
 * (server-sent events through yoga). One channel per server instance.
 */

import type { TypedEventTarget } from '@graphql-yoga/typed-event-target';
import { createPubSub, type PubSubEvent } from 'graphql-yoga';
import type { ChangeRecord } from '../data/curation.js';
import type { GraphQLContext } from './context.js';

type Channels = { graphChanged: [change: ChangeRecord] };
export type GraphChangeEventTarget = TypedEventTarget<PubSubEvent<Channels, 'graphChanged'>>;
export type GraphChanges = ReturnType<typeof createGraphChanges>;

/**
 * One channel per server instance by default; with a shared event target (Redis, for replicas)
 * every replica's subscribers see every replica's changes.
 */
export function createGraphChanges(eventTarget?: GraphChangeEventTarget) {
  return createPubSub<Channels>(eventTarget ? { eventTarget } : {});
}

/** Publishes a change that was made, and returns it. */
export function announce(context: GraphQLContext, change: ChangeRecord): ChangeRecord {
  context.graphChanges.publish('graphChanged', change);
  return change;
}
