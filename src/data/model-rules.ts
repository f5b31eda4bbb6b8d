/**
 * What a record of the model may hold, as one definition: the limits of each field, text the
 * stores can keep, and the rules that tie records together (the kinds a relation joins,
 * replacements). The API's curation inputs (`src/schema/curation/curation-input.ts`) and the import
 * (`src/data/transfer.ts`) both validate with these, so whatever one refuses the other refuses too.
 */
import { z } from 'zod';
import { type EntityKind, qualifiersOf, RELATIONS, type Relation } from './model.js';

/** The longest each text field may be (characters), and the most items each list may hold. */
export const FIELD_LIMITS = {
  slug: 200,
  name: 200,
  /** An anonymous `nodes(ids:)` answers up to 100 entities, each with its description. */
  /** ISCO-08 groups carry descriptions of up to about 3,900 characters. */
  description: 4000,
  alternativeLabel: 200,
  /** ESCO gives an occupation up to 90. */
  alternativeLabels: 200,
  acronym: 20,
  attributedTo: 200,
  author: 200,
  authorDescription: 2000,
  section: 200,
  sections: 100,
  quote: 2000,
  rationale: 500,
  statement: 500,
  record: 500,
  url: 2000,
  licence: 500,
  horizon: 100,
  /** Classification codes and short kind values ("1330.5", "skill/competence", "ISCO-08"). */
  code: 100,
  externalIds: 50,
  /** A source's full text: an article of many thousand words fits. */
  sourceText: 1_000_000,
} as const;

/** The largest version or position a store keeps (both are 32-bit integer columns on PostgreSQL). */
export const MAX_STORED_INTEGER = 2_147_483_647;

/** Any NUL or surrogate code unit: almost no text has one, so most strings need no closer look. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
// With the u flag a surrogate pair is one code point, so this matches only a surrogate left alone.
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Why the stores cannot keep a string as it is, or null when they can. PostgreSQL refuses NUL in
 * text (SQLite keeps it), so a NUL would be stored on one store and fail on the other; an unpaired
 * surrogate has no UTF-8 form and comes back as U+FFFD, so it would not be what was written.
 */
