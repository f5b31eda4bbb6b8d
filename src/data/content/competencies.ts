import type { CompetencyRecord } from './schema.js';

const MANAGER_SKILLS = 'Skill development for IT operations managers';
const SPECIALIST_SKILLS = 'Skill development for IT operations specialists';
const KEY_DIFFERENCES = 'Key differences between IT ops specialists vs. IT ops managers';

const MANAGER_MIX =
  'To succeed in this leadership role, IT operations managers should focus on a mix of technical, managerial and strategic skills.';
const SPECIALIST_EMPHASIS = 'The IT operations specialist role emphasizes configuration, problem-solving and technical expertise.';
const ADAPTABLE =
  'Specialists must also remain adaptable, continually acquiring new skills to keep pace with rapidly evolving technologies.';

/**
 * The kinds of skill and the qualities the article says a role should focus on or emphasises: the
 * manager's mix of technical, managerial and strategic skills; the specialist's configuration,
 * problem-solving and technical expertise, and adaptability. Each quotes the sentence that names it;
 * the descriptions are the maintainers' (the article names these skills without defining them).
 */
export const competencies: CompetencyRecord[] = [
  {
    slug: 'technical-skills',
    name: 'Technical skills',
    description: 'Knowledge of, and skill with, the technologies IT operations run on.',
    alternativeLabels: ['technical knowledge'],
    provenance: { quote: MANAGER_MIX, section: MANAGER_SKILLS },
  },
  {
    slug: 'managerial-skills',
    name: 'Managerial skills',
    description: 'Skills in managing a team and its work: hiring, training, leading, budgeting and coordinating with vendors.',
    alternativeLabels: ['management skills'],
    provenance: { quote: MANAGER_MIX, section: MANAGER_SKILLS },
  },
  {
    slug: 'strategic-skills',
    name: 'Strategic skills',
    description: "Skills in setting a department's long-term direction and aligning its work with business objectives.",
    alternativeLabels: ['strategic thinking'],
    provenance: { quote: MANAGER_MIX, section: MANAGER_SKILLS },
  },
  {
    slug: 'configuration',
    name: 'Configuration',
    description: 'Setting up and configuring systems, software and security measures so that they work as intended.',
    alternativeLabels: ['configuration skills'],
    provenance: { quote: SPECIALIST_EMPHASIS, section: SPECIALIST_SKILLS },
  },
  {
    slug: 'problem-solving',
    name: 'Problem-solving',
    description: 'Finding the causes of technical problems and resolving them.',
    alternativeLabels: ['problem solving'],
    provenance: { quote: SPECIALIST_EMPHASIS, section: SPECIALIST_SKILLS },
  },
  {
    slug: 'technical-expertise-competency',
    name: 'Technical expertise',
    description: 'Deep knowledge of, and skill in, the technical aspects of IT operations.',
    alternativeLabels: ['technical proficiency'],
    provenance: { quote: SPECIALIST_EMPHASIS, section: SPECIALIST_SKILLS },
  },
  {
    slug: 'adaptability',
    name: 'Adaptability',
    description: 'Remaining adaptable: continually acquiring new skills to keep pace with rapidly evolving technologies.',
    alternativeLabels: ['adaptable', 'continual learning', 'acquiring new skills'],
    provenance: { quote: ADAPTABLE, section: KEY_DIFFERENCES },
  },
];
