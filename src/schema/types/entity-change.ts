import type { ChangeOutcome, ChangeRecord } from '../../data/curation.js';
import type { NodeRecord } from '../../data/index.js';
import { builder } from '../builder.js';
import { ConflictProblem, NotFoundProblem, ValidationProblem } from '../mutation-errors.js';
import { ChangeType } from './change.js';
import { EntityInterface } from './entity.js';

export interface EntityChangeShape {
  entity: NodeRecord;
  change: ChangeRecord;
}

export const EntityChangeType = builder.objectRef<EntityChangeShape>('EntityChange').implement({
  description: 'A curation change to an entity that was made: the entity as it is now, and the audit-log entry.',
  fields: (t) => ({
    entity: t.field({ type: EntityInterface, description: 'The entity after the change.', resolve: (c) => c.entity }),
    change: t.field({ type: ChangeType, description: 'The audit-log entry of the change.', resolve: (c) => c.change }),
  }),
});

/** Turns a refused change into the typed error it is; a made change into its record. */
export function madeChange(outcome: ChangeOutcome): ChangeRecord {
  if (outcome.ok) return outcome.change;
  if (outcome.refusal === 'CONFLICT') throw new ConflictProblem(outcome.message, outcome.currentVersion ?? 0);
  if (outcome.refusal === 'NOT_FOUND') throw new NotFoundProblem(outcome.message);
  throw new ValidationProblem(outcome.message);
}
