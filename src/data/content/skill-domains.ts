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
  },
];
