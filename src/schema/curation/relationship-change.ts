/** The mutations that link and unlink entities (need the `edit` scope), and their result. */
import type { ChangeRecord } from '../../data/curation.js';
import { type EdgeRecord, edgeId, type Relation } from '../../data/index.js';
import { qualifierProblem, statementRule } from '../../data/model-rules.js';
import { builder } from '../builder.js';
import { RelationshipType } from '../entities/refs.js';
import { decodeGlobalID, RELATIONSHIP_ID_TYPES } from '../global-id.js';
import { announce } from '../graph-changes.js';
import { ChangeType } from './change.js';
import { provenanceFrom, storeIdOf, validated } from './curation-input.js';
import { LinkEntitiesInput } from './link-entities-input.js';
import { CHANGE_REFUSALS, madeChange, ValidationError } from './mutation-errors.js';
import { UnlinkEntitiesInput } from './unlink-entities-input.js';

export const RelationshipChangeType = builder
  .objectRef<{ relationship: EdgeRecord | null; change: ChangeRecord }>('RelationshipChange')
  .implement({
    description: 'A curation change to a relationship that was made.',
    fields: (t) => ({
      relationship: t.field({
        type: RelationshipType,
        nullable: true,
        description: 'The relationship after the change; null when it was removed.',
        resolve: (c) => c.relationship,
      }),
      change: t.field({ type: ChangeType, description: 'The audit-log entry of the change.', resolve: (c) => c.change }),
    }),
  });

const statementSchema = statementRule.nullish();

builder.mutationFields((t) => ({
  linkEntities: t.field({
    type: RelationshipChangeType,
    authScopes: { edit: true },
    errors: { types: CHANGE_REFUSALS, union: { description: 'The new relationship, or why nothing was created.' } },
    description: 'Creates a relationship; its provenance is required (STATED: quote and source; CURATED: rationale).',
    args: { input: t.arg({ type: LinkEntitiesInput, required: true, description: 'The relationship.' }) },
    resolve: async (_root, { input }, context) => {
      const relation = input.relation as Relation;
      const fromId = storeIdOf(String(input.from), 'input.from');
      const toId = storeIdOf(String(input.to), 'input.to');
      const statement = validated(statementSchema, input.statement, 'input.statement') ?? null;
      const qualifierRefusal = qualifierProblem(relation, input.qualifier, { required: true });
      if (qualifierRefusal) throw new ValidationError(`\`input.qualifier\` ${qualifierRefusal}`, 'input.qualifier');
      const qualifier = input.qualifier ?? null;
      const provenance = await provenanceFrom(context, input.provenance, 'input.provenance');
      const id = edgeId(relation, fromId, toId);
      const change = announce(
        context,
        madeChange(
          await context.store.applyChange(
            { action: 'LINK', edge: { id, relation, fromId, toId, position: 0, statement, qualifier, provenance } },
            context.actor!,
          ),
        ),
      );
      return { relationship: change.after as EdgeRecord, change };
    },
  }),
  unlinkEntities: t.field({
    type: RelationshipChangeType,
    authScopes: { edit: true },
    errors: { types: CHANGE_REFUSALS, union: { description: 'The removal, or why nothing was removed.' } },
    description: 'Removes a relationship. The audit log keeps it, and `revertChange` can restore it.',
    args: { input: t.arg({ type: UnlinkEntitiesInput, required: true, description: 'The relationship to remove.' }) },
    resolve: async (_root, { input }, context) => {
      let id: string;
      try {
        id = decodeGlobalID(String(input.id), 'input.id', RELATIONSHIP_ID_TYPES).id;
      } catch {
        throw new ValidationError('`input.id` is not the ID of a relationship', 'input.id');
      }
      const change = announce(
        context,
        madeChange(await context.store.applyChange({ action: 'UNLINK', id, expectedVersion: input.expectedVersion }, context.actor!)),
      );
      return { relationship: null, change };
    },
  }),
}));
