/**
 * Throttling of failed API-key checks, per client address: each client has a token bucket of
 * `limit` failures that refills over `windowMs`; once it is empty, every request from that address
 * that presents a key — right or wrong, or the throttle would still answer the guess — is refused
 * with 429 and `Retry-After` until a token is back. Requests without a key are not affected.
 *
 * Memory is bounded: at most `maxClients` buckets are kept (least recently used go first), and a
 * bucket is forgotten once it would be full again. A client spraying from more addresses than that
 * wins a fresh bucket for the evicted ones, which bounds the damage to `limit` guesses per address
 * per window.
 */
import { LRUCache } from 'lru-cache';

export const DEFAULT_AUTH_FAILURES = { limit: 10, windowMs: 60_000 };

interface Bucket {
  tokens: number;
  at: number;
}

export class AuthThrottle {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly limit: number;
  private readonly perMs: number;

  constructor(options: { limit?: number; windowMs?: number; maxClients?: number; now?: () => number } = {}) {
    this.limit = options.limit ?? DEFAULT_AUTH_FAILURES.limit;
    const windowMs = options.windowMs ?? DEFAULT_AUTH_FAILURES.windowMs;
    this.perMs = this.limit / windowMs;
    this.now = options.now ?? Date.now;
    this.buckets = new LRUCache<string, Bucket>({ max: options.maxClients ?? 10_000, ttl: windowMs, ttlAutopurge: false });
  }

  private readonly now: () => number;

  private tokens(client: string, now: number): number {
    const bucket = this.buckets.get(client);
    return bucket ? Math.min(this.limit, bucket.tokens + (now - bucket.at) * this.perMs) : this.limit;
  }

  /** Seconds the client must wait before its next key is checked; 0 when it may go on. */
  retryAfterSeconds(client: string): number {
    const tokens = this.tokens(client, this.now());
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
  }

  /** Counts one failed check against the client. */
  recordFailure(client: string): void {
    const now = this.now();
    this.buckets.set(client, { tokens: Math.max(0, this.tokens(client, now) - 1), at: now });
  }

  /** How many clients it remembers (for tests of its bound). */
  get size(): number {
    return this.buckets.size;
  }
}
