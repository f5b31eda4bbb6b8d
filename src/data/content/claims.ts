import type { ClaimRecord } from './schema.js';

const ITIL = 'IT operations in the ITIL framework';
const CORE = 'Core responsibilities of IT operations';
const TEAM = 'The IT ops team: Specialists and generalists';
const MANAGER = 'IT operations manager: Strategic leadership';
const SPECIALIST = 'IT operations specialist: A hands-on role';
const SPECIALIST_SKILLS = 'Skill development for IT operations specialists';
const KEY_DIFFERENCES = 'Key differences between IT ops specialists vs. IT ops managers';
const IMPORTANCE = 'The importance of IT specialists and managers';

/** A claim's subjects, each link quoting the claim's own sentence. */
function about(slugs: string[], quote: string, section?: string) {
  return slugs.map((to) => (section === undefined ? { to, quote } : { to, quote, section }));
}

const MANAGER_ROLE = 'it-operations-manager';
const SPECIALIST_ROLE = 'it-operations-specialist';
const GENERALIST_ROLE = 'it-operations-generalist';

/**
 * What the article says that no typed relation holds: each claim quotes its sentence (or, for a
 * list's lead-in, the lead-in with its list) and links the roles or ITIL functions it is about,
 * each link quoting the same words. A sentence whose fact has a relation is not here: it is the
 * quote of that relation's node or edge.
 */
