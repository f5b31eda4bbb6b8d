/** useEventStreamLimit alone: one subscription more than the cap is refused with 503; an ended one frees its place. */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useEventStreamLimit } from '../../src/server/plugins/use-event-stream-limit.js';

const schema = createSchema({
  typeDefs: 'type Query { hello: String } type Subscription { ticks: Int }',
  resolvers: {
    Query: { hello: () => 'world' },
    Subscription: {
      ticks: {
        async *subscribe() {
          for (let i = 0; ; i++) {
            yield { ticks: i };
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        },
      },
    },
  },
});

describe('useEventStreamLimit', () => {
  it('refuses one stream over the cap with 503 and Retry-After, and counts it down when a stream ends', async () => {
    const limit = useEventStreamLimit(1);
    const yoga = createYoga({ schema, logging: false, plugins: [limit] });
    const open = (signal?: AbortSignal) =>
      yoga.fetch('http://localhost/graphql?query=subscription%20%7B%20ticks%20%7D', { headers: { accept: 'text/event-stream' }, signal });
    const first = new AbortController();
    const streaming = await open(first.signal);
    expect(streaming.status).toBe(200);
    const reader = streaming.body!.getReader();
    await reader.read();
    expect(limit.openStreams()).toBe(1);

    const refused = await open();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.text()).toContain('TOO_MANY_EVENT_STREAMS');

    await reader.cancel();
    first.abort();
    await expect.poll(() => limit.openStreams()).toBe(0);
    const second = new AbortController();
    const again = await open(second.signal);
    expect(again.status).toBe(200);
    const againReader = again.body!.getReader();
    await againReader.read();
    await againReader.cancel();
    second.abort();
  });
});
