import { ESCO_OCCUPATIONS, escoOccupationUri } from './esco-concepts.js';
import type { RoleRecord } from './schema.js';

const KEY_DIFFERENCES = 'Key differences between IT ops specialists vs. IT ops managers';
const MANAGER_SKILLS = 'Skill development for IT operations managers';
const SPECIALIST_SKILLS = 'Skill development for IT operations specialists';

const MANAGER_MIX =
  'To succeed in this leadership role, IT operations managers should focus on a mix of technical, managerial and strategic skills.';
const SPECIALIST_EMPHASIS = 'The IT operations specialist role emphasizes configuration, problem-solving and technical expertise.';

/**
 * Why each role is linked to the ITIL IT operations function. The article places the roles in the
 * IT ops team and says IT ops is one of the four ITIL functions, but no sentence says a role works
 * in the ITIL function: the link is the maintainers' reading of the two (the team's sentences are
 * cited by claims).
 */
const WORKS_IN_IT_OPERATIONS =
  'The article places the role in the IT ops team ("Within the IT ops team, roles range from specialists to managers…"; "An IT operations team typically includes a mix of specialists and generalists.") and calls IT ops one of four ITIL functions; that the role works in the ITIL IT operations function is our reading of the two.';

/** The roles the article compares, plus the generalists it places on the same team. */
export const roles: RoleRecord[] = [
  {
    slug: 'it-operations-manager',
    name: 'IT operations manager',
    description:
      "The IT operations manager oversees the organization's IT infrastructure and operations, ensuring IT services' availability, reliability and efficiency.",
    alternativeLabels: ['IT ops manager', 'ops manager'],
    provenance: {
      quote:
        "The IT operations manager oversees the organization's IT infrastructure and operations, ensuring IT services' availability, reliability and efficiency.",
    },
    responsibilities: [
      {
        to: 'service-delivery',
        statement: 'Managing IT operations to ensure smooth and reliable service delivery.',
        // The list's first item carries the list's lead-in, which says whose key responsibilities these are.
        quote:
          'Key responsibilities of IT ops managers include the following: - Service delivery. Managing IT operations to ensure smooth and reliable service delivery.',
      },
      {
        to: 'performance-metrics',
        statement: 'Setting and monitoring key performance indicators.',
        quote: 'Performance metrics. Setting and monitoring key performance indicators.',
      },
      {
        to: 'service-levels',
        statement: 'Maintaining and improving service-level agreements (SLAs).',
        quote: 'Service levels. Maintaining and improving service-level agreements (SLAs).',
      },
      {
        to: 'team-management',
        statement: 'Hiring, training and leading the IT operations team.',
        quote: 'Team management. Hiring, training and leading the IT operations team.',
      },
      {
        to: 'budgeting-and-vendor-coordination',
        statement: 'Managing budgets and collaborating with external vendors.',
        quote: 'Budgeting and vendor coordination. Managing budgets and collaborating with external vendors.',
      },
      {
        to: 'resource-allocation',
        statement: 'Optimizing the use of IT resources.',
        quote: 'Resource allocation. Optimizing the use of IT resources.',
      },
      {
        to: 'infrastructure-management',
        statement: 'Overseeing on-premises, virtual and cloud-based IT resources.',
        quote: 'Infrastructure management. Overseeing on-premises, virtual and cloud-based IT resources.',
      },
      {
        to: 'security-oversight',
        statement: 'Ensuring compliance, updates, configuration and monitoring of security measures.',
        quote: 'Security oversight. Ensuring compliance, updates, configuration and monitoring of security measures.',
      },
      {
        to: 'incident-response',
        statement: 'Planning for and managing disaster recovery and incident response.',
        quote: 'Incident response. Planning for and managing disaster recovery and incident response.',
      },
      {
        to: 'stakeholder-communication',
        statement: 'Reporting and collaborating with organizational leaders.',
        quote: 'Stakeholder communication. Reporting and collaborating with organizational leaders.',
      },
    ],
    skillDomains: [
      {
        to: 'service-management',
        // The first heading carries the lead-in that says the certifications under these headings are recommended.
        quote: 'Recommended certifications include the following: Service management',
        section: 'Skill development for IT operations managers',
      },
      {
        to: 'project-management',
        quote: 'Project management',
        section: 'Skill development for IT operations managers',
      },
      {
        to: 'security-management',
        quote: 'Security management',
        section: 'Skill development for IT operations managers',
      },
    ],
    leads: [
      {
        to: 'it-operations-specialist',
        quote: 'An IT operations manager leads the team and ensures it remains focused on business goals.',
      },
      {
        to: 'it-operations-generalist',
        quote: 'An IT operations manager leads the team and ensures it remains focused on business goals.',
      },
    ],
    itilFunctions: [{ to: 'it-operations', rationale: WORKS_IN_IT_OPERATIONS }],
    stances: [
      {
        to: 'leadership',
        statement:
          "Leads the IT operations department: provides direction, sets priorities and keeps the team's efforts aligned with the organization's broader goals.",
        quote:
          "IT ops managers are responsible for leading the IT operations department. Their role involves providing direction, setting priorities and ensuring the team's efforts align with the organization's broader goals.",
        section: KEY_DIFFERENCES,
      },
      {
        to: 'strategy',
        statement: "Defines the department's long-term direction and aligns IT operations with business objectives.",
        quote:
          "Strategically, IT ops managers define the department's long-term direction. They focus on aligning IT operations with business objectives and ensuring their team's efforts contribute to organizational success.",
        section: KEY_DIFFERENCES,
      },
      {
        to: 'organizational-responsibilities',
        statement: 'Oversees the delegation of tasks and makes sure responsibilities are distributed effectively across the team.',
        quote:
          'When it comes to responsibilities, IT ops managers oversee the delegation of tasks and ensure that responsibilities are distributed effectively across the team.',
        section: KEY_DIFFERENCES,
      },
      {
        to: 'technical-expertise',
        statement:
          "Primarily focused on strategy, but needs enough technical knowledge to understand the department's requirements, help with daily operations when necessary and steer the team.",
        quote:
          "The technical expectations of these roles also differ. IT ops managers, while primarily focused on strategy, must possess enough technical knowledge to understand the department's requirements, assist with daily operations when necessary and steer the team's overall direction.",
        section: KEY_DIFFERENCES,
      },
    ],
    technicalAreas: [
      {
        to: 'cloud-computing',
        qualifier: 'MUST_UNDERSTAND',
        statement: 'Must understand cloud computing, even when stepping back from day-to-day technical tasks.',
        quote:
          'While the role might involve stepping back from day-to-day technical tasks, the IT operations manager must understand technologies such as cloud computing, networking and cybersecurity.',
      },
      {
        to: 'networking',
        qualifier: 'MUST_UNDERSTAND',
        statement: 'Must understand networking, even when stepping back from day-to-day technical tasks.',
        quote:
          'While the role might involve stepping back from day-to-day technical tasks, the IT operations manager must understand technologies such as cloud computing, networking and cybersecurity.',
      },
      {
        to: 'cybersecurity',
        qualifier: 'MUST_UNDERSTAND',
        statement: 'Must understand cybersecurity, even when stepping back from day-to-day technical tasks.',
        quote:
          'While the role might involve stepping back from day-to-day technical tasks, the IT operations manager must understand technologies such as cloud computing, networking and cybersecurity.',
      },
      {
        to: 'operating-systems',
        qualifier: 'INVALUABLE',
        statement:
          'Maintaining technical skills in operating systems (as in cloud computing and security) can be invaluable for addressing complex challenges and guiding the team.',
        quote:
          'As noted, although the role leans heavily on strategic oversight, maintaining technical skills in areas such as cloud computing, security and OSes can be invaluable for addressing complex challenges and guiding the team effectively.',
      },
    ],
    competencies: [
      {
        to: 'technical-skills',
        statement: 'Should focus on technical skills, as part of a mix of technical, managerial and strategic skills.',
        quote: MANAGER_MIX,
        section: MANAGER_SKILLS,
      },
      {
        to: 'managerial-skills',
        statement: 'Should focus on managerial skills, as part of a mix of technical, managerial and strategic skills.',
        quote: MANAGER_MIX,
        section: MANAGER_SKILLS,
      },
      {
        to: 'strategic-skills',
        statement: 'Should focus on strategic skills, as part of a mix of technical, managerial and strategic skills.',
        quote: MANAGER_MIX,
        section: MANAGER_SKILLS,
      },
    ],
    occupations: [
      {
        // ESCO's own record supports the match: it lists "IT operations manager" among the occupation's alternative labels.
        to: ESCO_OCCUPATIONS.ictOperationsManager,
        qualifier: 'EXACT',
        imported: { record: escoOccupationUri(ESCO_OCCUPATIONS.ictOperationsManager) },
      },
    ],
  },
  {
    slug: 'it-operations-specialist',
    name: 'IT operations specialist',
    description: 'An IT operations specialist is a technical, hands-on role focusing on the daily operations of systems and networks.',
    alternativeLabels: ['IT ops specialist', 'ops specialist'],
    provenance: {
      quote: 'An IT operations specialist is a technical, hands-on role focusing on the daily operations of systems and networks.',
    },
    responsibilities: [
      {
        to: 'system-operations',
        statement: 'Deployment, support and maintenance of IT systems.',
        // The list's first item carries the list's lead-in, which says whose key responsibilities these are.
        quote:
          'Key responsibilities of IT operations specialists include the following: - System operations. Deployment, support and maintenance of IT systems.',
      },
      {
        to: 'application-and-system-updates',
        statement: 'Patching and updating software to ensure optimal performance.',
        quote: 'Application and system updates. Patching and updating software to ensure optimal performance.',
      },
      {
        to: 'backup-and-restore',
        statement: 'Managing backups and recovery processes.',
        quote: 'Backup and restore. Managing backups and recovery processes.',
      },
      {
        to: 'security-configurations',
        statement: 'Implementing and maintaining security measures.',
        quote: 'Security configurations. Implementing and maintaining security measures.',
      },
      {
        to: 'incident-response',
        statement: 'Troubleshooting and resolving technical issues.',
        quote: 'Incident response. Troubleshooting and resolving technical issues.',
      },
      {
        to: 'user-support',
        statement: 'Providing technical assistance to end users.',
        quote: 'User support. Providing technical assistance to end users.',
      },
      {
        to: 'application-management',
        statement: 'Installing, testing and maintaining applications.',
        quote: 'Application management. Installing, testing and maintaining applications.',
      },
      {
        to: 'documentation',
        statement: 'Maintaining IT documentation and developing standard operating procedures.',
        quote: 'Documentation. Maintaining IT documentation and developing standard operating procedures.',
      },
      {
        to: 'special-projects',
        statement: 'Handling additional tasks assigned by the IT operations manager.',
        quote: 'Special projects. Handling additional tasks assigned by the IT operations manager.',
      },
    ],
    primaryAreas: [
      {
        to: 'system-support',
        quote: 'The role typically revolves around two primary areas: system support and user support.',
      },
      {
        to: 'user-support',
        quote: 'The role typically revolves around two primary areas: system support and user support.',
      },
    ],
    skillDomains: [
      {
        to: 'system-management',
        // The first heading carries the lead-in that says the certifications under these headings are recommended.
        quote: 'Recommended certifications include the following: System management',
        section: 'Skill development for IT operations specialists',
      },
      {
        to: 'security',
        quote: 'Security',
        section: 'Skill development for IT operations specialists',
      },
      {
        to: 'network-management',
        quote: 'Network management',
        section: 'Skill development for IT operations specialists',
      },
      {
        to: 'cloud-services',
        quote: 'Cloud services',
        section: 'Skill development for IT operations specialists',
      },
    ],
    itilFunctions: [{ to: 'it-operations', rationale: WORKS_IN_IT_OPERATIONS }],
    stances: [
      {
        to: 'leadership',
        statement:
          "Has fewer leadership responsibilities: may occasionally delegate tasks or help coordinate specific projects, but mainly executes the department's technical and operational work.",
        quote:
          "In contrast, IT ops specialists have fewer leadership responsibilities. While they might occasionally delegate tasks or assist in coordinating specific projects, their primary focus is on executing the department's technical and operational aspects.",
        section: KEY_DIFFERENCES,
      },
      {
        to: 'strategy',
        statement:
          "Implements the tactical elements of the manager's strategy, keeping day-to-day operations running smoothly and efficiently.",
        quote:
          "IT ops specialists, on the other hand, are tasked with implementing the tactical elements of this strategy. Their work ensures that the IT department's day-to-day operations run smoothly and efficiently.",
        section: KEY_DIFFERENCES,
      },
      {
        to: 'organizational-responsibilities',
        statement: 'Receives the tasks the manager delegates.',
        quote: 'Specialists, in turn, receive these delegated tasks.',
        section: KEY_DIFFERENCES,
      },
      {
        to: 'technical-expertise',
        statement:
          'Deeply immersed in technical work: needs high technical proficiency, especially in system administration and troubleshooting, and must keep acquiring new skills.',
        quote:
          'Specialists, by contrast, are deeply immersed in the technical aspects of IT operations. Their role requires high technical proficiency, particularly in system administration and troubleshooting. Specialists must also remain adaptable, continually acquiring new skills to keep pace with rapidly evolving technologies.',
        section: KEY_DIFFERENCES,
      },
    ],
    technicalAreas: [
      {
        to: 'database-management',
        qualifier: 'MAY_FOCUS_ON',
        statement: 'Specialists may focus on database management as their specific area.',
        quote: 'Specialists focus on specific areas, such as database management or cloud infrastructure.',
      },
      {
        to: 'cloud-infrastructure',
        qualifier: 'MAY_FOCUS_ON',
        statement: 'Specialists may focus on cloud infrastructure as their specific area.',
        quote: 'Specialists focus on specific areas, such as database management or cloud infrastructure.',
      },
      {
        to: 'system-administration',
        qualifier: 'HIGH_PROFICIENCY',
        statement: 'Requires high technical proficiency in system administration.',
        quote: 'Their role requires high technical proficiency, particularly in system administration and troubleshooting.',
      },
      {
        to: 'troubleshooting',
        qualifier: 'HIGH_PROFICIENCY',
        statement: 'Requires high technical proficiency in troubleshooting.',
        quote: 'Their role requires high technical proficiency, particularly in system administration and troubleshooting.',
      },
    ],
    competencies: [
      { to: 'configuration', statement: 'The role emphasizes configuration.', quote: SPECIALIST_EMPHASIS, section: SPECIALIST_SKILLS },
      { to: 'problem-solving', statement: 'The role emphasizes problem-solving.', quote: SPECIALIST_EMPHASIS, section: SPECIALIST_SKILLS },
      {
        to: 'technical-expertise-competency',
        statement: 'The role emphasizes technical expertise.',
        quote: SPECIALIST_EMPHASIS,
        section: SPECIALIST_SKILLS,
      },
      {
        to: 'adaptability',
        statement: 'Must remain adaptable, continually acquiring new skills to keep pace with rapidly evolving technologies.',
        quote: 'Specialists must also remain adaptable, continually acquiring new skills to keep pace with rapidly evolving technologies.',
        section: KEY_DIFFERENCES,
      },
    ],
    occupations: [
      {
        to: ESCO_OCCUPATIONS.ictSystemAdministrator,
        qualifier: 'CLOSE',
        rationale:
          'The specialist is "a technical, hands-on role focusing on the daily operations of systems and networks" needing "high technical proficiency, particularly in system administration and troubleshooting"; ESCO\'s ICT system administrator does "the upkeep, configuration, and reliable operation of computer and network systems", troubleshooting, support, security and backup. Close, not exact: specialists may focus on other areas (databases, cloud), and ESCO\'s occupation also programs and supervises.',
      },
      {
        to: ESCO_OCCUPATIONS.ictNetworkTechnician,
        qualifier: 'RELATED',
        rationale:
          "The specialist's work spans networks (\"the daily operations of systems and networks\") and the article recommends network-management certifications (CCNA, Network+) for it; ESCO's ICT network technician installs, maintains and troubleshoots networks. Related, neither broader nor narrower: the technician's work is one part of the specialist's, placed by ESCO at ISCO's technician level (3513), and neither stands for the other.",
      },
    ],
  },
  {
    slug: 'it-operations-generalist',
    name: 'IT operations generalist',
    description:
      'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
    alternativeLabels: ['IT ops generalist', 'ops generalist', 'generalist'],
    provenance: {
      quote:
        'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
    },
    itilFunctions: [{ to: 'it-operations', rationale: WORKS_IN_IT_OPERATIONS }],
    technicalAreas: [
      {
        to: 'troubleshooting',
        qualifier: 'HANDLES',
        statement: 'Handles troubleshooting across diverse systems as part of daily tasks.',
        quote:
          'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
      },
      {
        to: 'linux',
        qualifier: 'OFTEN_SPANS',
        statement: 'Often works across Linux environments.',
        quote:
          'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
      },
      {
        to: 'windows',
        qualifier: 'OFTEN_SPANS',
        statement: 'Often works across Windows environments.',
        quote:
          'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
      },
    ],
    occupations: [
      {
        to: ESCO_OCCUPATIONS.ictTechnician,
        qualifier: 'CLOSE',
        rationale:
          'The article\'s generalists "handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments"; ESCO\'s ICT technician (alternative labels "IT technician", "IT officer") installs, maintains, repairs and operates information systems and any type of software, operating systems included. Close, not exact: the article says little more about the generalist, and ESCO places the occupation among ICT user support technicians (ISCO 3512).',
      },
    ],
  },
];
