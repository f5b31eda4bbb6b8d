/**
 * All curated content, one file per kind. Adding a certification is adding a record to
 * `certifications.ts`; `buildGraph()` (`../graph.ts`) validates everything whenever the knowledge graph
 * is opened (`openKnowledgeGraph`, at every start of the service and of the CLI).
 */

import { certifications } from './certifications.js';
import { claims } from './claims.js';
import { comparisonDimensions } from './comparison-dimensions.js';
import { competencies } from './competencies.js';
import { issuers } from './issuers.js';
import { itilFunctions } from './itil-functions.js';
import { organizations } from './organizations.js';
import { outlookStatements } from './outlook-statements.js';
import { people } from './people.js';
import { publications } from './publications.js';
import { responsibilities } from './responsibilities.js';
import { roles } from './roles.js';
import type { ContentInput } from './schema.js';
import { skillDomains } from './skill-domains.js';
import { source } from './source.js';
import { technicalAreas } from './technical-areas.js';

export const content: ContentInput = {
  source,
  roles,
  responsibilities,
  itilFunctions,
  skillDomains,
  certifications,
  issuers,
  comparisonDimensions,
  technicalAreas,
  outlookStatements,
  claims,
  competencies,
  people,
  organizations,
  publications,
};
