/** Structured JSON logging (pino): one line per event, on stdout. */

import type { YogaLogger } from 'graphql-yoga';
import { type Logger, type LoggerOptions, pino } from 'pino';

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino({ base: { service: 'it-ops-knowledge-graph' }, ...options });
}

/** graphql-yoga's own messages (e.g. the unexpected errors it masks) through the same logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const message = args
        .filter((arg) => !(arg instanceof Error))
        .map(String)
        .join(' ');
      if (error) logger[level]({ err: error }, message || error.message);
      else logger[level](message);
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
