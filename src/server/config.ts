/**
 * Configuration from the environment, parsed and validated before anything starts: a bad value
 * stops start-up with a message naming the variable.
 */
import { z } from 'zod';
import { parseDatabaseUrl, type StoreLocation } from '../data/index.js';

export interface Config {
  port: number;
  /** Interface to listen on; undefined listens on every interface. */
  host: string | undefined;
  databaseUrl: string | undefined;
  store: StoreLocation;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().trim().min(1).optional(),
  DATABASE_URL: z.string().optional(),
});

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const { PORT, HOST, DATABASE_URL } = parsed.data;
  try {
    return { port: PORT, host: HOST, databaseUrl: DATABASE_URL, store: parseDatabaseUrl(DATABASE_URL) };
  } catch (error) {
    throw new ConfigError(`Invalid configuration: ${(error as Error).message}`);
  }
}
