/**
 * All curated content, one file per kind. Adding a certification is adding a record to
 * `certifications.ts`; `loadGraph()` validates everything when the service starts.
 */
import type { ContentInput } from './schema.js';
import { source } from './source.js';
import { roles } from './roles.js';
import { responsibilities } from './responsibilities.js';
import { itilFunctions } from './itil-functions.js';
import { skillDomains } from './skill-domains.js';
import { certifications } from './certifications.js';
import { issuers } from './issuers.js';
import { comparisonDimensions } from './comparison-dimensions.js';
import { technicalAreas } from './technical-areas.js';
import { outlookStatements } from './outlook-statements.js';

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
};
