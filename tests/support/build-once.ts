/**
 * Vitest global setup: builds the service (dist/server/, what `npm start` runs) and the explorer
 * (dist/explorer/) once, before any test file runs, so that no two files rebuild them at once.
 */
import { buildExplorer } from '../../scripts/build-explorer.js';
import { buildServer } from '../../scripts/build-server.js';

export async function setup(): Promise<void> {
  await buildServer({ quiet: true });
  await buildExplorer({ quiet: true });
}
