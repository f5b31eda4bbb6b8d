import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, followBack, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { EntityInterface } from './entity.js';
import { RoleConnections } from './role.js';

export const TechnicalAreaNode = entityNodeRef('TechnicalArea');
export const TechnicalAreaConnections = entityConnections(TechnicalAreaNode, 'TechnicalArea', 'technical areas');

TechnicalAreaNode.implement({
  description: 'A technology or technical discipline the source says a role needs knowledge of (cloud computing, troubleshooting, …).',
  interfaces: [EntityInterface],
  fields: (t) => ({
    roles: linkField(t, {
      type: RoleConnections.link,
      description: 'Roles that need knowledge of this area; each edge’s `statement` says how.',
      walk: [followBack('NEEDS_TECHNICAL_AREA')],
    }),
  }),
});

builder.queryFields((t) => ({
  technicalArea: entityBySlugField(t, {
    type: TechnicalAreaNode,
    kind: 'TechnicalArea',
    description: 'The technical area with this slug (e.g. `cloud-computing`), or null.',
  }),
  technicalAreas: entityListField(t, {
    type: TechnicalAreaConnections.list,
    kind: 'TechnicalArea',
    description: 'Every technical area, ordered by name.',
  }),
}));
