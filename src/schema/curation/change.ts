import type { ChangeRecord } from '../../data/curation.js';
import { builder } from '../builder.js';
import { badUserInput, checkLength } from '../errors.js';
import { announce } from '../graph-changes.js';
import { requireByIds } from '../lookups.js';
import { connectionFromWindow, pageWindow } from '../pagination.js';
import { ChangeActionEnum } from './change-action.js';
import { CHANGE_REFUSALS, madeChange, ValidationError } from './mutation-errors.js';

export const ChangeType = builder.objectRef<ChangeRecord>('Change').implement({
  description: 'One curation change, as the audit log recorded it: who, when, what, and the record before and after.',
  fields: (t) => ({
    id: t.id({ description: 'The change’s number in the audit log (increasing).', resolve: (c) => String(c.id) }),
    at: t.exposeString('at', { description: 'When it was made (ISO 8601, UTC).' }),
    actorKeyId: t.string({
      description: 'Who made it: the id of the API key, or `jwt:` and the subject (`sub`) of the identity provider’s token.',
      resolve: (c) => c.actor.keyId,
    }),
    actorLabel: t.string({
      description: 'The label of the API key that made it, or the token’s user name and the identity provider’s host.',
      resolve: (c) => c.actor.label,
    }),
    action: t.field({ type: ChangeActionEnum, description: 'What the change did.', resolve: (c) => c.action }),
    subjectId: t.exposeString('subjectId', { description: 'The store id of the entity or relationship changed.' }),
    before: t.string({
      nullable: true,
      description: 'The record before the change, as JSON; null when the change created it.',
      resolve: (c) => (c.before ? JSON.stringify(c.before) : null),
    }),
    after: t.string({
      nullable: true,
      description: 'The record after the change, as JSON; null when the change removed it.',
      resolve: (c) => (c.after ? JSON.stringify(c.after) : null),
    }),
  }),
});

const ChangeConnection = builder.connectionObject(
  { type: ChangeType, name: 'ChangeConnection', description: 'A page of the audit log, newest first.' },
  { name: 'ChangeEdge', description: 'One change of the audit log.' },
);

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnection,
    authScopes: { edit: true },
    description: 'The audit log of curation changes, newest first (needs an API key with the `edit` scope).',
    args: {
      ...t.arg.connectionArgs(),
      since: t.arg.string({ description: 'Only changes made at or after this instant (ISO 8601).' }),
      entity: t.arg.id({ description: 'Only changes to the entity with this ID.' }),
    },
    resolve: async (_root, args, context) => {
      const window = pageWindow(args);
      let since: string | undefined;
      if (args.since != null) {
        const instant = new Date(checkLength(args.since, 'since'));
        if (Number.isNaN(instant.getTime()))
          throw badUserInput('`since` must be an ISO 8601 instant, e.g. 2026-11-28T00:00:00Z', { argument: 'since' });
        since = instant.toISOString();
      }
      const subjectId = args.entity == null ? undefined : (await requireByIds(context, [String(args.entity)], 'entity'))[0]!.id;
      const page = await context.store.listChanges({
        limit: window.limit,
        offset: window.offset,
        ...(since ? { since } : {}),
        ...(subjectId ? { subjectId } : {}),
      });
      return connectionFromWindow(window, page.items, page.totalCount, (change) => ({ node: change }));
    },
  }),
);

builder.mutationField('revertChange', (t) =>
  t.field({
    type: ChangeType,
    authScopes: { admin: true },
    errors: { types: CHANGE_REFUSALS, union: { description: 'The change that undid it, or why nothing changed.' } },
    description:
      'Undoes an earlier change (needs the `admin` scope), provided its subject has not changed since: restores the fields before an update or deprecation, puts back a removed relationship or entity, removes a created relationship or an entity nothing refers to. The undoing is itself recorded, and is a change like any other: reverting it reapplies what the original change made, under the same checks.',
    args: { id: t.arg.id({ required: true, description: 'The `id` of the change to undo.' }) },
    resolve: async (_root, args, context) => {
      const changeId = Number(args.id);
      if (!Number.isSafeInteger(changeId) || changeId < 1) throw new ValidationError('`id` is not the id of a change', 'id');
      return announce(context, madeChange(await context.store.applyChange({ action: 'REVERT', changeId }, context.actor!)));
    },
  }),
);

builder.subscriptionField('graphChanged', (t) =>
  t.field({
    type: ChangeType,
    authScopes: { read: true },
    description: 'Every curation change, as it is made, so that portals can refresh what they show.',
    subscribe: (_root, _args, context) => context.graphChanges.subscribe('graphChanged'),
    resolve: (change) => change,
  }),
);
