/** What the benchmarks share: the server as a child process, autocannon as another, and process readings. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildServer, SERVER_OUT_DIR } from '../scripts/build-server.js';

let built: Promise<void> | undefined;

/** Builds the service as `npm start` does, once per benchmark run. */
export function buildOnce(): Promise<void> {
  built ??= buildServer();
  return built;
}

export interface RunningServer {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawning the process until `/ready` answered 200. */
  readyAfterMs: number;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the service as `npm start` does (its build), in production mode with `env` on a free port; resolves once it is ready. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  await buildOnce();
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [join(SERVER_OUT_DIR, 'main.js')], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${base}/ready`)).ok) {
        return {
          url: `${base}/graphql`,
          pid: child.pid!,
          child,
          readyAfterMs: performance.now() - started,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`the server on ${base} did not become ready`);
}

export interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers: a benchmark with any is not a clean one. */
  errors: number;
}

/** Drives `url` with autocannon (a separate process) posting `body`. */
export function autocannon(url: string, body: string, options: { connections: number; seconds: number }): Promise<Load> {
  return new Promise((resolve, reject) => {
    const args = [
      '-c',
      String(options.connections),
      '-d',
      String(options.seconds),
      '-m',
      'POST',
      '-H',
      'content-type=application/json',
      '-b',
      body,
      '--json',
      url,
    ];
    const child = spawn('node_modules/.bin/autocannon', args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      try {
        const result = JSON.parse(output) as {
          requests: { average: number; total?: number };
          latency: { p50: number; p99: number };
          errors: number;
          timeouts: number;
          non2xx: number;
          '2xx': number;
        };
        resolve({
          requestsPerSecond: Math.round(result.requests.average),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requests: result['2xx'] + result.non2xx,
          errors: result.errors + result.timeouts + result.non2xx,
        });
      } catch (error) {
        reject(new Error(`autocannon gave no result: ${String(error)}`));
      }
    });
  });
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in microseconds (Linux /proc). */
export function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After the command: state is field 3, utime 14 and stime 15 (1-based over the whole line).
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / CLOCK_TICKS_PER_SECOND;
}

/** A process's resident set now and at its peak, in MB (Linux /proc). */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

export async function postJson<T>(url: string, body: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const parsed = (await response.json()) as T & { errors?: unknown };
  if (parsed.errors) throw new Error(`${url} answered with errors: ${JSON.stringify(parsed.errors)}`);
  return parsed;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
