import type { OutlookStatementRecord } from './schema.js';

const OUTLOOK = 'The outlook for IT operations roles';

const DEMAND =
  'The demand for IT operations roles remains strong in 2025, with positions requiring expertise in network, cloud, security and system administration ranking in the top 15% of in-demand roles, according to Robert Half.';
/** The top-15% finding and the contract-employee statement: "these specialized positions" are the positions the finding names. */
const DEMAND_AND_CONTRACTORS = `${DEMAND} Many organizations are increasingly relying on contract employees to fill these specialized positions.`;
const SUBTITLE =
  'Discover the critical differences between IT operations specialists and managers and why both roles remain in high demand.';
const GROWTH = 'Both roles offer excellent career paths, with stable growth projected for 2025 and beyond.';

const MANAGER = 'it-operations-manager';
const SPECIALIST = 'it-operations-specialist';
const GENERALIST = 'it-operations-generalist';

/** The areas of expertise the Robert Half finding names: network, cloud, security and system administration. */
const NAMED_EXPERTISE = ['networking', 'cloud-computing', 'cybersecurity', 'system-administration'];

/** What the article says about demand for, and the future of, IT operations roles. */
export const outlookStatements: OutlookStatementRecord[] = [
  {
    slug: 'both-roles-in-high-demand',
    name: 'Both roles remain in high demand',
    description: 'IT operations specialists and managers both remain in high demand.',
    alternativeLabels: ['high demand'],
    provenance: { quote: SUBTITLE },
    roles: [
      { to: SPECIALIST, quote: SUBTITLE },
      { to: MANAGER, quote: SUBTITLE },
    ],
  },
  {
    slug: 'strong-demand-in-2025',
    name: 'Strong demand in 2025',
    description: 'The demand for IT operations roles remains strong in 2025.',
    alternativeLabels: [],
    horizon: '2025',
    provenance: { quote: 'The demand for IT operations roles remains strong in 2025', section: OUTLOOK },
    // "IT operations roles": every role of the IT ops team the graph holds.
    roles: [MANAGER, SPECIALIST, GENERALIST].map((to) => ({
      to,
      quote: 'The demand for IT operations roles remains strong in 2025',
      section: OUTLOOK,
    })),
  },
  {
    slug: 'robert-half-top-15-percent',
    name: 'Top 15% of in-demand roles',
    description:
      'Positions requiring expertise in network, cloud, security and system administration rank in the top 15% of in-demand roles, according to Robert Half.',
    alternativeLabels: ['Robert Half top 15%'],
    attributedTo: 'Robert Half',
    horizon: '2025',
    topPercent: 15,
    provenance: {
      quote:
        'with positions requiring expertise in network, cloud, security and system administration ranking in the top 15% of in-demand roles, according to Robert Half',
      section: OUTLOOK,
    },
    roles: [MANAGER, SPECIALIST, GENERALIST].map((to) => ({ to, quote: DEMAND, section: OUTLOOK })),
    expertise: NAMED_EXPERTISE.map((to) => ({ to, quote: DEMAND, section: OUTLOOK })),
    reportedBy: [{ to: 'robert-half', quote: DEMAND, section: OUTLOOK }],
  },
  {
    slug: 'reliance-on-contract-employees',
    name: 'Reliance on contract employees',
    description:
      'Many organizations are increasingly relying on contract employees to fill the specialized positions that require expertise in network, cloud, security and system administration.',
    alternativeLabels: ['contract employees', 'contractors'],
    provenance: {
      quote: 'Many organizations are increasingly relying on contract employees to fill these specialized positions.',
      section: OUTLOOK,
    },
    roles: [MANAGER, SPECIALIST, GENERALIST].map((to) => ({ to, quote: DEMAND_AND_CONTRACTORS, section: OUTLOOK })),
    expertise: NAMED_EXPERTISE.map((to) => ({ to, quote: DEMAND_AND_CONTRACTORS, section: OUTLOOK })),
  },
  {
    slug: 'stable-growth-beyond-2025',
    name: 'Stable growth for 2025 and beyond',
    description: 'Both roles offer excellent career paths, with stable growth projected for 2025 and beyond.',
    alternativeLabels: [],
    horizon: '2025 and beyond',
    provenance: { quote: GROWTH },
    roles: [
      { to: MANAGER, quote: GROWTH },
      { to: SPECIALIST, quote: GROWTH },
    ],
  },
];
