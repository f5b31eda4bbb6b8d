import type { TechnicalAreaRecord } from './schema.js';

/** Technologies and technical skills the article says the roles need; each quotes where it is named. */
export const technicalAreas: TechnicalAreaRecord[] = [
  {
    slug: 'cloud-computing',
    name: 'Cloud computing',
    description: 'Delivering computing resources such as servers, storage, databases and software on demand over the internet.',
    alternativeLabels: ['cloud'],
    provenance: {
      quote: 'the IT operations manager must understand technologies such as cloud computing, networking and cybersecurity',
    },
  },
  {
    slug: 'networking',
    name: 'Networking',
    description: 'Designing, configuring and operating the networks that connect systems, services and users.',
    alternativeLabels: ['computer networking', 'networks'],
    provenance: {
      quote: 'the IT operations manager must understand technologies such as cloud computing, networking and cybersecurity',
    },
  },
  {
    slug: 'cybersecurity',
    name: 'Cybersecurity',
    description: 'Protecting systems, networks and data from attacks, damage and unauthorized access.',
    alternativeLabels: ['security', 'IT security', 'information security'],
    provenance: {
      quote: 'the IT operations manager must understand technologies such as cloud computing, networking and cybersecurity',
    },
  },
  {
    slug: 'operating-systems',
    name: 'Operating systems',
    description: 'The system software, such as Windows and Linux, that manages computer hardware and runs applications.',
    alternativeLabels: ['OSes', 'OS', 'operating system'],
    provenance: {
      quote: 'maintaining technical skills in areas such as cloud computing, security and OSes can be invaluable',
    },
  },
  {
    slug: 'system-administration',
    name: 'System administration',
    description: 'Installing, configuring, maintaining and keeping running the servers and systems an organization relies on.',
    alternativeLabels: ['systems administration', 'sysadmin'],
    provenance: {
      quote: 'Their role requires high technical proficiency, particularly in system administration and troubleshooting.',
    },
  },
  {
    slug: 'troubleshooting',
    name: 'Troubleshooting',
    description: 'Diagnosing and resolving problems in systems, networks and applications.',
    alternativeLabels: ['problem-solving', 'diagnostics'],
    provenance: {
      quote:
        'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
    },
  },
  {
    slug: 'database-management',
    name: 'Database management',
    description: 'Administering databases: installing, configuring, securing, backing up and tuning them.',
    alternativeLabels: ['database administration', 'DBA'],
    provenance: {
      quote: 'Specialists focus on specific areas, such as database management or cloud infrastructure.',
    },
  },
  {
    slug: 'cloud-infrastructure',
    name: 'Cloud infrastructure',
    description: 'The compute, storage, network and platform resources an organization runs on cloud providers, and their operation.',
    alternativeLabels: [],
    provenance: {
      quote: 'Specialists focus on specific areas, such as database management or cloud infrastructure.',
    },
  },
  {
    slug: 'linux',
    name: 'Linux',
    description: 'The family of open-source, Unix-like operating systems widely used on servers.',
    alternativeLabels: ['GNU/Linux'],
    provenance: {
      quote:
        'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
    },
  },
  {
    slug: 'windows',
    name: 'Windows',
    description: "Microsoft's family of operating systems for desktops and servers.",
    alternativeLabels: ['Microsoft Windows'],
    provenance: {
      quote:
        'Generalists handle various daily tasks and troubleshooting across diverse systems, often spanning Linux and Windows environments.',
    },
  },
];
