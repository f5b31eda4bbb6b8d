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
  },
  {
    slug: 'comptia-project-plus',
    name: 'CompTIA Project+',
    description: "CompTIA's entry-level project management certification, recommended by the article for IT operations managers.",
    alternativeLabels: ['Project+', 'Project Plus', 'CompTIA Project Plus'],
    provenance: { quote: 'CompTIA Project+.' },
    issuer: { to: 'comptia', rationale: "Project+ is one of CompTIA's certifications, as its name says." },
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
  },
  {
    slug: 'microsoft-certified-windows-server-hybrid-administrator-associate',
    name: 'Microsoft Certified: Windows Server Hybrid Administrator Associate',
    description:
      "Microsoft's certification in administering Windows Server workloads on premises and in hybrid and Azure environments, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Windows Server Hybrid Administrator Associate', 'Windows Server Hybrid Administrator'],
    provenance: { quote: 'Microsoft Certified: Windows Server Hybrid Administrator Associate.' },
    issuer: { to: 'microsoft', rationale: 'A "Microsoft Certified" credential, issued by Microsoft.' },
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
  },
  {
    slug: 'rhcsa',
    name: 'Red Hat Certified System Administrator',
    acronym: 'RHCSA',
    description: "Red Hat's core Linux system administration certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['RHCSA'],
    provenance: { quote: 'Red Hat Certified System Administrator (RHCSA).' },
    issuer: { to: 'red-hat', rationale: 'The RHCSA is a Red Hat certification, as its name says.' },
  },
  {
    slug: 'comptia-security-plus',
    name: 'CompTIA Security+',
    description:
      "CompTIA's vendor-neutral foundational cybersecurity certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Security+', 'Security Plus', 'Sec+', 'CompTIA Security Plus'],
    provenance: { quote: 'CompTIA Security+.' },
    issuer: { to: 'comptia', rationale: "Security+ is one of CompTIA's certifications, as its name says." },
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
  },
  {
    slug: 'ccna',
    name: 'Cisco Certified Network Associate',
    acronym: 'CCNA',
    description: "Cisco's associate-level networking certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['CCNA'],
    provenance: { quote: 'Cisco Certified Network Associate (CCNA).' },
    issuer: { to: 'cisco', rationale: 'The CCNA is a Cisco certification, as its name says.' },
  },
  {
    slug: 'comptia-network-plus',
    name: 'CompTIA Network+',
    description: "CompTIA's vendor-neutral networking certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Network+', 'Network Plus', 'Net+', 'CompTIA Network Plus'],
    provenance: { quote: 'CompTIA Network+.' },
    issuer: { to: 'comptia', rationale: "Network+ is one of CompTIA's certifications, as its name says." },
  },
  {
    slug: 'aws-certified-sysops-administrator-associate',
    name: 'AWS Certified SysOps Administrator-Associate',
    description:
      "AWS's associate-level certification in deploying, managing and operating workloads on AWS, recommended by the article for IT operations specialists.",
    alternativeLabels: ['AWS SysOps Administrator', 'AWS Certified SysOps Administrator – Associate', 'AWS SysOps'],
    provenance: { quote: 'AWS Certified SysOps Administrator-Associate.' },
    issuer: { to: 'aws', rationale: 'An "AWS Certified" credential, issued by Amazon Web Services.' },
  },
  {
    slug: 'microsoft-certified-azure-administrator-associate',
    name: 'Microsoft Certified: Azure Administrator Associate',
    description:
      "Microsoft's certification in implementing, managing and monitoring Azure environments, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Azure Administrator Associate', 'Azure Administrator'],
    provenance: { quote: 'Microsoft Certified: Azure Administrator Associate.' },
    issuer: { to: 'microsoft', rationale: 'A "Microsoft Certified" credential, issued by Microsoft.' },
  },
  {
    slug: 'google-associate-cloud-engineer',
    name: 'Google Associate Cloud Engineer',
    description:
      "Google Cloud's associate-level certification in deploying and operating applications and infrastructure on Google Cloud, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Associate Cloud Engineer', 'Google Cloud Associate Cloud Engineer'],
    provenance: { quote: 'Google Associate Cloud Engineer.' },
    issuer: { to: 'google', rationale: 'A Google Cloud certification, issued by Google.' },
  },
  {
    slug: 'comptia-cloud-plus',
    name: 'CompTIA Cloud+',
    description:
      "CompTIA's vendor-neutral cloud infrastructure and operations certification, recommended by the article for IT operations specialists.",
    alternativeLabels: ['Cloud+', 'Cloud Plus', 'CompTIA Cloud Plus'],
    provenance: { quote: 'CompTIA Cloud+.' },
    issuer: { to: 'comptia', rationale: "Cloud+ is one of CompTIA's certifications, as its name says." },
  },
];
