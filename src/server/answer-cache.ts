/**
 * Answers to repeated questions, kept as the exact bytes sent, so that a question asked before is
 * answered without running the GraphQL pipeline at all (see `node-listener.ts`).
 *
 * An answer is kept only when its operation was a query that succeeded without errors, and it is
 * keyed by everything that shapes it: the request as sent (document, variables, operation name),
 * the media type asked for, and the caller's scope. Each answer remembers the graph version it was
 * computed at and is served only while the graph is still at that version, so every change —
 * through this process, another replica, seeding, the CLI — makes all older answers unreachable.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface Answer {
  /** The graph version the answer was computed at. */
  version: string;
  contentType: string;
  body: Buffer;
  /** A strong validator for conditional requests: the version and a digest of the body. */
  etag: string;
  /** The operation's name, if it had one: what a hit counts as in the metrics. */
  operation?: string | undefined;
}

/** Handed to one execution; the plugin below marks it when the answer may be kept. */
export interface AnswerTicket {
  cacheable: boolean;
  /** The name of the operation that ran, when it had one (kept with the answer for the metrics). */
  operation?: string | undefined;
}

/** The context key under which an execution finds its ticket. */
export const ANSWER_TICKET = 'answerTicket';

export class AnswerCache {
  private readonly answers: LRUCache<string, Answer>;

  constructor(options: { maxBytes?: number } = {}) {
    this.answers = new LRUCache<string, Answer>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      // A key is a JS string (up to two bytes a character); the body is the exact bytes sent.
      sizeCalculation: (answer, key) => answer.body.length + key.length * 2 + 200,
    });
  }

  /** The answer kept under `key`, if it was computed at `version`; an older one is dropped. */
  get(key: string, version: string): Answer | undefined {
    const answer = this.answers.get(key);
    if (answer && answer.version !== version) {
      this.answers.delete(key);
      return undefined;
    }
    return answer;
  }

  /** Keeps an answer computed at `version`; returns it with its ETag. */
  set(key: string, version: string, contentType: string, body: Buffer, operation?: string): Answer {
    const digest = createHash('sha1').update(body).digest('base64url').slice(0, 22);
    const answer = { version, contentType, body, etag: `"${version}-${digest}"`, operation };
    this.answers.set(key, answer);
    return answer;
  }
}
