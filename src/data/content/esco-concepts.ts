/**
 * The ESCO concepts (v1.1.1, in the shipped IT slice `esco-it-slice.json`) the curated content links
 * to, by their slugs (the UUID of the concept URI), named as ESCO names them. A link to a concept
 * missing from the slice stops start-up, naming the link.
 */

/** ESCO occupations the article's roles are matched to. */
export const ESCO_OCCUPATIONS = {
  /** ICT operations manager (ISCO 1330; code 1330.5). */
  ictOperationsManager: 'f0ca39a8-1e30-487c-95f9-ef2d5e734adc',
  /** ICT system administrator (ISCO 2522; code 2522.1). */
  ictSystemAdministrator: '9e2e6e1e-363b-4e1b-a673-7bc0f7343300',
  /** ICT network technician (ISCO 3513; code 3513.2). */
  ictNetworkTechnician: '64c7d461-152c-477f-a8e2-c2c537e9d617',
  /** ICT technician (ISCO 3512; code 3512.4). */
  ictTechnician: '3e7bf729-4442-4b9f-ad5e-83111963795c',
} as const;

/** The URI ESCO gives an occupation. */
export const escoOccupationUri = (slug: string) => `http://data.europa.eu/esco/occupation/${slug}`;

/** ESCO skills and knowledge concepts the article's skill domains and certifications are linked to. */
export const ESCO_SKILLS = {
  /** knowledge: "project management". */
  projectManagement: '7111b95d-0ce3-441a-9d92-4c75d05c4388',
  /** skill: "perform project management". */
  performProjectManagement: 'cd5efa8c-e44d-4cbc-91c6-796018dbed68',
  /** skill: "manage IT security compliances". */
  manageItSecurityCompliances: '06358891-8424-43c5-891e-d40f226bef40',
  /** knowledge: "information security strategy". */
  informationSecurityStrategy: '11eebd42-44ab-401d-8a2c-bdb9fc9beb50',
  /** skill: "execute ICT audits". */
  executeIctAudits: '7e1f9657-ab4e-407c-842f-b846197060e3',
  /** skill: "administer ICT system". */
  administerIctSystem: '0868eef3-2213-4572-9343-74931345a7d3',
  /** knowledge: "operating systems". */
  operatingSystems: 'f9a6f35b-01a7-40c9-8b61-b6ee46f97272',
  /** knowledge: "cyber security". */
  cyberSecurity: '8088750d-8388-4170-a76f-48354c469c44',
  /** skill: "perform ICT security testing". */
  performIctSecurityTesting: 'f4a85869-1855-45d5-a43c-7ee8cd451996',
  /** knowledge: "network management system tools". */
  networkManagementSystemTools: '0ab03c6c-281b-48f4-83e0-10eeb27a1bae',
  /** knowledge: "ICT network routing". */
  ictNetworkRouting: '0da6cab1-0ee9-4391-a299-f71fbf21db56',
  /** knowledge: "cloud technologies". */
  cloudTechnologies: 'bd14968e-e409-45af-b362-3495ed7b10e0',
  /** skill: "deploy cloud resource". */
  deployCloudResource: '6195c5f7-a4fb-425d-a3dd-c4467c4471a3',
} as const;
