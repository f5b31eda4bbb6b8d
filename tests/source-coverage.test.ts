/**
 * Every sentence of the article is cited: the test walks the article sentence by sentence and
 * fails naming each sentence that no STATED quote of the seeded graph cites.
 *
 * The quotes are read through the API (`entities` and `relationships` of a seeded service), so
 * whatever the service serves — content and curated edits alike — is what counts.
 *
 * Units, read from the article's text line by line (empty lines are skipped):
 * - A heading line is a line that does not end in sentence punctuation (`.`, `:`, `?`, `!`): the
 *   title, the section headings (the Source's `sections`) and the sub-headings under which
 *   certifications are listed ("Service management", "Security", "Cloud services", …). A heading
 *   is cited when a STATED quote stands at the heading's own position and covers all of it (the
 *   title by the Source's own quote, a sub-heading by its skill domain's), or — for a section
 *   heading — when a STATED quote names the section (`provenance.section`: the quote stands in it).
 * - Every other line is split into sentences with `Intl.Segmenter('en', { granularity: 'sentence' })`,
 *   after taking off a list item's leading "- " (so "- Incident response. Troubleshooting and
 *   resolving technical issues." gives two sentences). A sentence is cited when ONE STATED quote
 *   covers its whole span at the place the quote stands: a quote stands where `SourceText.locate`
 *   finds it, i.e. its first occurrence inside the section its provenance names. The same words
 *   elsewhere cite nothing there: the second "Recommended certifications include the following:"
 *   and the second "Incident response." are cited only by quotes standing in their own sections
 *   and lists.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { content } from '../src/data/content/index.js';
import { normaliseWhitespace, SourceText } from '../src/data/source-text.js';
import type { CoverageEntitiesQuery, CoverageRelationshipsQuery } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { createKey, startTestService, type TestService } from './support/knowledge-graph.js';

const CitingEntities = graphql(`
  query CoverageEntities($after: String) {
    entities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id provenance { kind quote section } }
    }
  }
`);

const CitingRelationships = graphql(`
  query CoverageRelationships($after: String) {
    relationships(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id provenance { kind quote section } }
    }
  }
`);

interface Quote {
  /** The entity or relationship whose provenance it is. */
  by: string;
  quote: string;
  section: string;
}

interface Unit {
  text: string;
  start: number;
  end: number;
  heading: boolean;
}

/** Every STATED quote the service serves, node and relationship alike. */
async function statedQuotes(service: TestService): Promise<Quote[]> {
  const quotes: Quote[] = [];
  const keep = (items: { id: string; provenance: { kind: string; quote?: string | null; section?: string | null } }[]) => {
    for (const { id, provenance } of items) {
      if (provenance.kind === 'STATED' && provenance.quote && provenance.section) {
        quotes.push({ by: id, quote: provenance.quote, section: provenance.section });
      }
    }
  };
  for (let after: string | null = null, more = true; more; ) {
    const { entities }: CoverageEntitiesQuery = await service.data(CitingEntities, { after });
    keep(entities.nodes);
    [after, more] = [entities.pageInfo.endCursor ?? null, entities.pageInfo.hasNextPage];
  }
  for (let after: string | null = null, more = true; more; ) {
    const { relationships }: CoverageRelationshipsQuery = await service.data(CitingRelationships, { after });
    keep(relationships.nodes);
    [after, more] = [relationships.pageInfo.endCursor ?? null, relationships.pageInfo.hasNextPage];
  }
  return quotes;
}

/** The article's units (heading lines and sentences) with their spans in the whitespace-normalised text. */
function unitsOf(source: SourceText): Unit[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const units: Unit[] = [];
  let cursor = 0;
  for (const rawLine of source.raw.split(/\r?\n/)) {
    const line = normaliseWhitespace(rawLine);
    if (!line) continue;
    const lineStart = source.text.indexOf(line, cursor);
    if (lineStart === -1) throw new Error(`line not found in the normalised text: ${line}`);
    cursor = lineStart + line.length;
    if (!/[.:?!]$/.test(line)) {
      units.push({ text: line, start: lineStart, end: cursor, heading: true });
      continue;
    }
    const body = line.startsWith('- ') ? line.slice(2) : line;
    let from = lineStart + (line.length - body.length);
    for (const { segment } of segmenter.segment(body)) {
      const sentence = segment.trim();
      if (!sentence) continue;
      const start = source.text.indexOf(sentence, from);
      units.push({ text: sentence, start, end: start + sentence.length, heading: false });
      from = start + sentence.length;
    }
  }
  return units;
}

