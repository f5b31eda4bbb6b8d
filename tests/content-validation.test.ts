/** Content is validated when it loads: a bad record stops start-up with a message naming the record and the field. */
import { describe, expect, it } from 'vitest';
import { content } from '../src/data/content/index.js';
import type { ContentInput } from '../src/data/content/schema.js';
import { loadEscoSlice } from '../src/data/esco/esco-slice.js';
import { buildGraph, ContentError } from '../src/data/index.js';

/** The shipped ESCO slice, which the content's links to ESCO occupations and skills point into. */
const slice = loadEscoSlice(new URL('../src/data/content/esco-it-slice.json', import.meta.url));
const build = (input: ContentInput) => buildGraph(input, undefined, slice);

/** A deep copy of the real content with one change applied. */
function withChange(change: (copy: ContentInput) => void): ContentInput {
  const copy = structuredClone(content);
  change(copy);
  return copy;
}

describe('content validation', () => {
  it('accepts the curated content', () => {
    const graph = build(content);
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  it('refuses links into ESCO when the slice they point into is not there, naming the link', () => {
    expect(() => buildGraph(content)).toThrow(
      /roles\[0\] \(slug "it-operations-manager"\) field "occupations"\[0\]: no Occupation has the slug/,
    );
  });

  it('names the record and field of a schema violation', () => {
    const bad = withChange((c) => {
      c.certifications[1]!.name = '';
    });
    expect(() => build(bad)).toThrow(ContentError);
    expect(() => build(bad)).toThrow(`certifications[1] (slug "${content.certifications[1]!.slug}") field "name": must not be empty`);
  });

  it('refuses a slug that is not kebab-case', () => {
    const bad = withChange((c) => {
      c.issuers[0]!.slug = 'Not A Slug';
    });
    expect(() => build(bad)).toThrow(/issuers\[0\] \(slug "Not A Slug"\) field "slug": must be kebab-case/);
  });

  it('refuses a quote that is not the article’s exact words', () => {
    const bad = withChange((c) => {
      c.roles[0]!.responsibilities![0] = { to: 'service-delivery', quote: 'Service delivery. Delivering services with a smile.' };
    });
    expect(() => build(bad)).toThrow(
      /roles\[0\] \(slug "it-operations-manager"\) field "responsibilities"\[0\]: the quote "Service delivery\. Delivering services with a smile\." does not occur verbatim/,
    );
  });

  it('refuses a quote located in a section the source does not have', () => {
    const bad = withChange((c) => {
      c.roles[0]!.responsibilities![0] = { to: 'service-delivery', quote: 'Service delivery.', section: 'Appendix Z' };
    });
    expect(() => build(bad)).toThrow(/field "responsibilities"\[0\]: the source has no section "Appendix Z"/);
  });

  it('refuses a quote that is in the source, but not in the section named', () => {
    const bad = withChange((c) => {
      c.roles[0]!.responsibilities![0] = {
        to: 'service-delivery',
        quote: 'Service delivery.',
        section: 'The outlook for IT operations roles',
      };
    });
    expect(() => build(bad)).toThrow(/does not occur verbatim in section "The outlook for IT operations roles"/);
  });

  it('refuses a section heading that is not a line of the source, naming the field', () => {
    const bad = withChange((c) => {
      c.source.sections = [...c.source.sections, 'A heading the article does not have'];
    });
    expect(() => build(bad)).toThrow(ContentError);
    expect(() => build(bad)).toThrow(/source field "sections": "A heading the article does not have" is not a line of the source/);
  });

  it('refuses a link to a slug that does not exist', () => {
    const bad = withChange((c) => {
      const domain = c.skillDomains[0]!;
      domain.certifications ??= [];
      domain.certifications.push({ to: 'made-up-cert', quote: 'CompTIA Project+.' });
    });
    expect(() => build(bad)).toThrow(/no Certification has the slug "made-up-cert"/);
  });

  it('refuses a fact with both a quote and a rationale, or neither', () => {
    const both = withChange((c) => {
      (c.issuers[0]!.provenance as Record<string, string>).quote = 'IT operations.';
    });
    expect(() => build(both)).toThrow(/issuers\[0\] .* field "provenance"/);
    const neither = withChange((c) => {
      c.issuers[0]!.provenance = {} as never;
    });
    expect(() => build(neither)).toThrow(/issuers\[0\] .* field "provenance"/);
  });

  it('refuses a slug used twice within a kind', () => {
    const bad = withChange((c) => {
      c.issuers.push({ ...c.issuers[0]! });
    });
    expect(() => build(bad)).toThrow(/slug "[a-z-]+" is used twice/);
  });
});
