/**
 * Starting the built service (dist/server/main.js, what `npm start` runs, built once by the global
 * setup) as a child process: the one way the tests spawn it. (bench/support.ts has its own
 * `startServer`: the benchmarks build and time the start themselves, outside the test runner.)
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { SERVER_OUT_DIR } from '../../scripts/build-server.js';
import { close, listen } from './listen.js';

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  /** Its complete JSON log lines so far (other lines are left out). */
  logLines: () => Record<string, unknown>[];
  exit: Promise<number | null>;
  /** Resolves with its GraphQL URL (on 127.0.0.1) once it listens; rejects if it exits or 20 s pass first. */
  url: () => Promise<string>;
}

export interface ServiceProcessOptions {
  /** Node's own options for the child (default `--enable-source-maps`, as `npm start` runs it). */
  nodeOptions?: string[];
}

/**
 * Starts the built service with `environment` on top of this process's, NODE_ENV=test, PORT=0 (a
 * port the system chooses: see `url()`) and HOST=127.0.0.1; each can be overridden.
 */
export function startService(environment: Record<string, string>, options: ServiceProcessOptions = {}): ServiceProcess {
  const nodeOptions = options.nodeOptions ?? ['--enable-source-maps'];
  const child = spawn(process.execPath, [...nodeOptions, join(SERVER_OUT_DIR, 'main.js')], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...environment },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logLines = () =>
    output
      .split('\n')
      .slice(0, -1)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  const url = async () => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const listening = logLines().find((line) => line['msg'] === 'listening');
      if (listening) return (listening['url'] as string).replace('localhost', '127.0.0.1');
      const exited = await Promise.race([exit.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 100))]);
      if (exited) break;
    }
    throw new Error(`the service did not start: ${output}`);
  };
  return { child, output: () => output, logLines, exit, url };
}

/** A loopback port where nothing listens (one just freed). */
export async function freePort(): Promise<number> {
  const server = createServer();
  const { port } = new URL(await listen(server));
  await close(server);
  return Number(port);
}

/** Polls `check` every 100 ms until it holds or `ms` pass; returns whether it held. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}
