import { ESCO_SKILLS } from './esco-concepts.js';
import type { CertificationRecord } from './schema.js';

/**
 * The certifications the article recommends, named as it writes them (the acronym it gives in
 * parentheses is in `acronym`). Which organisation issues each one is curated.
 */
export const certifications: CertificationRecord[] = [
  {
    slug: 'pmp',
    name: 'Project Management Professional',
    acronym: 'PMP',
    description: "PMI's professional certification in project management, recommended by the article for IT operations managers.",
    alternativeLabels: ['PMP'],
    provenance: { quote: 'Project Management Professional (PMP).' },
    issuer: { to: 'pmi', rationale: 'The PMP is awarded by the Project Management Institute (PMI).' },
    escoSkills: [
      {
        to: ESCO_SKILLS.projectManagement,
        rationale: 'PMI\'s PMP certifies knowledge of project management, which ESCO\'s "project management" concept names.',
      },
      {
        to: ESCO_SKILLS.performProjectManagement,
        rationale:
          'The PMP requires experience leading projects and tests planning and managing their resources, budget, schedule and quality: ESCO\'s "perform project management".',
      },
    ],
  },
  {
    slug: 'comptia-project-plus',
    name: 'CompTIA Project+',
    description: "CompTIA's entry-level project management certification, recommended by the article for IT operations managers.",
    alternativeLabels: ['Project+', 'Project Plus', 'CompTIA Project Plus'],
    provenance: { quote: 'CompTIA Project+.' },
    issuer: { to: 'comptia', rationale: "Project+ is one of CompTIA's certifications, as its name says." },
    escoSkills: [
      {
        to: ESCO_SKILLS.projectManagement,
        rationale: 'CompTIA Project+ is an entry-level certification of project management knowledge (ESCO\'s "project management").',
      },
    ],
  },
  {
    slug: 'cisa',
    name: 'Certified Information Systems Auditor',
    acronym: 'CISA',
    description:
      "ISACA's certification in auditing, control and assurance of information systems, recommended by the article for IT operations managers.",
    alternativeLabels: ['CISA'],
    provenance: { quote: 'Certified Information Systems Auditor (CISA).' },
    issuer: { to: 'isaca', rationale: 'The CISA certification is issued by ISACA.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.executeIctAudits,
        rationale:
          'CISA certifies auditing of information systems; ESCO\'s "execute ICT audits" is organising and executing audits of ICT systems, their compliance and information security.',
      },
    ],
  },
  {
    slug: 'cissp',
    name: 'Certified Information Systems Security Professional',
    acronym: 'CISSP',
    description:
      "ISC2's certification in designing, implementing and managing information security programs, recommended by the article for IT operations managers.",
    alternativeLabels: ['CISSP'],
    provenance: { quote: 'Certified Information Systems Security Professional (CISSP).' },
    issuer: { to: 'isc2', rationale: 'The CISSP certification is issued by ISC2.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.informationSecurityStrategy,
        rationale:
          'CISSP\'s domains start with security and risk management; ESCO\'s "information security strategy" (objectives, risk measures, controls, metrics) is that knowledge.',
      },
      {
        to: ESCO_SKILLS.cyberSecurity,
        rationale: 'CISSP covers protecting systems, networks and data as a whole: ESCO\'s knowledge concept "cyber security".',
      },
    ],
  },
  {
    slug: 'microsoft-certified-windows-server-hybrid-administrator-associate',
    name: 'Microsoft Certified: Windows Server Hybrid Administrator Associate',
    description:
      "Microsoft's certification in administering Windows Server workloads on premises and in hybrid and Azure environments, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Windows Server Hybrid Administrator Associate', 'Windows Server Hybrid Administrator'],
    provenance: { quote: 'Microsoft Certified: Windows Server Hybrid Administrator Associate.' },
    issuer: { to: 'microsoft', rationale: 'A "Microsoft Certified" credential, issued by Microsoft.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.administerIctSystem,
        rationale:
          'The certification is for administrators of Windows Server (configuration, users, monitoring, backup): ESCO\'s "administer ICT system".',
      },
      {
        to: ESCO_SKILLS.operatingSystems,
        rationale: 'It attests knowledge of an operating system, Windows Server: ESCO\'s knowledge concept "operating systems".',
      },
    ],
  },
  {
    slug: 'rhce',
    name: 'Red Hat Certified Engineer',
    acronym: 'RHCE',
    description:
      "Red Hat's advanced Linux system administration and automation certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['RHCE'],
    provenance: { quote: 'Red Hat Certified Engineer (RHCE).' },
    issuer: { to: 'red-hat', rationale: 'The RHCE is a Red Hat certification, as its name says.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.administerIctSystem,
        rationale:
          'RHCE builds on RHCSA: administering (and automating the administration of) Red Hat Enterprise Linux systems, ESCO\'s "administer ICT system".',
      },
      {
        to: ESCO_SKILLS.operatingSystems,
        rationale: 'It attests knowledge of an operating system, Red Hat Enterprise Linux: ESCO\'s knowledge concept "operating systems".',
      },
    ],
  },
  {
    slug: 'rhcsa',
    name: 'Red Hat Certified System Administrator',
    acronym: 'RHCSA',
    description: "Red Hat's core Linux system administration certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['RHCSA'],
    provenance: { quote: 'Red Hat Certified System Administrator (RHCSA).' },
    issuer: { to: 'red-hat', rationale: 'The RHCSA is a Red Hat certification, as its name says.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.administerIctSystem,
        rationale:
          'RHCSA certifies system administration of Red Hat Enterprise Linux (users, storage, services, security): ESCO\'s "administer ICT system".',
      },
      {
        to: ESCO_SKILLS.operatingSystems,
        rationale: 'It attests knowledge of an operating system, Red Hat Enterprise Linux: ESCO\'s knowledge concept "operating systems".',
      },
    ],
  },
  {
    slug: 'comptia-security-plus',
    name: 'CompTIA Security+',
    description:
      "CompTIA's vendor-neutral foundational cybersecurity certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Security+', 'Security Plus', 'Sec+', 'CompTIA Security Plus'],
    provenance: { quote: 'CompTIA Security+.' },
    issuer: { to: 'comptia', rationale: "Security+ is one of CompTIA's certifications, as its name says." },
    escoSkills: [
      {
        to: ESCO_SKILLS.cyberSecurity,
        rationale: 'Security+ is CompTIA\'s baseline cybersecurity certification: ESCO\'s knowledge concept "cyber security".',
      },
    ],
  },
  {
    slug: 'ceh',
    name: 'Certified Ethical Hacker',
    acronym: 'CEH',
    description:
      "EC-Council's certification in ethical hacking and penetration-testing techniques, recommended by the article for IT operations specialists.",
    alternativeLabels: ['CEH', 'C|EH'],
    provenance: { quote: 'Certified Ethical Hacker (CEH).' },
    issuer: { to: 'ec-council', rationale: 'The CEH certification is issued by EC-Council.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.performIctSecurityTesting,
        rationale:
          'CEH certifies ethical hacking, i.e. penetration testing of networks and systems: ESCO\'s "perform ICT security testing".',
      },
      {
        to: ESCO_SKILLS.cyberSecurity,
        rationale: 'CEH attests knowledge of attacks and countermeasures on ICT systems: ESCO\'s knowledge concept "cyber security".',
      },
    ],
  },
  {
    slug: 'ccna',
    name: 'Cisco Certified Network Associate',
    acronym: 'CCNA',
    description: "Cisco's associate-level networking certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['CCNA'],
    provenance: { quote: 'Cisco Certified Network Associate (CCNA).' },
    issuer: { to: 'cisco', rationale: 'The CCNA is a Cisco certification, as its name says.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.ictNetworkRouting,
        rationale: 'CCNA\'s exam covers IP connectivity and routing: ESCO\'s knowledge concept "ICT network routing".',
      },
      {
        to: ESCO_SKILLS.networkManagementSystemTools,
        rationale: 'CCNA covers network operation and monitoring tools, ESCO\'s "network management system tools".',
      },
    ],
  },
  {
    slug: 'comptia-network-plus',
    name: 'CompTIA Network+',
    description: "CompTIA's vendor-neutral networking certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Network+', 'Network Plus', 'Net+', 'CompTIA Network Plus'],
    provenance: { quote: 'CompTIA Network+.' },
    issuer: { to: 'comptia', rationale: "Network+ is one of CompTIA's certifications, as its name says." },
    escoSkills: [
      {
        to: ESCO_SKILLS.networkManagementSystemTools,
        rationale: 'Network+ covers network operations, including monitoring tools: ESCO\'s "network management system tools".',
      },
      {
        to: ESCO_SKILLS.ictNetworkRouting,
        rationale: 'Network+ covers routing among networking concepts: ESCO\'s "ICT network routing".',
      },
    ],
  },
  {
    slug: 'aws-certified-sysops-administrator-associate',
    name: 'AWS Certified SysOps Administrator-Associate',
    description:
      "AWS's associate-level certification in deploying, managing and operating workloads on AWS, recommended by the article for IT operations specialists.",
    alternativeLabels: ['AWS SysOps Administrator', 'AWS Certified SysOps Administrator – Associate', 'AWS SysOps'],
    provenance: { quote: 'AWS Certified SysOps Administrator-Associate.' },
    issuer: { to: 'aws', rationale: 'An "AWS Certified" credential, issued by Amazon Web Services.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.cloudTechnologies,
        rationale: 'An AWS cloud operations certification: ESCO\'s knowledge concept "cloud technologies".',
      },
      {
        to: ESCO_SKILLS.deployCloudResource,
        rationale: 'It tests provisioning and deploying resources on AWS: ESCO\'s "deploy cloud resource".',
      },
    ],
  },
  {
    slug: 'microsoft-certified-azure-administrator-associate',
    name: 'Microsoft Certified: Azure Administrator Associate',
    description:
      "Microsoft's certification in implementing, managing and monitoring Azure environments, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Azure Administrator Associate', 'Azure Administrator'],
    provenance: { quote: 'Microsoft Certified: Azure Administrator Associate.' },
    issuer: { to: 'microsoft', rationale: 'A "Microsoft Certified" credential, issued by Microsoft.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.cloudTechnologies,
        rationale: 'An Azure administration certification: ESCO\'s knowledge concept "cloud technologies".',
      },
      {
        to: ESCO_SKILLS.deployCloudResource,
        rationale: 'It tests deploying and managing Azure compute, storage and network resources: ESCO\'s "deploy cloud resource".',
      },
    ],
  },
  {
    slug: 'google-associate-cloud-engineer',
    name: 'Google Associate Cloud Engineer',
    description:
      "Google Cloud's associate-level certification in deploying and operating applications and infrastructure on Google Cloud, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Associate Cloud Engineer', 'Google Cloud Associate Cloud Engineer'],
    provenance: { quote: 'Google Associate Cloud Engineer.' },
    issuer: { to: 'google', rationale: 'A Google Cloud certification, issued by Google.' },
    escoSkills: [
      {
        to: ESCO_SKILLS.cloudTechnologies,
        rationale: 'A Google Cloud certification: ESCO\'s knowledge concept "cloud technologies".',
      },
      {
        to: ESCO_SKILLS.deployCloudResource,
        rationale: 'It tests deploying applications and infrastructure on Google Cloud: ESCO\'s "deploy cloud resource".',
      },
    ],
  },
  {
    slug: 'comptia-cloud-plus',
    name: 'CompTIA Cloud+',
    description:
      "CompTIA's vendor-neutral cloud infrastructure and operations certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Cloud+', 'Cloud Plus', 'CompTIA Cloud Plus'],
    provenance: { quote: 'CompTIA Cloud+.' },
    issuer: { to: 'comptia', rationale: "Cloud+ is one of CompTIA's certifications, as its name says." },
    escoSkills: [
      {
        to: ESCO_SKILLS.cloudTechnologies,
        rationale: 'A vendor-neutral cloud infrastructure certification: ESCO\'s knowledge concept "cloud technologies".',
      },
      {
        to: ESCO_SKILLS.deployCloudResource,
        rationale: 'Cloud+ covers deploying cloud resources: ESCO\'s "deploy cloud resource".',
      },
    ],
  },
];
