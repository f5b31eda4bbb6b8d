/** API keys and their management through the API (all need the `admin` scope). */
import { type ApiKeyRecord, newApiKey, SCOPES, type Scope } from '../../data/curation.js';
import { builder } from '../builder.js';
import { NotFoundError, ValidationError } from './mutation-errors.js';

export const ScopeEnum = builder.enumType('Scope', {
  description: 'What an API key may do; each scope includes the ones before it.',
  values: {
    READ: { value: 'read', description: 'Read the graph (needed only where reads require a key).' },
    EDIT: { value: 'edit', description: 'Read, and curate: create, update, deprecate, link, unlink; read the audit log.' },
    ADMIN: { value: 'admin', description: 'Edit, and revert changes and manage API keys.' },
  } as const,
});

export const ApiKeyType = builder.objectRef<ApiKeyRecord>('ApiKey').implement({
  description: 'An API key: never its secret, which only its creator saw once.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The key’s id (the part of the key after `kg_`).' }),
    label: t.exposeString('label', { description: 'Who or what the key is for.' }),
    scope: t.field({ type: ScopeEnum, description: 'What the key may do.', resolve: (key) => key.scope }),
    createdAt: t.exposeString('createdAt', { description: 'When it was created (ISO 8601).' }),
    revokedAt: t.exposeString('revokedAt', { nullable: true, description: 'When it was revoked (ISO 8601), or null while it is valid.' }),
  }),
});

const NewApiKeyType = builder.objectRef<{ key: string; apiKey: ApiKeyRecord }>('NewApiKey').implement({
  description: 'A key just created. `key` is shown this once: only its hash is stored.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The key to send as `Authorization: Bearer <key>`. Keep it: it cannot be shown again.' }),
    apiKey: t.field({ type: ApiKeyType, description: 'The key’s record.', resolve: (created) => created.apiKey }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKeyType],
    authScopes: { admin: true },
    description: 'Every API key, oldest first (needs the `admin` scope).',
    resolve: (_root, _args, context) => context.store.listApiKeys(),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: NewApiKeyType,
    authScopes: { admin: true },
    errors: { types: [ValidationError], union: { description: 'The new key, or why none was made.' } },
    description: 'Creates an API key (needs the `admin` scope).',
    args: {
      label: t.arg.string({ required: true, description: 'Who or what the key is for (1 to 100 characters).' }),
      scope: t.arg({ type: ScopeEnum, required: true, description: 'What the key may do.' }),
    },
    resolve: async (_root, args, context) => {
      const label = args.label.trim();
      if (!label || label.length > 100) throw new ValidationError('`label` must be 1 to 100 characters', 'label');
      if (!SCOPES.includes(args.scope as Scope)) throw new ValidationError('`scope` is not a scope', 'scope');
      const { id, key, secretHash } = newApiKey();
      return { key, apiKey: await context.store.createApiKey({ id, label, scope: args.scope as Scope, secretHash }) };
    },
  }),
  revokeApiKey: t.field({
    type: ApiKeyType,
    authScopes: { admin: true },
    errors: { types: [NotFoundError], union: { description: 'The revoked key, or why nothing changed.' } },
    description: 'Revokes an API key at once (needs the `admin` scope).',
    args: { id: t.arg.string({ required: true, description: 'The key’s id.' }) },
    resolve: async (_root, args, context) => {
      if (!(await context.store.revokeApiKey(args.id))) throw new NotFoundError(`No active API key has the id "${args.id.slice(0, 40)}"`);
      const keys = await context.store.listApiKeys();
      return keys.find((key) => key.id === args.id)!;
    },
  }),
}));
