/**
 * The change feed shared by replicas through Redis pub/sub.
 *
 * Redis carries only notifications: every change is committed to the store before it is
 * published. So a Redis outage degrades the feed and nothing else: queries and mutations go on,
 * a change made while Redis is away reaches this replica's own subscribers directly (other
 * replicas' subscribers miss it), the failure is logged once when it starts and once when it
 * ends, `/ready` says the feed is degraded (see `FeedStatus`), and both connections keep retrying
 * (ioredis' back-off) until Redis is back, when the subscriptions are restored.
 *
 * Commands are never queued while disconnected (`enableOfflineQueue: false`): a queued command
 * fails after a few reconnection attempts anyway, and the queue would grow with every publish
 * made during an outage.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { GraphChangeEventTarget } from '../schema/graph-changes.js';

/** How the feed is doing, for `/ready` and the log. */
export interface FeedStatus {
  /** `ok`: both connections are up; `degraded`: changes reach only this replica's subscribers. */
  status: 'ok' | 'degraded';
  /** Why it is degraded (the last connection or command error), when it is. */
  reason?: string;
  /** When it became degraded (ISO 8601). */
  since?: string;
}

export interface RedisChangeFeed {
  eventTarget: GraphChangeEventTarget;
  status(): FeedStatus;
  close(): Promise<void>;
}

/** What the pub/sub's listeners read: the topic and its payload. */
interface FeedEvent {
  type: string;
  detail: unknown;
}
type Callback = (event: FeedEvent) => void;

export function redisChangeFeed(url: string, logger: Logger): RedisChangeFeed {
  const log = logger.child({ component: 'change-feed' });
  const options = { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1 } as const;
  const publishClient = new Redis(url, { ...options, connectionName: 'kg-publish' });
  const subscribeClient = new Redis(url, { ...options, connectionName: 'kg-subscribe' });
  const callbacksForTopic = new Map<string, Set<Callback>>();
  let closing = false;

  // Each connection's state; the feed is ok only while both are ready.
  const down = new Map<Redis, string>([
    [publishClient, 'connecting to Redis'],
    [subscribeClient, 'connecting to Redis'],
  ]);
  let degradedSince: string | undefined;
  let lastReason: string | undefined;

  const failed = (client: Redis | null, what: string, error: unknown) => {
    const reason = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    if (client) down.set(client, reason);
    if (closing) return;
    if (!client && down.size === 0) {
      // A command refused while both connections are up (not an outage): worth an error, not a degraded feed.
      log.error({ err: error, reason }, 'change feed command failed');
      return;
    }
    lastReason = reason;
    if (!degradedSince) {
      degradedSince = new Date().toISOString();
      log.error({ err: error, reason }, 'change feed degraded: changes reach only this replica’s subscribers until Redis is back');
    } else {
      log.debug({ reason }, 'change feed still degraded');
    }
  };
  const recovered = (client: Redis) => {
    down.delete(client);
    if (client === subscribeClient) {
      // A subscription that failed while Redis was away is made now (SUBSCRIBE is idempotent).
      for (const topic of callbacksForTopic.keys()) subscribe(topic);
    }
    if (down.size === 0 && degradedSince) {
      log.info({ degradedSince }, 'change feed restored');
      degradedSince = undefined;
      lastReason = undefined;
    }
  };
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error: unknown) => failed(client, 'Redis connection', error));
    client.on('close', () => {
      if (!down.has(client)) failed(client, 'Redis connection', new Error('connection closed'));
    });
    client.on('ready', () => recovered(client));
  }

  const subscribe = (topic: string) => {
    subscribeClient.subscribe(topic).catch((error: unknown) => failed(null, `subscribing to ${topic}`, error));
  };

  const deliverHere = (event: FeedEvent) => {
    for (const callback of callbacksForTopic.get(event.type) ?? []) callback(event);
  };

  subscribeClient.on('message', (channel: string, message: string) => {
    const callbacks = callbacksForTopic.get(channel);
    if (!callbacks) return;
    let detail: unknown;
    try {
      detail = message === '' ? null : JSON.parse(message);
    } catch (error) {
      log.warn({ err: error, channel }, 'ignored a change-feed message that is not JSON');
      return;
    }
    const event: FeedEvent = { type: channel, detail };
    for (const callback of callbacks) callback(event);
  });

  const eventTarget = {
    addEventListener(topic: string, callbackOrOptions: Callback | { handleEvent: Callback } | null) {
      if (callbackOrOptions == null) return;
      const callback = 'handleEvent' in callbackOrOptions ? callbackOrOptions.handleEvent : callbackOrOptions;
      let callbacks = callbacksForTopic.get(topic);
      if (!callbacks) {
        callbacks = new Set();
        callbacksForTopic.set(topic, callbacks);
        subscribe(topic);
      }
      callbacks.add(callback);
    },
    removeEventListener(topic: string, callbackOrOptions: Callback | { handleEvent: Callback } | null) {
      if (callbackOrOptions == null) return;
      const callback = 'handleEvent' in callbackOrOptions ? callbackOrOptions.handleEvent : callbackOrOptions;
      const callbacks = callbacksForTopic.get(topic);
      if (!callbacks) return;
      callbacks.delete(callback);
      if (callbacks.size > 0) return;
      callbacksForTopic.delete(topic);
      // A failed UNSUBSCRIBE leaves at most messages nobody listens to (they are dropped above).
      subscribeClient.unsubscribe(topic).catch((error: unknown) => log.debug({ err: error, topic }, 'unsubscribing failed'));
    },
    dispatchEvent(event: FeedEvent) {
      const message = event.detail === undefined ? '' : JSON.stringify(event.detail);
      publishClient.publish(event.type, message).catch((error: unknown) => {
        failed(null, `publishing to ${event.type}`, error);
        // The change is committed; this replica's subscribers at least hear of it.
        deliverHere(event);
      });
      return true;
    },
  };

  return {
    eventTarget: eventTarget as unknown as GraphChangeEventTarget,
    // Not ok until both connections are ready: before the first one, changes reach only this replica.
    status: () =>
      degradedSince
        ? { status: 'degraded', reason: lastReason ?? 'Redis unavailable', since: degradedSince }
        : down.size > 0
          ? { status: 'degraded', reason: [...new Set(down.values())].join('; ') }
          : { status: 'ok' },
    close: async () => {
      closing = true;
      // quit() waits for Redis to answer; while it is away that would never happen.
      await Promise.allSettled(
        [publishClient, subscribeClient].map((client) =>
          client.status === 'ready' ? client.quit() : Promise.resolve(client.disconnect()),
        ),
      );
    },
  };
}