/** Where a quote stands: its first occurrence inside the section its provenance names (as `locate` finds it). */
function spanOf(source: SourceText, { quote, section }: Quote): { start: number; end: number } {
  const located = source.locate(quote, section);
  if (!located.ok) throw new Error(`${quote}: ${located.reason}`);
  const wanted = normaliseWhitespace(quote);
  for (let at = source.text.indexOf(wanted); at !== -1; at = source.text.indexOf(wanted, at + 1)) {
    if (source.sectionAt(at) === section) return { start: at, end: at + wanted.length };
  }
  throw new Error(`${quote}: not found in section "${section}"`);
}

const ManagerStances = graphql(`
  query CoverageManagerStances {
    role(slug: "it-operations-manager") { stances { edges { node { slug } evidence { id version } } } }
  }
`);

const Unlink = graphql(`
  mutation CoverageUnlink($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { __typename } }
`);

type Located = Quote & { start: number; end: number };

let source: SourceText;
let units: Unit[];

/** The STATED quotes a service serves, each placed where it stands in the article. */
async function locatedQuotes(service: TestService): Promise<Located[]> {
  return (await statedQuotes(service)).map((quote) => ({ ...quote, ...spanOf(source, quote) }));
}

/** Who cites a unit: the entities and relationships whose quote covers it (or, for a section heading, stands in it). */
function citersOf(unit: Unit, quotes: Located[]): string[] {
  const covering = quotes.filter((q) => q.start <= unit.start && q.end >= unit.end).map((q) => q.by);
  if (unit.heading && content.source.sections.includes(unit.text)) {
    covering.push(...quotes.filter((q) => q.section === unit.text).map((q) => q.by));
  }
  return covering;
}

const uncitedBy = (quotes: Located[]) => units.filter((unit) => citersOf(unit, quotes).length === 0).map((unit) => unit.text);

let seeded: Located[];

beforeAll(async () => {
  const raw = readFileSync(new URL(`../src/data/content/${content.source.file}`, import.meta.url), 'utf8');
  source = new SourceText(raw, content.source.sections);
  units = unitsOf(source);
  seeded = await locatedQuotes(await startTestService());
});

describe('every sentence of the article is cited', () => {
  it('splits the article into headings and sentences, list items into their parts', () => {
    const texts = units.map((unit) => unit.text);
    // The title, every section heading and the certification sub-headings are heading units.
    const headings = units.filter((unit) => unit.heading).map((unit) => unit.text);
    expect(headings).toEqual(
      expect.arrayContaining([content.source.name, ...content.source.sections, 'Service management', 'Cloud services']),
    );
    // A list item gives its name and its definition as two sentences, without the "- ".
    expect(texts).toContain('Troubleshooting and resolving technical issues.');
    expect(texts.filter((text) => text === 'Incident response.')).toHaveLength(2);
    expect(texts.filter((text) => text === 'Recommended certifications include the following:')).toHaveLength(2);
    expect(texts.some((text) => text.startsWith('- '))).toBe(false);
  });

  it('places each quote where it stands, not where the same words stand elsewhere', () => {
    const [managers, specialists] = units.filter((unit) => unit.text === 'Incident response.');
    const citing = (unit: Unit) => seeded.filter((q) => q.start <= unit.start && q.end >= unit.end);
    expect(citing(managers!).length).toBeGreaterThan(0);
    expect(citing(specialists!).length).toBeGreaterThan(0);
    for (const quote of citing(managers!)) expect(quote.section).toBe('IT operations manager: Strategic leadership');
    for (const quote of citing(specialists!)) expect(quote.section).toBe('IT operations specialist: A hands-on role');
  });

  it('cites every heading and every sentence by a STATED quote', () => {
    const uncited = new Set(uncitedBy(seeded));
    const sentences = units.filter((unit) => !unit.heading);
    const headings = units.filter((unit) => unit.heading);
    const cited = (list: Unit[]) => list.filter((unit) => !uncited.has(unit.text)).length;
    console.info(
      `Article: ${sentences.length} sentences, ${cited(sentences)} cited; ${headings.length} headings, ${cited(headings)} cited.`,
    );
    expect([...uncited]).toEqual([]);
  });

  it('counts what the service serves: a curator removing the only citing relationship leaves its sentence uncited', async () => {
    const service = await startTestService();
    const { key } = await createKey(service.store, 'edit', 'curator');
    const stances = (await service.data(ManagerStances)).role!.stances.edges;
    const [technical] = stances.find((edge) => edge.node.slug === 'technical-expertise')!.evidence;
    const unlinked = await service.data(Unlink, { input: { id: technical!.id, expectedVersion: technical!.version } }, { key });
    expect(unlinked.unlinkEntities.__typename).toBe('RelationshipChange');
    // The manager's technical-expertise stance was the one quote of these two sentences.
    expect(uncitedBy(await locatedQuotes(service))).toEqual([
      'The technical expectations of these roles also differ.',
      "IT ops managers, while primarily focused on strategy, must possess enough technical knowledge to understand the department's requirements, assist with daily operations when necessary and steer the team's overall direction.",
    ]);
  });
});
