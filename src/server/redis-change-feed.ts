/** The change feed shared by replicas through Redis pub/sub (graphql-yoga's Redis event target). */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { GraphChangeEventTarget } from '../schema/graph-changes.js';

export function redisChangeFeed(url: string): { eventTarget: GraphChangeEventTarget; close: () => Promise<void> } {
  const publishClient = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  return {
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) as unknown as GraphChangeEventTarget,
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
