/**
 * `/ready`: 503 when the store does not answer (nothing can be served), 200 otherwise, with a JSON
 * body saying what works.
 *
 * A degraded change feed (Redis away) keeps the answer 200 with `"status":"degraded"`: the replica
 * still answers every query and mutation correctly, only `graphChanged` events made on other
 * replicas do not reach its subscribers. A Redis outage hits every replica at once, so a 503 would
 * make the load balancer pull them all and turn a missing notification into a full outage.
 * Monitoring reads the body (and the log says the same).
 */
import type { Store } from '../data/index.js';
import type { FeedStatus } from './redis-change-feed.js';

export interface Readiness {
  status: 'ready' | 'degraded' | 'unavailable';
  store: 'ok' | 'unreachable';
  /** Only when changes are shared through Redis. */
  changeFeed?: FeedStatus;
}

export function readinessCheck(store: Store, changeFeedStatus?: () => FeedStatus) {
  return async ({ fetchAPI }: { fetchAPI: { Response: typeof Response } }): Promise<Response> => {
    const storeOk = await store.ping().then(
      () => true,
      () => false,
    );
    const changeFeed = changeFeedStatus?.();
    const body: Readiness = {
      status: !storeOk ? 'unavailable' : changeFeed?.status === 'degraded' ? 'degraded' : 'ready',
      store: storeOk ? 'ok' : 'unreachable',
      ...(changeFeed ? { changeFeed } : {}),
    };
    return new fetchAPI.Response(JSON.stringify(body), {
      status: storeOk ? 200 : 503,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  };
}
