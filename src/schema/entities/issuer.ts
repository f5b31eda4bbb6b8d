import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, followBack, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { CertificationConnections } from './certification.js';
import { EntityInterface } from './entity.js';

export const IssuerNode = entityNodeRef('Issuer');
export const IssuerConnections = entityConnections(IssuerNode, 'Issuer', 'issuers');

IssuerNode.implement({
  description: 'An organisation that issues certifications (curated: the source names certifications, not their issuers).',
  interfaces: [EntityInterface],
  fields: (t) => ({
    certifications: linkField(t, {
      type: CertificationConnections.link,
      description: 'Certifications it issues; each edge’s provenance gives the maintainers’ rationale.',
      walk: [followBack('ISSUED_BY')],
    }),
  }),
});

builder.queryFields((t) => ({
  issuer: entityBySlugField(t, { type: IssuerNode, kind: 'Issuer', description: 'The issuer with this slug (e.g. `isc2`), or null.' }),
  issuers: entityListField(t, { type: IssuerConnections.list, kind: 'Issuer', description: 'Every issuer, ordered by name.' }),
}));
