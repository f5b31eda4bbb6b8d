/**
 * Every module of the schema loads when it is the first one imported, on its own: no module
 * depends on another having been imported before it (what an import cycle between type modules
 * does: `ReferenceError: Cannot access … before initialization`). Each import starts from a fresh
 * module registry.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const schemaDirectory = new URL('../src/schema/', import.meta.url);
const modules = readdirSync(schemaDirectory, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replaceAll('\\', '/'))
  .sort();

describe('schema modules', () => {
  it('are found (every folder of src/schema)', () => {
    expect(modules).toContain('schema.ts');
    expect(modules).toContain('entities/entity.ts');
    expect(modules).toContain('analysis/search.ts');
    expect(modules.length).toBeGreaterThan(60);
  });

  it.each(modules)('%s loads when imported first, on its own', async (module) => {
    vi.resetModules();
    const loaded = await import(new URL(module, schemaDirectory).href);
    expect(loaded).toBeTypeOf('object');
  });
});
