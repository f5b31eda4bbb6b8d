import type { OrganizationRecord } from './schema.js';

const OUTLOOK = 'The outlook for IT operations roles';
const IMPORTANCE = 'The importance of IT specialists and managers';
const OWNS = 'Damon Garn owns Cogspinner Coaction and provides freelance IT writing and editing services.';
const WRITES =
  'He has written multiple CompTIA study guides, including the Linux+, Cloud Essentials+ and Server+ guides, and contributes extensively to Informa TechTarget, The New Stack and CompTIA Blogs.';

/**
 * Organisations the article names that issue none of its certifications: the firm it cites for its
 * outlook, and the author's company and the publishers he writes for. What each organisation is
 * beyond the article's mention of it is the maintainers' description.
 */
export const organizations: OrganizationRecord[] = [
  {
    slug: 'robert-half',
    name: 'Robert Half',
    description:
      'A staffing and recruitment firm; the article credits it with the finding that positions requiring expertise in network, cloud, security and system administration rank in the top 15% of in-demand roles.',
    alternativeLabels: [],
    provenance: { quote: 'according to Robert Half', section: OUTLOOK },
  },
  {
    slug: 'cogspinner-coaction',
    name: 'Cogspinner Coaction',
    description: 'The company Damon Garn, the author of the article, owns.',
    alternativeLabels: ['Cogspinner'],
    provenance: { quote: OWNS, section: IMPORTANCE },
  },
  {
    slug: 'informa-techtarget',
    name: 'Informa TechTarget',
    description: 'A technology media company, publisher of the TechTarget sites; Damon Garn contributes to it.',
    alternativeLabels: ['TechTarget'],
    provenance: { quote: WRITES, section: IMPORTANCE },
  },
  {
    slug: 'the-new-stack',
    name: 'The New Stack',
    description: 'An online publication about software development and operations; Damon Garn contributes to it.',
    alternativeLabels: [],
    provenance: { quote: WRITES, section: IMPORTANCE },
  },
  {
    slug: 'comptia-blogs',
    name: 'CompTIA Blogs',
    description: "CompTIA's blog; Damon Garn contributes to it.",
    alternativeLabels: ['CompTIA blog'],
    provenance: { quote: WRITES, section: IMPORTANCE },
  },
];
