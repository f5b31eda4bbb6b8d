import type { ResponsibilityRecord } from './schema.js';

const CORE = 'Core responsibilities of IT operations';

/**
 * One record per responsibility the article names. Where several places name the same
 * responsibility (the core IT operations list, the manager's list, the specialist's list, the
 * specialist's primary areas), it is one record linked from each; the record's own provenance
 * quotes its first mention. Where two lists define a shared responsibility differently (infrastructure
 * management, resource allocation, service delivery, incident response), the record quotes only the
 * name at its first mention, its description is the maintainers' neutral one, and each list's own
 * definition is the `statement` of its link. Which
 * skill domains support a responsibility is curated.
 */
export const responsibilities: ResponsibilityRecord[] = [
  // Core responsibilities of IT operations (first mentions).
  {
    slug: 'infrastructure-management',
    name: 'Infrastructure management',
    description:
      "Overseeing an organization's IT infrastructure: its on-premises, virtual and cloud-based components and resources. The article defines it for IT operations as a whole and for the IT operations manager, each in its own words.",
    alternativeLabels: ['IT infrastructure management'],
    provenance: { quote: 'Infrastructure management.', section: CORE },
    skillDomains: [
      {
        to: 'system-management',
        rationale:
          'Windows Server Hybrid Administrator, RHCSA and RHCE cover administering the on-premises and virtual servers that infrastructure management oversees.',
      },
      {
        to: 'network-management',
        rationale: 'CCNA and Network+ cover the networks that connect on-premises and cloud-based components.',
      },
      {
        to: 'cloud-services',
        rationale:
          'AWS SysOps Administrator, Azure Administrator, Google Associate Cloud Engineer and Cloud+ cover operating the cloud-based part of the infrastructure.',
      },
      {
        to: 'service-management',
        rationale:
          'Service management frameworks such as ITIL treat infrastructure and platform management as a practice, the oversight view a manager takes of it.',
      },
    ],
  },
  {
    slug: 'resource-allocation',
    name: 'Resource allocation',
    description:
      'Deciding how IT resources are used, so that they are used efficiently and cost-effectively. The article defines it for IT operations as a whole and for the IT operations manager, each in its own words.',
    alternativeLabels: ['resource management', 'IT resource allocation'],
    provenance: { quote: 'Resource allocation.', section: CORE },
    skillDomains: [
      {
        to: 'project-management',
        rationale:
          "PMP and Project+ cover resource and cost management (PMBOK's resource and cost knowledge areas), i.e. allocating resources efficiently and cost-effectively.",
      },
    ],
  },
  {
    slug: 'service-delivery',
    name: 'Service delivery',
    description:
      "Delivering IT services that meet the organization's needs, smoothly and reliably. The article defines it for IT operations as a whole and for the IT operations manager, each in its own words.",
    alternativeLabels: ['IT service delivery'],
    provenance: { quote: 'Service delivery.', section: CORE },
    skillDomains: [
      {
        to: 'service-management',
        rationale: 'Service management (e.g. ITIL) is the discipline of delivering IT services that meet organizational needs.',
      },
    ],
  },
  {
    slug: 'routine-maintenance',
    name: 'Routine maintenance',
    description: 'Performing backups, updates and configuration management.',
    alternativeLabels: ['system maintenance', 'preventive maintenance'],
    provenance: { quote: 'Routine maintenance. Performing backups, updates and configuration management.' },
    skillDomains: [
      {
        to: 'system-management',
        rationale:
          'Windows Server Hybrid Administrator, RHCSA and RHCE cover the backups, updates and configuration management that routine maintenance consists of.',
      },
    ],
  },
  {
    slug: 'security-monitoring',
    name: 'Security monitoring',
    description: 'Configuring and monitoring systems to safeguard against threats.',
    alternativeLabels: ['threat monitoring'],
    provenance: {
      quote: 'Security monitoring. Configuring and monitoring systems to safeguard against threats.',
    },
    skillDomains: [
      {
        to: 'security',
        rationale: 'Security+ and CEH cover configuring systems securely and monitoring them for threats and attacks.',
      },
      {
        to: 'security-management',
        rationale: 'CISA and CISSP cover security monitoring as part of governing, operating and auditing security controls.',
      },
    ],
  },
  {
    slug: 'performance-monitoring',
    name: 'Performance monitoring',
    description: 'Ensuring uptime and optimal service performance.',
    alternativeLabels: ['uptime monitoring', 'availability monitoring'],
    provenance: { quote: 'Performance monitoring. Ensuring uptime and optimal service performance.' },
    skillDomains: [
      {
        to: 'system-management',
        rationale: 'Server administration certifications cover monitoring system health and performance to keep systems up.',
      },
      {
        to: 'network-management',
        rationale: 'CCNA and Network+ cover monitoring network performance and availability.',
      },
    ],
  },
  {
    slug: 'incident-management',
    name: 'Incident management',
    description: 'Addressing and resolving IT incidents to minimize disruptions.',
    alternativeLabels: ['IT incident management'],
    provenance: {
      quote: 'Incident management. Addressing and resolving IT incidents to minimize disruptions.',
    },
    skillDomains: [
      {
        to: 'service-management',
        rationale: 'Incident management is a core service management process (e.g. in ITIL) for restoring service with minimal disruption.',
      },
      {
        to: 'security',
        rationale: 'Security+ and CEH cover detecting and handling security incidents, one kind of IT incident.',
      },
    ],
  },

  // Key responsibilities of IT ops managers (those not already listed above).
  {
    slug: 'performance-metrics',
    name: 'Performance metrics',
    description: 'Setting and monitoring key performance indicators.',
    alternativeLabels: ['KPIs', 'KPI', 'key performance indicators'],
    provenance: { quote: 'Performance metrics. Setting and monitoring key performance indicators.' },
    skillDomains: [
      {
        to: 'service-management',
        rationale: 'Service management covers defining and measuring service KPIs as part of continual service improvement.',
      },
    ],
  },
  {
    slug: 'service-levels',
    name: 'Service levels',
    description: 'Maintaining and improving service-level agreements (SLAs).',
    alternativeLabels: ['SLA', 'SLAs', 'service-level agreements', 'service level management'],
    provenance: { quote: 'Service levels. Maintaining and improving service-level agreements (SLAs).' },
    skillDomains: [
      {
        to: 'service-management',
        rationale: 'Agreeing, maintaining and improving SLAs is service level management, a service management practice.',
      },
    ],
  },
  {
    slug: 'team-management',
    name: 'Team management',
    description: 'Hiring, training and leading the IT operations team.',
    alternativeLabels: ['people management', 'staff management'],
    provenance: { quote: 'Team management. Hiring, training and leading the IT operations team.' },
    skillDomains: [
      {
        to: 'project-management',
        rationale:
          "PMP and Project+ cover acquiring, developing and leading a team (PMBOK's resource management and the PMP's people domain).",
      },
    ],
  },
  {
    slug: 'budgeting-and-vendor-coordination',
    name: 'Budgeting and vendor coordination',
    description: 'Managing budgets and collaborating with external vendors.',
    alternativeLabels: ['budgeting', 'vendor management', 'vendor coordination', 'budget management'],
    provenance: {
      quote: 'Budgeting and vendor coordination. Managing budgets and collaborating with external vendors.',
    },
    skillDomains: [
      {
        to: 'project-management',
        rationale:
          "PMP and Project+ cover budgeting and cost control and procurement with external vendors (PMBOK's cost and procurement management).",
      },
    ],
  },
  {
    slug: 'security-oversight',
    name: 'Security oversight',
    description: 'Ensuring compliance, updates, configuration and monitoring of security measures.',
    alternativeLabels: ['security compliance'],
    provenance: {
      quote: 'Security oversight. Ensuring compliance, updates, configuration and monitoring of security measures.',
    },
    skillDomains: [
      {
        to: 'security-management',
        rationale:
          'Security oversight (compliance, updates, configuration and monitoring of security measures) is security management work: governance, compliance and control monitoring.',
      },
    ],
  },
  {
    slug: 'incident-response',
    name: 'Incident response',
    description:
      'Responding to IT incidents, from troubleshooting and resolving technical issues to planning for and managing disaster recovery. The two roles define it differently: the IT operations manager plans for and manages disaster recovery and incident response; the IT operations specialist troubleshoots and resolves technical issues.',
    alternativeLabels: ['IR', 'incident handling'],
    provenance: { quote: 'Incident response.', section: 'IT operations manager: Strategic leadership' },
    skillDomains: [
      {
        to: 'service-management',
        rationale: 'Service management covers incident management and IT service continuity, including disaster recovery planning.',
      },
      {
        to: 'security-management',
        rationale:
          'CISSP covers incident management and business continuity and disaster recovery planning, and CISA covers auditing them.',
      },
      {
        to: 'security',
        rationale: 'Security+ and CEH cover hands-on response to security incidents: detecting, analyzing and resolving them.',
      },
    ],
  },
  {
    slug: 'stakeholder-communication',
    name: 'Stakeholder communication',
    description: 'Reporting and collaborating with organizational leaders.',
    alternativeLabels: ['stakeholder management', 'stakeholder reporting'],
    provenance: { quote: 'Stakeholder communication. Reporting and collaborating with organizational leaders.' },
    skillDomains: [
      {
        to: 'project-management',
        rationale:
          "PMP and Project+ cover stakeholder and communications management, including reporting to leadership (PMBOK's stakeholder and communications areas).",
      },
    ],
  },

  // Key responsibilities of IT operations specialists (those not already listed above).
  {
    slug: 'system-operations',
    name: 'System operations',
    description: 'Deployment, support and maintenance of IT systems.',
    alternativeLabels: ['systems operations', 'SysOps'],
    provenance: { quote: 'System operations. Deployment, support and maintenance of IT systems.' },
    skillDomains: [
      {
        to: 'system-management',
        rationale:
          'Windows Server Hybrid Administrator, RHCSA and RHCE cover deploying, supporting and maintaining Windows and Linux systems.',
      },
      {
        to: 'cloud-services',
        rationale:
          'AWS SysOps Administrator, Azure Administrator and the other cloud certifications cover deploying and maintaining systems that run in the cloud.',
      },
    ],
  },
  {
    slug: 'application-and-system-updates',
    name: 'Application and system updates',
    description: 'Patching and updating software to ensure optimal performance.',
    alternativeLabels: ['patching', 'patch management', 'software updates'],
    provenance: {
      quote: 'Application and system updates. Patching and updating software to ensure optimal performance.',
    },
    skillDomains: [
      {
        to: 'system-management',
        rationale:
          'Windows Server Hybrid Administrator, RHCSA and RHCE cover updating and patching operating systems and installed software.',
      },
    ],
  },
  {
    slug: 'backup-and-restore',
    name: 'Backup and restore',
    description: 'Managing backups and recovery processes.',
    alternativeLabels: ['backups', 'backup and recovery'],
    provenance: { quote: 'Backup and restore. Managing backups and recovery processes.' },
    skillDomains: [
      {
        to: 'system-management',
        rationale:
          'Windows Server Hybrid Administrator covers Windows Server backup and recovery, and RHCSA covers archiving and restoring files on Linux.',
      },
      {
        to: 'cloud-services',
        rationale: 'AWS SysOps Administrator and Azure Administrator cover implementing backup and restore for cloud resources.',
      },
    ],
  },
  {
    slug: 'security-configurations',
    name: 'Security configurations',
    description: 'Implementing and maintaining security measures.',
    alternativeLabels: ['security configuration', 'security hardening'],
    provenance: { quote: 'Security configurations. Implementing and maintaining security measures.' },
    skillDomains: [
      {
        to: 'security',
        rationale:
          'Security+ covers implementing and maintaining security controls and hardening, and CEH covers testing them as an attacker would.',
      },
    ],
  },
  {
    slug: 'user-support',
    name: 'User support',
    description: 'Providing technical assistance to end users.',
    alternativeLabels: ['end-user support', 'technical support', 'help desk support'],
    provenance: { quote: 'User support. Providing technical assistance to end users.' },
    skillDomains: [
      {
        to: 'service-management',
        rationale:
          'Service management (e.g. the ITIL service desk and service request management) covers providing technical assistance to end users.',
      },
    ],
  },
  {
    slug: 'application-management',
    name: 'Application management',
    description: 'Installing, testing and maintaining applications.',
    alternativeLabels: ['application administration'],
    provenance: { quote: 'Application management. Installing, testing and maintaining applications.' },
    skillDomains: [
      {
        to: 'system-management',
        rationale: 'Windows Server Hybrid Administrator, RHCSA and RHCE cover installing, configuring and maintaining software on servers.',
      },
    ],
  },
  {
    slug: 'documentation',
    name: 'Documentation',
    description: 'Maintaining IT documentation and developing standard operating procedures.',
    alternativeLabels: ['IT documentation', 'SOPs', 'standard operating procedures'],
    provenance: {
      quote: 'Documentation. Maintaining IT documentation and developing standard operating procedures.',
    },
    skillDomains: [
      {
        to: 'service-management',
        rationale: 'Service management includes knowledge management: keeping documentation and standard procedures current and usable.',
      },
    ],
  },
  {
    slug: 'special-projects',
    name: 'Special projects',
    description:
      "Special projects and initiatives that align with organizational needs: additional tasks beyond a role's primary areas. The specialist's list defines it as handling additional tasks assigned by the IT operations manager.",
    alternativeLabels: ['initiatives'],
    // The list item is the specialist's link's quote; the node quotes the sentence that names special projects and initiatives.
    provenance: {
      quote: 'However, it also includes responsibilities for special projects and initiatives that align with organizational needs.',
      section: 'IT operations specialist: A hands-on role',
    },
    skillDomains: [
      {
        to: 'project-management',
        rationale: 'PMP and Project+ cover planning and running projects, the skills special projects and initiatives call for.',
      },
    ],
  },

  // The specialist's other primary area.
  {
    slug: 'system-support',
    name: 'System support',
    description:
      "Supporting and maintaining the organization's IT systems; one of the two primary areas the IT operations specialist role typically revolves around.",
    alternativeLabels: ['systems support'],
    provenance: { quote: 'The role typically revolves around two primary areas: system support and user support.' },
    skillDomains: [
      {
        to: 'system-management',
        rationale:
          'Windows Server Hybrid Administrator, RHCSA and RHCE cover supporting and maintaining the Windows and Linux systems that system support keeps running.',
      },
    ],
  },
];
