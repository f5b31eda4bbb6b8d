import type { ComparisonDimensionRecord } from './schema.js';

const KEY_DIFFERENCES = 'Key differences between IT ops specialists vs. IT ops managers';

/** The four dimensions on which the article says the two roles primarily differ. */
export const comparisonDimensions: ComparisonDimensionRecord[] = [
  {
    slug: 'leadership',
    name: 'Leadership',
    description: 'How much each role leads: who directs the IT operations department, sets priorities and delegates.',
    alternativeLabels: [],
    // The list's first item carries the list's lead-in, which says what the four items are.
    provenance: {
      quote: 'The primary difference between these roles is their focus on the following: - Leadership.',
      section: KEY_DIFFERENCES,
    },
  },
  {
    slug: 'strategy',
    name: 'Strategy',
    description: "Each role's part in strategy: defining the department's long-term direction versus implementing its tactical elements.",
    alternativeLabels: ['strategic focus'],
    provenance: { quote: 'Strategy.', section: KEY_DIFFERENCES },
  },
  {
    slug: 'organizational-responsibilities',
    name: 'Organizational responsibilities',
    description: 'How responsibilities are distributed within the team: who delegates tasks and who receives them.',
    alternativeLabels: ['organisational responsibilities', 'delegation'],
    provenance: { quote: 'Organizational responsibilities.', section: KEY_DIFFERENCES },
  },
  {
    slug: 'technical-expertise',
    name: 'Technical expertise',
    description: 'How much technical knowledge and proficiency each role needs and how deeply it is immersed in technical work.',
    alternativeLabels: ['technical skills', 'technical knowledge'],
    provenance: { quote: 'Technical expertise.', section: KEY_DIFFERENCES },
  },
];
