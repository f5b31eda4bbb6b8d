import type { ChangeRecord } from '../../data/curation.js';
import type { NodeRecord } from '../../data/index.js';
import { builder } from '../builder.js';
import { EntityInterface } from '../entities/refs.js';
import { ChangeType } from './change.js';

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
