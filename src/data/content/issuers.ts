import type { IssuerRecord } from './schema.js';

/**
 * The organisations that issue the recommended certifications. The article names none of them as
 * issuers, so every record here is curated.
 */
export const issuers: IssuerRecord[] = [
  {
    slug: 'pmi',
    name: 'PMI',
    description: 'The Project Management Institute, a professional association for project management that issues the PMP certification.',
    alternativeLabels: ['Project Management Institute'],
    provenance: { rationale: 'Issuer of the Project Management Professional (PMP) certification the article recommends.' },
  },
  {
    slug: 'comptia',
    name: 'CompTIA',
    description:
      'The Computing Technology Industry Association, an IT industry association that issues vendor-neutral certifications such as Project+, Security+, Network+ and Cloud+.',
    alternativeLabels: ['Computing Technology Industry Association'],
    provenance: { rationale: 'Issuer of the CompTIA Project+, Security+, Network+ and Cloud+ certifications the article recommends.' },
  },
  {
    slug: 'isaca',
    name: 'ISACA',
    description: 'A professional association for IT governance, audit, risk and security that issues the CISA certification.',
    alternativeLabels: ['Information Systems Audit and Control Association'],
    provenance: { rationale: 'Issuer of the Certified Information Systems Auditor (CISA) certification the article recommends.' },
  },
  {
    slug: 'isc2',
    name: 'ISC2',
    description: 'A nonprofit association of cybersecurity professionals that issues the CISSP certification.',
    alternativeLabels: ['ISC²', '(ISC)²', 'International Information System Security Certification Consortium'],
    provenance: {
      rationale: 'Issuer of the Certified Information Systems Security Professional (CISSP) certification the article recommends.',
    },
  },
  {
    slug: 'microsoft',
    name: 'Microsoft',
    description:
      'The technology company whose Microsoft Certified program includes the Windows Server Hybrid Administrator Associate and Azure Administrator Associate certifications.',
    alternativeLabels: ['Microsoft Corporation'],
    provenance: { rationale: 'Issuer of the two "Microsoft Certified" certifications the article recommends.' },
  },
  {
    slug: 'red-hat',
    name: 'Red Hat',
    description: 'The open-source software company behind Red Hat Enterprise Linux, which issues the RHCSA and RHCE certifications.',
    alternativeLabels: ['Red Hat, Inc.'],
    provenance: { rationale: 'Issuer of the RHCE and RHCSA certifications the article recommends.' },
  },
  {
    slug: 'ec-council',
    name: 'EC-Council',
    description:
      'The International Council of E-Commerce Consultants, a cybersecurity certification body that issues the Certified Ethical Hacker (CEH) certification.',
    alternativeLabels: ['International Council of E-Commerce Consultants', 'EC Council'],
    provenance: { rationale: 'Issuer of the Certified Ethical Hacker (CEH) certification the article recommends.' },
  },
  {
    slug: 'cisco',
    name: 'Cisco',
    description: 'The networking technology company that issues the CCNA certification.',
    alternativeLabels: ['Cisco Systems'],
    provenance: { rationale: 'Issuer of the Cisco Certified Network Associate (CCNA) certification the article recommends.' },
  },
  {
    slug: 'aws',
    name: 'AWS',
    description: "Amazon Web Services, Amazon's cloud computing platform, which issues the AWS Certified certifications.",
    alternativeLabels: ['Amazon Web Services'],
    provenance: { rationale: 'Issuer of the AWS Certified SysOps Administrator-Associate certification the article recommends.' },
  },
  {
    slug: 'google',
    name: 'Google',
    description: 'The technology company whose Google Cloud certification program includes the Associate Cloud Engineer certification.',
    alternativeLabels: ['Google Cloud'],
    provenance: { rationale: 'Issuer of the Google Associate Cloud Engineer certification the article recommends.' },
  },
];
