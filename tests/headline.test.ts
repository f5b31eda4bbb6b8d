/** The product's headline question, asked the way the issue writes it and the way GraphiQL opens. */
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADLINE_QUERY } from '../src/server/headline-query.js';
import { graphql } from './graphql/index.js';
import { startTestService, type TestService } from './support/knowledge-graph.js';

const SecurityOversightCertifications = graphql(`
  query SecurityOversightCertifications {
    responsibility(slug: "security-oversight") {
      name
      roles { nodes { name } }
      certifications { nodes { name acronym issuer { name } } }
    }
  }
`);

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});

describe('which certifications cover the IT operations manager’s security oversight?', () => {
  it('answers CISA and CISSP, issued by ISACA and ISC2, held by the manager', async () => {
    const result = await service.query(SecurityOversightCertifications);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      responsibility: {
        name: 'Security oversight',
        roles: { nodes: [{ name: 'IT operations manager' }] },
        certifications: {
          nodes: [
            { name: 'Certified Information Systems Auditor', acronym: 'CISA', issuer: { name: 'ISACA' } },
            { name: 'Certified Information Systems Security Professional', acronym: 'CISSP', issuer: { name: 'ISC2' } },
          ],
        },
      },
    });
  });

  it('answers GraphiQL’s default query with the issuers and the article’s own words as evidence', async () => {
    // The server's own text (what GraphiQL opens on), not a document of the tests: its answer is typed here by hand.
    const result = await service.query<{
      responsibility: {
        certifications: {
          edges: {
            node: { acronym: string; issuer: { name: string } };
            provenance: { kind: string; quote: string };
            evidence: { relation: string; provenance: { kind: string; quote: string | null; rationale: string | null } }[];
          }[];
        };
      };
    }>(HEADLINE_QUERY);
    expect(result.errors).toBeUndefined();
    const edges = result.data!.responsibility.certifications.edges;
    expect(edges.map((e) => [e.node.acronym, e.node.issuer.name])).toEqual([
      ['CISA', 'ISACA'],
      ['CISSP', 'ISC2'],
    ]);
    expect(edges.map((e) => e.provenance)).toEqual([
      expect.objectContaining({ kind: 'STATED', quote: expect.stringContaining('Certified Information Systems Auditor (CISA)') }),
      expect.objectContaining({
        kind: 'STATED',
        quote: expect.stringContaining('Certified Information Systems Security Professional (CISSP)'),
      }),
    ]);
    for (const edge of edges) {
      // Two steps: the curated link from the responsibility to security management, then the article's list.
      expect(edge.evidence.map((step) => [step.relation, step.provenance.kind])).toEqual([
        ['SUPPORTED_BY_SKILL_DOMAIN', 'CURATED'],
        ['COVERED_BY_CERTIFICATION', 'STATED'],
      ]);
    }
  });

  it('serves GraphiQL to browsers at /graphql, opening on that query', async () => {
    const response = await service.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('GraphiQL');
    expect(page).toContain('security-oversight');
    // Served whole by the service (tests/browser/graphiql.test.ts runs it with other hosts blocked).
    expect(page).not.toMatch(/unpkg\.com|jsdelivr|raw\.githubusercontent\.com|fonts\.googleapis/);
    expect(page).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});
