import { builder } from '../builder.js';
import { entityBySlugField, entityConnections, entityListField, follow, followBack, linkField } from '../connections.js';
import { entityNodeRef } from '../entity-ref.js';
import { EntityInterface } from './entity.js';
import { ResponsibilityConnections } from './responsibility.js';
import { RoleConnections } from './role.js';

/** The framework edition these functions belong to; ITIL 4 replaced functions with 34 practices. */
const ITIL_FRAMEWORK = 'ITIL v3/2011 Service Operation function';

export const ItilFunctionNode = entityNodeRef('ItilFunction');
export const ItilFunctionConnections = entityConnections(ItilFunctionNode, 'ItilFunction', 'ITIL functions');

ItilFunctionNode.implement({
  description:
    'A function of the ITIL framework as the source lists it. These are ITIL v3/2011 Service Operation functions; ITIL 4 replaced functions with 34 practices.',
  interfaces: [EntityInterface],
  fields: (t) => ({
    framework: t.string({
      description: `Which ITIL edition and book the function belongs to: "${ITIL_FRAMEWORK}" (curated label).`,
      resolve: () => ITIL_FRAMEWORK,
    }),
    responsibilities: linkField(t, {
      type: ResponsibilityConnections.link,
      description: 'The function’s core responsibilities, in the source’s order.',
      walk: [follow('INCLUDES_RESPONSIBILITY')],
    }),
    roles: linkField(t, {
      type: RoleConnections.link,
      description: 'Roles that work in the function.',
      walk: [followBack('WORKS_IN_FUNCTION')],
    }),
  }),
});

builder.queryFields((t) => ({
  itilFunction: entityBySlugField(t, {
    type: ItilFunctionNode,
    kind: 'ItilFunction',
    description: 'The ITIL function with this slug (e.g. `it-operations`), or null.',
  }),
  itilFunctions: entityListField(t, {
    type: ItilFunctionConnections.list,
    kind: 'ItilFunction',
    description: 'Every ITIL function, ordered by name.',
  }),
}));