export const claims: ClaimRecord[] = [
  // Introduction.
  {
    slug: 'it-operations-critical-for-it-services',
    name: 'IT operations are critical for IT services',
    description:
      'The processes, services and tasks of IT operations are critical for implementing and supporting IT services for both internal and external customers.',
    provenance: {
      quote: 'These functions are critical for implementing and supporting IT services for both internal and external customers.',
    },
    itilFunctions: about(
      ['it-operations'],
      'These functions are critical for implementing and supporting IT services for both internal and external customers.',
    ),
  },
  {
    slug: 'it-ops-team-ranges-from-specialists-to-managers',
    name: 'The IT ops team ranges from specialists to managers',
    description: "Within the IT ops team, roles range from specialists to managers, each contributing to the department's overall success.",
    alternativeLabels: ['IT ops team'],
    provenance: {
      quote: "Within the IT ops team, roles range from specialists to managers, each contributing to the department's overall success.",
    },
    roles: about(
      [SPECIALIST_ROLE, MANAGER_ROLE],
      "Within the IT ops team, roles range from specialists to managers, each contributing to the department's overall success.",
    ),
  },
  {
    slug: 'article-explores-the-roles',
    name: 'What the article explores',
    description:
      'This article explores the roles of IT operations managers and specialists, highlighting their significance, responsibilities and career impact.',
    provenance: {
      quote:
        'This article explores the roles of IT operations managers and specialists, highlighting their significance, responsibilities and career impact.',
    },
    roles: about(
      [MANAGER_ROLE, SPECIALIST_ROLE],
      'This article explores the roles of IT operations managers and specialists, highlighting their significance, responsibilities and career impact.',
    ),
  },
  {
    slug: 'understanding-the-roles-informs-decisions',
    name: 'Understanding the roles informs decisions',
    description:
      'Whether you are a career planner, job seeker, organizational leader or hiring team member, understanding these roles is essential for making informed decisions.',
    alternativeLabels: ['career planning', 'hiring'],
    provenance: {
      quote:
        'Whether you are a career planner, job seeker, organizational leader or hiring team member, understanding these roles is essential for making informed decisions.',
    },
    roles: about(
      [MANAGER_ROLE, SPECIALIST_ROLE],
      'Whether you are a career planner, job seeker, organizational leader or hiring team member, understanding these roles is essential for making informed decisions.',
    ),
  },

  // IT operations in the ITIL framework.
  {
    slug: 'it-ops-is-one-of-four-itil-functions',
    name: 'IT ops is one of four ITIL functions',
    description:
      "IT ops is a fundamental component of the IT department, so much so that it's one of four functions outlined in the Information Technology Infrastructure Library (ITIL) framework.",
    provenance: {
      quote:
        "IT ops is a fundamental component of the IT department, so much so that it's one of four functions outlined in the Information Technology Infrastructure Library (ITIL) framework.",
    },
    itilFunctions: about(
      ['it-operations'],
      "IT ops is a fundamental component of the IT department, so much so that it's one of four functions outlined in the Information Technology Infrastructure Library (ITIL) framework.",
    ),
  },
  {
    slug: 'itil-function-areas',
    name: "The ITIL framework's four function areas",
    description:
      'The ITIL framework categorizes IT functions into four areas: IT operations, technical management, application management and service desk management.',
    alternativeLabels: ['ITIL functions'],
    provenance: {
      quote:
        'The ITIL framework categorizes IT functions into the following areas: - IT operations. - Technical management. - Application management. - Service desk management.',
      section: ITIL,
    },
    itilFunctions: about(
      ['it-operations', 'technical-management', 'application-management', 'service-desk-management'],
      'The ITIL framework categorizes IT functions into the following areas: - IT operations. - Technical management. - Application management. - Service desk management.',
      ITIL,
    ),
  },

  // Core responsibilities of IT operations.
  {
    slug: 'it-operations-responsibilities-broad-and-essential',
    name: 'The responsibilities of IT operations are broad and essential',
    description:
      "The responsibilities of IT operations are broad and essential to the smooth functioning of an organization's IT infrastructure.",
    provenance: {
      quote:
        "The responsibilities of IT operations are broad and essential to the smooth functioning of an organization's IT infrastructure.",
      section: CORE,
    },
    itilFunctions: about(
      ['it-operations'],
      "The responsibilities of IT operations are broad and essential to the smooth functioning of an organization's IT infrastructure.",
      CORE,
    ),
  },

  // The IT ops team.
  {
    slug: 'it-ops-team-mixes-specialists-and-generalists',
    name: 'An IT ops team mixes specialists and generalists',
    description: 'An IT operations team typically includes a mix of specialists and generalists.',
    provenance: { quote: 'An IT operations team typically includes a mix of specialists and generalists.', section: TEAM },
    roles: about(
      [SPECIALIST_ROLE, GENERALIST_ROLE],
      'An IT operations team typically includes a mix of specialists and generalists.',
      TEAM,
    ),
  },

  // IT operations manager.
  {
    slug: 'manager-technical-knowledge-remains-essential',
    name: 'Technical knowledge remains essential for the manager',
    description:
      "The IT operations manager's role involves strategic oversight, but technical knowledge remains essential for understanding and addressing the challenges of modern IT environments.",
    provenance: {
      quote:
        'While the role involves strategic oversight, technical knowledge remains essential for understanding and addressing the challenges of modern IT environments.',
      section: MANAGER,
    },
    roles: about(
      [MANAGER_ROLE],
      'While the role involves strategic oversight, technical knowledge remains essential for understanding and addressing the challenges of modern IT environments.',
      MANAGER,
    ),
  },
  {
    slug: 'manager-role-also-includes-budgeting-and-business-alignment',
    name: "The manager's role also includes budgeting, vendor management and business alignment",
    description:
      "Besides the key responsibilities the article lists, the IT operations manager's role includes budgeting, vendor management and aligning IT operations with broader business strategies.",
    alternativeLabels: ['business alignment', 'vendor management'],
    provenance: {
      quote: 'Additionally, the role includes budgeting, vendor management and aligning IT operations with broader business strategies.',
      section: MANAGER,
    },
    roles: about(
      [MANAGER_ROLE],
      'Additionally, the role includes budgeting, vendor management and aligning IT operations with broader business strategies.',
      MANAGER,
    ),
  },

  // IT operations specialist.
  {
    slug: 'specialists-integral-to-it-services',
    name: 'Specialists are integral to smoothly functioning IT services',
    description: 'IT operations specialists are integral to ensuring the smooth functioning of IT services and infrastructure.',
    provenance: {
      quote: 'These professionals are integral to ensuring the smooth functioning of IT services and infrastructure.',
      section: SPECIALIST,
    },
    roles: about(
      [SPECIALIST_ROLE],
      'These professionals are integral to ensuring the smooth functioning of IT services and infrastructure.',
      SPECIALIST,
    ),
  },
  {
    slug: 'specialists-pursue-certifications-aligned-with-responsibilities',
    name: 'Specialists should pursue certifications that align with their responsibilities',
    description:
      'To excel as IT operations specialists, professionals should consider pursuing certifications that align with their responsibilities.',
    provenance: {
      quote: 'To excel in this position, professionals should consider pursuing certifications that align with their responsibilities.',
      section: SPECIALIST_SKILLS,
    },
    roles: about(
      [SPECIALIST_ROLE],
      'To excel in this position, professionals should consider pursuing certifications that align with their responsibilities.',
      SPECIALIST_SKILLS,
    ),
  },
  {
    slug: 'specialist-certifications-reflect-hands-on-role',
    name: "The specialist's certifications reflect a hands-on, technical role",
    description:
      'The certifications recommended for IT operations specialists reflect the hands-on, technical nature of the role and help professionals stay current with evolving technologies.',
    provenance: {
      quote:
        'These certifications reflect the hands-on, technical nature of the role and help professionals stay current with evolving technologies.',
      section: SPECIALIST_SKILLS,
    },
    roles: about(
      [SPECIALIST_ROLE],
      'These certifications reflect the hands-on, technical nature of the role and help professionals stay current with evolving technologies.',
      SPECIALIST_SKILLS,
    ),
  },

  // Key differences.
  {
    slug: 'roles-distinct-yet-complementary',
    name: 'The roles are distinct yet complementary',
    description:
      'The roles of IT ops specialists and managers are distinct yet complementary, each playing a critical part in the success of IT operations.',
    provenance: {
      quote:
        'The roles of IT ops specialists and managers are distinct yet complementary, each playing a critical part in the success of IT operations.',
      section: KEY_DIFFERENCES,
    },
    roles: about(
      [SPECIALIST_ROLE, MANAGER_ROLE],
      'The roles of IT ops specialists and managers are distinct yet complementary, each playing a critical part in the success of IT operations.',
      KEY_DIFFERENCES,
    ),
  },

  // The importance of IT specialists and managers.
  {
    slug: 'it-operations-cornerstone-of-business',
    name: 'IT operations are a cornerstone of every business',
    description:
      "IT operations are a cornerstone of every business's infrastructure, ensuring critical services' functionality, reliability and availability.",
    provenance: {
      quote:
        "IT operations are a cornerstone of every business's infrastructure, ensuring critical services' functionality, reliability and availability.",
      section: IMPORTANCE,
    },
    itilFunctions: about(
      ['it-operations'],
      "IT operations are a cornerstone of every business's infrastructure, ensuring critical services' functionality, reliability and availability.",
      IMPORTANCE,
    ),
  },
  {
    slug: 'it-ops-team-maintains-and-aligns',
    name: 'The IT ops team maintains operations and aligns IT services with business objectives',
    description: 'The IT ops team maintains operations and aligns IT services with business objectives.',
    provenance: {
      quote: 'The IT ops team maintains operations and aligns IT services with business objectives.',
      section: IMPORTANCE,
    },
    itilFunctions: about(
      ['it-operations'],
      'The IT ops team maintains operations and aligns IT services with business objectives.',
      IMPORTANCE,
    ),
  },
  {
    slug: 'manager-provides-leadership-direction-and-oversight',
    name: 'The manager provides leadership, strategic direction and oversight',
    description:
      "Within the IT ops team, the IT ops manager provides leadership, strategic direction and oversight, ensuring the department's success.",
    provenance: {
      quote:
        "Within this team, the IT ops manager provides leadership, strategic direction and oversight, ensuring the department's success.",
      section: IMPORTANCE,
    },
    roles: about(
      [MANAGER_ROLE],
      "Within this team, the IT ops manager provides leadership, strategic direction and oversight, ensuring the department's success.",
      IMPORTANCE,
    ),
  },
  {
    slug: 'specialists-implement-strategies-day-to-day',
    name: 'Specialists implement strategies day to day',
    description:
      'IT ops specialists focus on the day-to-day implementation of strategies, ensuring that systems and services operate efficiently.',
    provenance: {
      quote:
        'Meanwhile, IT ops specialists focus on the day-to-day implementation of strategies, ensuring that systems and services operate efficiently.',
      section: IMPORTANCE,
    },
    roles: about(
      [SPECIALIST_ROLE],
      'Meanwhile, IT ops specialists focus on the day-to-day implementation of strategies, ensuring that systems and services operate efficiently.',
      IMPORTANCE,
    ),
  },
];