export function unstorableReason(value: string): string | null {
  if (!SUSPECT.test(value)) return null;
  if (value.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (UNPAIRED_SURROGATE.test(value)) return 'must be valid Unicode text (it holds an unpaired surrogate)';
  return null;
}

/** A string the stores keep exactly as given. */
export const storableString = z.string().superRefine((value, context) => {
  const reason = unstorableReason(value);
  if (reason) context.addIssue({ code: 'custom', message: reason });
});

/** Text of a field: surrounding whitespace is not part of it; not blank; at most `max` characters. */
export function textField(max: number) {
  return storableString
    .trim()
    .min(1, 'must not be empty')
    .max(max, { error: (issue) => `must be at most ${max} characters; got ${String((issue.input as string).length)}` });
}

/** Slugs are the kebab-case of the display name (`+` spelled `plus`) or the article's acronym. */
export const slugField = z
  .string()
  .max(FIELD_LIMITS.slug, `must be at most ${FIELD_LIMITS.slug} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** The fields of an entity a curator writes (and an import carries), with their limits. */
export const entityFieldRules = {
  slug: slugField,
  name: textField(FIELD_LIMITS.name),
  description: textField(FIELD_LIMITS.description),
};

/** The attributes a node may carry; each key optional. */
export const attributeRules = {
  acronym: textField(FIELD_LIMITS.acronym),
  alternativeLabels: z
    .array(textField(FIELD_LIMITS.alternativeLabel))
    .max(FIELD_LIMITS.alternativeLabels, `must have at most ${FIELD_LIMITS.alternativeLabels} items`),
  attributedTo: textField(FIELD_LIMITS.attributedTo),
  author: textField(FIELD_LIMITS.author),
  authorDescription: textField(FIELD_LIMITS.authorDescription),
  sections: z.array(textField(FIELD_LIMITS.section)).max(FIELD_LIMITS.sections, `must have at most ${FIELD_LIMITS.sections} items`),
  text: textField(FIELD_LIMITS.sourceText),
  url: textField(FIELD_LIMITS.url).pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' })),
  publishedOn: z.iso.date({ error: 'must be an ISO 8601 date, e.g. 2025-01-31' }),
  licence: textField(FIELD_LIMITS.licence),
  horizon: textField(FIELD_LIMITS.horizon),
  uri: textField(FIELD_LIMITS.url).pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URI' })),
  hiddenLabels: z
    .array(textField(FIELD_LIMITS.alternativeLabel))
    .max(FIELD_LIMITS.alternativeLabels, `must have at most ${FIELD_LIMITS.alternativeLabels} items`),
  code: textField(FIELD_LIMITS.code),
  skillType: textField(FIELD_LIMITS.code),
  reuseLevel: textField(FIELD_LIMITS.code),
  externalIds: z
    .array(
      z.strictObject({
        scheme: textField(FIELD_LIMITS.code),
        code: textField(FIELD_LIMITS.url),
        uri: textField(FIELD_LIMITS.url).optional(),
        confidence: z.number().min(0).max(100).optional(),
        label: storableString.max(FIELD_LIMITS.name).optional(),
      }),
    )
    .max(FIELD_LIMITS.externalIds, `must have at most ${FIELD_LIMITS.externalIds} items`),
  topPercent: z.number().positive().max(100),
};

/** The parts of provenance each kind must have: STATED a quote (and a source); CURATED a rationale. */
export const provenanceRules = {
  quote: textField(FIELD_LIMITS.quote),
  section: textField(FIELD_LIMITS.section),
  rationale: textField(FIELD_LIMITS.rationale),
  record: textField(FIELD_LIMITS.record),
};

/** A relationship's statement in the maintainers' words. */
export const statementRule = textField(FIELD_LIMITS.statement);

/** When an entity was deprecated: an ISO 8601 instant in UTC, as the store writes it. */
export const deprecatedAtRule = z.iso.datetime({ error: 'must be an ISO 8601 instant in UTC, e.g. 2026-11-28T09:30:00.000Z' });

/**
 * Why a relation cannot join entities of these kinds, or null when it can. No relation links an
 * entity to itself (a role leading itself says nothing; for every other relation the kinds differ).
 * One rule for every way an edge gets in: curation, import, content.
 */
export function relationProblem(
  relation: Relation,
  from: { id: string; kind: EntityKind | null | undefined },
  to: { id: string; kind: EntityKind | null | undefined },
): string | null {
  const joins = RELATIONS[relation];
  if (from.kind !== joins.from || to.kind !== joins.to) return `${relation} links a ${joins.from} to a ${joins.to}`;
  if (from.id === to.id) return `A ${relation} relationship cannot link an entity to itself`;
  return null;
}

/**
 * Why a relationship of `relation` cannot carry `qualifier`, or null when it can (the reason reads
 * after the field's name): a qualifier must
 * be one of the relation's (`RELATION_QUALIFIERS`), and a relation without qualifiers takes none.
 * With `required`, a relation that has qualifiers must be given one: curators linking through the
 * API must say how (a new NEEDS_TECHNICAL_AREA relationship says how strongly); an import may
 * carry none, as exports made before edges had qualifiers do.
 */
export function qualifierProblem(relation: Relation, qualifier: string | null | undefined, options: { required: boolean }): string | null {
  const allowed = qualifiersOf(relation);
  if (qualifier == null) {
    return options.required && allowed.length > 0 ? `is required for a ${relation} relationship: one of ${allowed.join(', ')}` : null;
  }
  if (allowed.length === 0) return `must be left out: a ${relation} relationship takes no qualifier; got ${JSON.stringify(qualifier)}`;
  if (!allowed.includes(qualifier))
    return `must be one of ${allowed.join(', ')} for a ${relation} relationship; got ${JSON.stringify(qualifier)}`;
  return null;
}

/** Why `replacement` cannot replace `entity`, or null when it can (the same kind, another entity). */
export function replacementProblem(entity: { id: string; kind: EntityKind }, replacement: { id: string; kind: EntityKind }): string | null {
  if (replacement.id === entity.id) return 'An entity cannot replace itself';
  if (replacement.kind !== entity.kind) return `A ${entity.kind} can only be replaced by a ${entity.kind}, not a ${replacement.kind}`;
  return null;
}

/**
 * The loop that following replacements from `id` would run into (`[id, …, id]`), or null when the
 * chain ends or runs into a loop that does not come back to `id`. `replacedByOf` gives each
 * entity's replacement (null or undefined: none). Pass the same `settled` set when checking many
 * entities: an entity whose chain was walked once is not walked again, so checking all of a graph
 * takes time in proportion to its size, however long its chains.
 */
export function replacementLoop(
  id: string,
  replacedByOf: (id: string) => string | null | undefined,
  settled = new Set<string>(),
): string[] | null {
  const chain = [id];
  const seen = new Set(chain);
  let onLoopFrom = Number.POSITIVE_INFINITY;
  for (let next = replacedByOf(id); next != null && !settled.has(next); next = replacedByOf(next)) {
    if (next === id) return [...chain, id];
    if (seen.has(next)) {
      // A loop further down that does not come back here: its entities are left to be found by their own check.
      onLoopFrom = chain.indexOf(next);
      break;
    }
    chain.push(next);
    seen.add(next);
  }
  // Settled: entities whose chain ends, or runs into a loop they are not on.
  for (const walked of chain.slice(0, onLoopFrom)) settled.add(walked);
  return null;
}
