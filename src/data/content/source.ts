import type { SourceRecord } from './schema.js';

/** The article the graph's first content is curated from. */
export const source: SourceRecord = {
  slug: 'it-operations-manager-vs-specialist',
  name: 'IT operations manager vs. specialist: Compare roles and skills',
  description: 'Discover the critical differences between IT operations specialists and managers and why both roles remain in high demand.',
  author: 'Damon Garn',
  authorDescription: 'Damon Garn owns Cogspinner Coaction and provides freelance IT writing and editing services.',
  file: 'source-article.txt',
  provenance: { quote: 'IT operations manager vs. specialist: Compare roles and skills' },
  sections: [
    'IT operations in the ITIL framework',
    'Core responsibilities of IT operations',
    'The IT ops team: Specialists and generalists',
    'IT operations manager: Strategic leadership',
    'Skill development for IT operations managers',
    'IT operations specialist: A hands-on role',
    'Skill development for IT operations specialists',
    'Key differences between IT ops specialists vs. IT ops managers',
    'The outlook for IT operations roles',
    'The importance of IT specialists and managers',
  ],
};
