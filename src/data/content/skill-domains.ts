import { ESCO_SKILLS } from './esco-concepts.js';
import type { SkillDomainRecord } from './schema.js';

const MANAGERS = 'Skill development for IT operations managers';
const SPECIALISTS = 'Skill development for IT operations specialists';

/** The headings under which the article recommends certifications, with the certifications it lists. */
export const skillDomains: SkillDomainRecord[] = [
  {
    slug: 'service-management',
    name: 'Service management',
    description:
      'IT service management: designing, delivering, supporting and improving IT services to meet business needs. The article recommends it for IT operations managers but lists no certifications under it.',
    alternativeLabels: ['IT service management', 'ITSM'],
    provenance: { quote: 'Service management', section: MANAGERS },
  },
  {
    slug: 'project-management',
    name: 'Project management',
    description:
      'Planning, executing and controlling projects: scope, schedule, cost, resources, procurement, stakeholders and communication.',
    alternativeLabels: [],
    provenance: { quote: 'Project management', section: MANAGERS },
    certifications: [
      { to: 'pmp', quote: 'Project Management Professional (PMP).' },
      { to: 'comptia-project-plus', quote: 'CompTIA Project+.' },
    ],
    escoSkills: [
      {
        to: ESCO_SKILLS.projectManagement,
        rationale:
          'The domain is project management, and ESCO\'s knowledge concept "project management" is the same field (time, resources, requirements, deadlines).',
      },
      {
        to: ESCO_SKILLS.performProjectManagement,
        rationale:
          "ESCO's \"perform project management\" (plan and manage a project's resources, budget, deadlines and quality) is the practice the domain's certifications test.",
      },
    ],
  },
  {
    slug: 'security-management',
    name: 'Security management',
    description: "Governing, auditing and managing an organization's information security: policy, risk, compliance and controls.",
    alternativeLabels: ['information security management', 'security governance'],
    provenance: { quote: 'Security management', section: MANAGERS },
    certifications: [
      { to: 'cisa', quote: 'Certified Information Systems Auditor (CISA).' },
      { to: 'cissp', quote: 'Certified Information Systems Security Professional (CISSP).' },
    ],
    escoSkills: [
      {
        to: ESCO_SKILLS.manageItSecurityCompliances,
        rationale:
          'Security management, as the domain is described here, includes compliance; ESCO\'s "manage IT security compliances" is applying standards, best practices and legal requirements for information security.',
      },
      {
        to: ESCO_SKILLS.informationSecurityStrategy,
        rationale:
          'ESCO\'s "information security strategy" (objectives, risk measures, control objectives, metrics) is the governing side of security management that the article\'s managers are to be certified in.',
      },
    ],
  },
  {
    slug: 'system-management',
    name: 'System management',
    description: 'Installing, configuring, maintaining and supporting server operating systems and the software that runs on them.',
    alternativeLabels: ['systems management', 'server administration'],
    provenance: { quote: 'System management', section: SPECIALISTS },
    certifications: [
      {
        to: 'microsoft-certified-windows-server-hybrid-administrator-associate',
        quote: 'Microsoft Certified: Windows Server Hybrid Administrator Associate.',
      },
      { to: 'rhce', quote: 'Red Hat Certified Engineer (RHCE).' },
      { to: 'rhcsa', quote: 'Red Hat Certified System Administrator (RHCSA).' },
    ],
    escoSkills: [
      {
        to: ESCO_SKILLS.administerIctSystem,
        rationale:
          'The domain\'s certifications (Windows Server, RHCSA, RHCE) are system administration; ESCO\'s "administer ICT system" is maintaining configuration, managing users, monitoring resources, performing backups and installing software.',
      },
    ],
  },
  {
    slug: 'security',
    name: 'Security',
    description: 'Hands-on IT security: securing systems and networks, detecting and responding to threats and testing defenses.',
    alternativeLabels: ['IT security', 'information security'],
    provenance: { quote: 'Security', section: SPECIALISTS },
    certifications: [
      { to: 'comptia-security-plus', quote: 'CompTIA Security+.' },
      { to: 'ceh', quote: 'Certified Ethical Hacker (CEH).' },
    ],
    escoSkills: [
      {
        to: ESCO_SKILLS.cyberSecurity,
        rationale:
          'The specialists\' security domain (Security+, CEH) is protecting systems and networks; ESCO\'s knowledge concept "cyber security" is the methods that protect ICT systems, networks, devices and data against unauthorised use.',
      },
    ],
  },
  {
    slug: 'network-management',
    name: 'Network management',
    description: 'Configuring, operating, monitoring and troubleshooting computer networks.',
    alternativeLabels: ['network administration'],
    provenance: { quote: 'Network management', section: SPECIALISTS },
    certifications: [
      { to: 'ccna', quote: 'Cisco Certified Network Associate (CCNA).' },
      { to: 'comptia-network-plus', quote: 'CompTIA Network+.' },
    ],
    escoSkills: [
      {
        to: ESCO_SKILLS.networkManagementSystemTools,
        rationale:
          'Network management is monitoring and supervising networks; ESCO\'s "network management system tools" is the knowledge of the tools that monitor, analyse and supervise network components.',
      },
    ],
  },
  {
    slug: 'cloud-services',
    name: 'Cloud services',
    description: 'Deploying, operating and managing workloads and resources on cloud platforms.',
    alternativeLabels: ['cloud administration', 'cloud operations'],
    provenance: { quote: 'Cloud services', section: SPECIALISTS },
    certifications: [
      { to: 'aws-certified-sysops-administrator-associate', quote: 'AWS Certified SysOps Administrator-Associate.' },
      {
        to: 'microsoft-certified-azure-administrator-associate',
        quote: 'Microsoft Certified: Azure Administrator Associate.',
      },
      { to: 'google-associate-cloud-engineer', quote: 'Google Associate Cloud Engineer.' },
      { to: 'comptia-cloud-plus', quote: 'CompTIA Cloud+.' },
    ],
    escoSkills: [
      {
        to: ESCO_SKILLS.cloudTechnologies,
        rationale:
          'The domain is cloud services; ESCO\'s knowledge concept "cloud technologies" is the technologies that give access to hardware, software, data and services through remote servers.',
      },
    ],
  },
];
