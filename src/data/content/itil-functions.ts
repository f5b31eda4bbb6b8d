import type { ItilFunctionRecord } from './schema.js';

const ITIL = 'IT operations in the ITIL framework';

/**
 * The four functions the article says the ITIL framework outlines. That they are the functions
 * of ITIL v3/2011 Service Operation (ITIL 4 replaced functions with 34 practices) is curated
 * knowledge, so it is in the `framework` field and the descriptions the maintainers wrote, not in a
 * quote. IT operations' description is the article's own definition of it.
 */
export const itilFunctions: ItilFunctionRecord[] = [
  {
    slug: 'it-operations',
    name: 'IT operations',
    description: "IT operations cover the processes, services and tasks managed by an organization's IT department.",
    alternativeLabels: ['IT operations management', 'IT ops', 'ITOM'],
    // That IT ops is one of four ITIL functions is the claim `it-ops-is-one-of-four-itil-functions`.
    provenance: { quote: "IT operations cover the processes, services and tasks managed by an organization's IT department." },
    responsibilities: [
      {
        to: 'infrastructure-management',
        statement: 'Overseeing on-premises and cloud-based components.',
        // The list's first item carries the list's lead-in.
        quote: 'Key tasks include the following: - Infrastructure management. Overseeing on-premises and cloud-based components.',
      },
      {
        to: 'resource-allocation',
        statement: 'Ensuring efficiency and cost-effectiveness in IT resource usage.',
        quote: 'Resource allocation. Ensuring efficiency and cost-effectiveness in IT resource usage.',
      },
      {
        to: 'service-delivery',
        statement: 'Managing the delivery of IT services to organizational needs.',
        quote: 'Service delivery. Managing the delivery of IT services to organizational needs.',
      },
      {
        to: 'routine-maintenance',
        statement: 'Performing backups, updates and configuration management.',
        quote: 'Routine maintenance. Performing backups, updates and configuration management.',
      },
      {
        to: 'security-monitoring',
        statement: 'Configuring and monitoring systems to safeguard against threats.',
        quote: 'Security monitoring. Configuring and monitoring systems to safeguard against threats.',
      },
      {
        to: 'performance-monitoring',
        statement: 'Ensuring uptime and optimal service performance.',
        quote: 'Performance monitoring. Ensuring uptime and optimal service performance.',
      },
      {
        to: 'incident-management',
        statement: 'Addressing and resolving IT incidents to minimize disruptions.',
        quote: 'Incident management. Addressing and resolving IT incidents to minimize disruptions.',
      },
    ],
  },
  {
    slug: 'technical-management',
    name: 'Technical management',
    description:
      'The function that provides the technical expertise and resources to design, build and support IT infrastructure. It is one of the four Service Operation functions of ITIL v3/2011; ITIL 4 replaced functions with 34 practices.',
    alternativeLabels: [],
    provenance: { quote: 'Technical management.', section: ITIL },
  },
  {
    slug: 'application-management',
    name: 'Application management',
    description:
      'The function that manages applications throughout their lifecycle and provides the expertise to support them. It is one of the four Service Operation functions of ITIL v3/2011; ITIL 4 replaced functions with 34 practices.',
    alternativeLabels: [],
    provenance: { quote: 'Application management.', section: ITIL },
  },
  {
    slug: 'service-desk-management',
    name: 'Service desk management',
    description:
      'The function that runs the service desk, the single point of contact between IT and its users. It is one of the four Service Operation functions of ITIL v3/2011; ITIL 4 replaced functions with 34 practices.',
    alternativeLabels: ['service desk', 'help desk'],
    provenance: { quote: 'Service desk management.', section: ITIL },
  },
];
