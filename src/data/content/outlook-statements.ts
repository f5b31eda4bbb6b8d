import type { OutlookStatementRecord } from './schema.js';

const OUTLOOK = 'The outlook for IT operations roles';

/** What the article says about demand for, and the future of, IT operations roles. */
export const outlookStatements: OutlookStatementRecord[] = [
  {
    slug: 'strong-demand-in-2025',
    name: 'Strong demand in 2025',
    description: 'The demand for IT operations roles remains strong in 2025.',
    alternativeLabels: [],
    provenance: { quote: 'The demand for IT operations roles remains strong in 2025', section: OUTLOOK },
  },
  {
    slug: 'robert-half-top-15-percent',
    name: 'Top 15% of in-demand roles',
    description:
      'Positions requiring expertise in network, cloud, security and system administration rank in the top 15% of in-demand roles, according to Robert Half.',
    alternativeLabels: ['Robert Half top 15%'],
    attributedTo: 'Robert Half',
    provenance: {
      quote:
        'with positions requiring expertise in network, cloud, security and system administration ranking in the top 15% of in-demand roles, according to Robert Half',
      section: OUTLOOK,
    },
  },
  {
    slug: 'reliance-on-contract-employees',
    name: 'Reliance on contract employees',
    description: 'Many organizations are increasingly relying on contract employees to fill these specialized positions.',
    alternativeLabels: ['contract employees', 'contractors'],
    provenance: {
      quote: 'Many organizations are increasingly relying on contract employees to fill these specialized positions.',
      section: OUTLOOK,
    },
  },
  {
    slug: 'stable-growth-beyond-2025',
    name: 'Stable growth for 2025 and beyond',
    description: 'Both roles offer excellent career paths, with stable growth projected for 2025 and beyond.',
    alternativeLabels: [],
    provenance: { quote: 'Both roles offer excellent career paths, with stable growth projected for 2025 and beyond.' },
    roles: [
      {
        to: 'it-operations-manager',
        quote: 'Both roles offer excellent career paths, with stable growth projected for 2025 and beyond.',
      },
      {
        to: 'it-operations-specialist',
        quote: 'Both roles offer excellent career paths, with stable growth projected for 2025 and beyond.',
      },
    ],
  },
];
