/** useRequestLog alone: one JSON line per request, with an id taken from a well-formed x-request-id or made. */
import { Writable } from 'node:stream';
import { createSchema, createYoga } from 'graphql-yoga';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useRequestLog } from '../../src/server/plugins/use-request-log.js';

const schema = createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });

describe('useRequestLog', () => {
  it('logs method, path, status and duration, never the query, and echoes the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const yoga = createYoga({ schema, logging: false, plugins: [useRequestLog(pino(sink))] });
    const given = await yoga.fetch('http://localhost/graphql?query=%7Bhello%7D', { headers: { 'x-request-id': 'proxy-id.1' } });
    const made = await yoga.fetch('http://localhost/graphql?query=%7Bhello%7D', { headers: { 'x-request-id': 'not well formed!' } });
    expect(given.headers.get('x-request-id')).toBe('proxy-id.1');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => lines.length).toBe(2);
    expect(lines[0]).toMatchObject({ msg: 'request', requestId: 'proxy-id.1', method: 'GET', path: '/graphql', status: 200 });
    expect(lines[0]!['durationMs']).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain('hello');
  });
});
