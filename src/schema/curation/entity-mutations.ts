/** The mutations that create, change and deprecate entities (all need the `edit` scope). */
import { type EntityKind, nodeId } from '../../data/index.js';
import { builder } from '../builder.js';
import { announce } from '../graph-changes.js';
import { CreateEntityInput } from './create-entity-input.js';
import { attributesFrom, entityFieldsSchema, provenanceFrom, storeIdOf, validated } from './curation-input.js';
import { DeprecateEntityInput } from './deprecate-entity-input.js';
import { EntityChangeType } from './entity-change.js';
import { CHANGE_REFUSALS, madeChange, ValidationError } from './mutation-errors.js';
import { UpdateEntityInput } from './update-entity-input.js';

builder.mutationFields((t) => ({
  createEntity: t.field({
    type: EntityChangeType,
    authScopes: { edit: true },
    errors: { types: CHANGE_REFUSALS, union: { description: 'The created entity, or why nothing was created.' } },
    description: 'Creates an entity of any kind but Source (a source needs its text: `createSource`).',
    args: { input: t.arg({ type: CreateEntityInput, required: true, description: 'The new entity.' }) },
    resolve: async (_root, { input }, context) => {
      const fields = validated(entityFieldsSchema, input, 'input');
      const kind = input.kind as EntityKind;
      if (kind === 'Source') {
        throw new ValidationError(
          '`input.kind` Source: add a source with `createSource`, which takes its text (quotes are checked against it)',
          'input.kind',
        );
      }
      const provenance = await provenanceFrom(context, input.provenance, 'input.provenance');
      const node = {
        id: nodeId(kind, fields.slug),
        kind,
        slug: fields.slug,
        name: fields.name,
        description: fields.description,
        attributes: attributesFrom(fields),
        provenance,
      };
      const change = announce(context, madeChange(await context.store.applyChange({ action: 'CREATE_ENTITY', node }, context.actor!)));
      return { entity: (await context.store.nodesByIds([node.id]))[0]!, change };
    },
  }),
  updateEntity: t.field({
    type: EntityChangeType,
    authScopes: { edit: true },
    errors: { types: CHANGE_REFUSALS, union: { description: 'The changed entity, or why nothing changed.' } },
    description: 'Changes an entity’s fields, if it is still at `expectedVersion`.',
    args: { input: t.arg({ type: UpdateEntityInput, required: true, description: 'The changes.' }) },
    resolve: async (_root, { input }, context) => {
      const id = storeIdOf(String(input.id), 'input.id');
      const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => value != null && key in entityFieldsSchema.shape));
      const fields = validated(entityFieldsSchema.partial(), given, 'input');
      const patch = {
        ...(fields.slug ? { slug: fields.slug } : {}),
        ...(fields.name ? { name: fields.name } : {}),
        ...(fields.description ? { description: fields.description } : {}),
        ...(fields.alternativeLabels || fields.acronym || fields.attributedTo ? { attributes: attributesFrom(fields) } : {}),
        ...(input.provenance ? { provenance: await provenanceFrom(context, input.provenance, 'input.provenance') } : {}),
      };
      const change = announce(
        context,
        madeChange(
          await context.store.applyChange({ action: 'UPDATE_ENTITY', id, expectedVersion: input.expectedVersion, patch }, context.actor!),
        ),
      );
      return { entity: (await context.store.nodesByIds([id]))[0]!, change };
    },
  }),
  deprecateEntity: t.field({
    type: EntityChangeType,
    authScopes: { edit: true },
    errors: { types: CHANGE_REFUSALS, union: { description: 'The deprecated entity, or why nothing changed.' } },
    description: 'Deprecates an entity, optionally naming its replacement. Nothing is ever deleted.',
    args: { input: t.arg({ type: DeprecateEntityInput, required: true, description: 'What to deprecate.' }) },
    resolve: async (_root, { input }, context) => {
      const id = storeIdOf(String(input.id), 'input.id');
      const replacedById = input.replacedBy == null ? null : storeIdOf(String(input.replacedBy), 'input.replacedBy');
      const change = announce(
        context,
        madeChange(
          await context.store.applyChange(
            { action: 'DEPRECATE_ENTITY', id, expectedVersion: input.expectedVersion, replacedById },
            context.actor!,
          ),
        ),
      );
      return { entity: (await context.store.nodesByIds([id]))[0]!, change };
    },
  }),
}));
