import type { PersonRecord } from './schema.js';

const IMPORTANCE = 'The importance of IT specialists and managers';
const OWNS = 'Damon Garn owns Cogspinner Coaction and provides freelance IT writing and editing services.';
const WRITES =
  'He has written multiple CompTIA study guides, including the Linux+, Cloud Essentials+ and Server+ guides, and contributes extensively to Informa TechTarget, The New Stack and CompTIA Blogs.';

/** The people the article names: its author, from the bio that closes it. */
export const people: PersonRecord[] = [
  {
    slug: 'damon-garn',
    name: 'Damon Garn',
    description: OWNS,
    alternativeLabels: [],
    provenance: { quote: OWNS, section: IMPORTANCE },
    sources: [
      {
        to: 'it-operations-manager-vs-specialist',
        rationale:
          "The article's byline names Damon Garn as its author, and its text ends with his author bio; the text itself does not say who wrote it.",
      },
    ],
    publications: [
      { to: 'comptia-linux-plus-study-guide', quote: WRITES, section: IMPORTANCE },
      { to: 'comptia-cloud-essentials-plus-study-guide', quote: WRITES, section: IMPORTANCE },
      { to: 'comptia-server-plus-study-guide', quote: WRITES, section: IMPORTANCE },
    ],
    owns: [{ to: 'cogspinner-coaction', quote: OWNS, section: IMPORTANCE }],
    contributesTo: [
      { to: 'informa-techtarget', quote: WRITES, section: IMPORTANCE },
      { to: 'the-new-stack', quote: WRITES, section: IMPORTANCE },
      { to: 'comptia-blogs', quote: WRITES, section: IMPORTANCE },
    ],
  },
];
