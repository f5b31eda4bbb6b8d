/**
 * Curation inputs, validated with zod before anything is written: a failure names the input field
 * (`ValidationError.field`). Also turns input IDs into store ids.
 */
import { z } from 'zod';
import { type EntityKind, type NodeAttributes, nodeId, type Provenance } from '../../data/index.js';
import { attributeRules, entityFieldRules, provenanceRules } from '../../data/model-rules.js';
import type { GraphQLContext } from '../context.js';
import { decodeGlobalID } from '../global-id.js';
import { ValidationError } from './mutation-errors.js';

// The model's own field rules (`src/data/model-rules.ts`): the import checks with the same ones.
export const entityFieldsSchema = z.object({
  ...entityFieldRules,
  alternativeLabels: attributeRules.alternativeLabels.nullish().transform((labels) => labels ?? undefined),
  acronym: attributeRules.acronym.nullish(),
  attributedTo: attributeRules.attributedTo.nullish(),
});

const provenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('STATED'),
    quote: provenanceRules.quote,
    section: provenanceRules.section.nullish(),
    source: z.string(),
    rationale: z.null().optional(),
  }),
  z.object({
    kind: z.literal('CURATED'),
    rationale: provenanceRules.rationale,
    quote: z.null().optional(),
    section: z.null().optional(),
    source: z.null().optional(),
  }),
]);

/** Parses with a schema; the first problem becomes a ValidationError naming its field. */
export function validated<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [path, ...issue.path.map(String)].join('.');
  throw new ValidationError(`\`${field}\` ${issue.message}`, field);
}

/** The provenance an input gives, with its source checked to be a Source that exists. */
export async function provenanceFrom(context: GraphQLContext, input: unknown, path: string): Promise<Provenance> {
  const parsed = validated(provenanceSchema, input, path);
  if (parsed.kind === 'CURATED') return { kind: 'CURATED', quote: null, section: null, rationale: parsed.rationale, sourceId: null };
  const sourceId = storeIdOf(parsed.source, `${path}.source`, 'Source');
  if ((await context.store.nodesByIds([sourceId])).length === 0) {
    throw new ValidationError(`\`${path}.source\` names no Source`, `${path}.source`);
  }
  return { kind: 'STATED', quote: parsed.quote, section: parsed.section ?? null, rationale: null, sourceId };
}

/** The store id an entity ID names; a malformed ID (or one of another kind) is a ValidationError. */
export function storeIdOf(globalId: string, field: string, kind?: EntityKind): string {
  try {
    const { typename, id } = decodeGlobalID(globalId, field);
    if (kind && typename !== kind) throw new ValidationError(`\`${field}\` must be the ID of a ${kind}`, field);
    return nodeId(typename as EntityKind, id);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError(`\`${field}\` is not a valid ID`, field);
  }
}

export function attributesFrom(fields: {
  acronym?: string | null | undefined;
  attributedTo?: string | null | undefined;
  alternativeLabels?: string[] | undefined;
}): NodeAttributes {
  const attributes: NodeAttributes = {};
  if (fields.alternativeLabels?.length) attributes.alternativeLabels = fields.alternativeLabels;
  if (fields.acronym) attributes.acronym = fields.acronym;
  if (fields.attributedTo) attributes.attributedTo = fields.attributedTo;
  return attributes;
}
