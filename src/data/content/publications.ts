import type { PublicationRecord } from './schema.js';

const IMPORTANCE = 'The importance of IT specialists and managers';
const WRITES =
  'He has written multiple CompTIA study guides, including the Linux+, Cloud Essentials+ and Server+ guides, and contributes extensively to Informa TechTarget, The New Stack and CompTIA Blogs.';

/** The study guides the author's bio names; each is a CompTIA study guide, as the bio says. */
export const publications: PublicationRecord[] = [
  {
    slug: 'comptia-linux-plus-study-guide',
    name: 'CompTIA Linux+ study guide',
    description: "A study guide for CompTIA's Linux+ certification, written by Damon Garn.",
    alternativeLabels: ['Linux+ study guide', 'Linux+ guide'],
    provenance: { quote: WRITES, section: IMPORTANCE },
    studyGuideFor: [{ to: 'comptia', quote: WRITES, section: IMPORTANCE }],
  },
  {
    slug: 'comptia-cloud-essentials-plus-study-guide',
    name: 'CompTIA Cloud Essentials+ study guide',
    description: "A study guide for CompTIA's Cloud Essentials+ certification, written by Damon Garn.",
    alternativeLabels: ['Cloud Essentials+ study guide', 'Cloud Essentials+ guide'],
    provenance: { quote: WRITES, section: IMPORTANCE },
    studyGuideFor: [{ to: 'comptia', quote: WRITES, section: IMPORTANCE }],
  },
  {
    slug: 'comptia-server-plus-study-guide',
    name: 'CompTIA Server+ study guide',
    description: "A study guide for CompTIA's Server+ certification, written by Damon Garn.",
    alternativeLabels: ['Server+ study guide', 'Server+ guide'],
    provenance: { quote: WRITES, section: IMPORTANCE },
    studyGuideFor: [{ to: 'comptia', quote: WRITES, section: IMPORTANCE }],
  },
];
