/**
 * The error codes are a contract with clients, kept in one place: the README's table lists exactly
 * the codes of `src/schema/errors.ts` (both ways, with the same status and meaning), no source file
 * writes a code of its own, and graphql-yoga's own codes are answered as the table says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCodeEntry } from '../src/schema/errors.js';
import { startTestService } from './support/knowledge-graph.js';

const FROM_LABEL: Record<ErrorCodeEntry['from'], string> = { api: 'this API', 'graphql-yoga': 'graphql-yoga' };

/** The rows of the README's table under "### Error codes", cell by cell. */
function readmeRows(): Record<string, { status: string; from: string; meaning: string }> {
  const lines = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('\n');
  const heading = lines.indexOf('### Error codes');
  expect(heading, 'README.md has a section "### Error codes"').toBeGreaterThan(-1);
  const start = lines.findIndex((line, index) => index > heading && line.startsWith('|'));
  const rows: Record<string, { status: string; from: string; meaning: string }> = {};
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [code, status, from, meaning] = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    rows[code!.replace(/^`|`$/g, '')] = { status: status!, from: from!, meaning: meaning! };
  }
  return rows;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('error codes', () => {
  it('are listed in the README exactly as src/schema/errors.ts lists them, both ways', () => {
    const expected = Object.fromEntries(
      Object.entries(ERROR_CODES).map(([code, entry]: [string, ErrorCodeEntry]) => {
        expect(entry.meaning, `${code}: a meaning without "|" fits a table cell`).not.toContain('|');
        return [code, { status: String(entry.status), from: FROM_LABEL[entry.from], meaning: entry.meaning }];
      }),
    );
    expect(readmeRows()).toEqual(expected);
  });

  it('are written only in src/schema/errors.ts', () => {
    const written = sourceFiles('src')
      .filter((path) => !path.endsWith(join('schema', 'errors.ts')))
      .flatMap((path) =>
        [...readFileSync(path, 'utf8').matchAll(/\bcode['"]?\s*:\s*['"`]([A-Z][A-Z_]*)['"`]/g)].map((match) => `${path}: ${match[1]}`),
      );
    expect(written).toEqual([]);
  });

  it.each([
    ['GRAPHQL_PARSE_FAILED', JSON.stringify({ query: '{ roles { ' })],
    ['GRAPHQL_VALIDATION_FAILED', JSON.stringify({ query: '{ wizards { name } }' })],
    ['OPERATION_RESOLUTION_FAILURE', JSON.stringify({ query: 'query A { __typename } query B { __typename }' })],
    ['BAD_REQUEST', '{ "query": '],
  ] as const)('graphql-yoga answers %s as the table says', async (code, body) => {
    const service = await startTestService();
    const response = await service.yoga.fetch('http://kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body,
    });
    expect(response.status).toBe(ERROR_CODES[code].status);
    const answer = (await response.json()) as { errors: { extensions?: { code?: string } }[] };
    expect(answer.errors.map((error) => error.extensions?.code)).toEqual([code]);
  });
});
