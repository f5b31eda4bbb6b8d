/**
 * What the ESCO kinds (Occupation, Skill, IscoGroup) share: the concept URI and ESCO's labels as
 * fields, and the root lookups by URI (or code) beside the slug. An ESCO concept's slug is the last
 * segment of its URI (a UUID; an ISCO group's code), so a lookup by URI is a lookup by slug whose
 * answer must also carry that URI.
 */
import type { EntityKind, NodeRecord } from '../../data/index.js';
import type { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { badUserInput, checkLength } from '../errors.js';
import type { EntityNodeRef } from './refs.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type NodeFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRecord>;
type QueryFieldBuilder = PothosSchemaTypes.QueryFieldBuilder<Types, object>;

/** The fields of every ESCO kind: `uri`, `preferredLabel`; `hiddenLabels` where ESCO has them. */
// The return types are spelled out (the inferred ones name a module inside @pothos/core, which the
// package's type declarations cannot refer to: `npm run build:library`).
export function escoConceptFields(
  t: NodeFieldBuilder,
  options: { concept: string; hiddenLabels: boolean },
): Record<string, PothosSchemaTypes.FieldRef<Types, unknown, 'Object'>> {
  return {
    uri: t.string({
      nullable: true,
      description: `The ESCO concept URI of the ${options.concept} (what other systems join on); null only for one a curator added without one.`,
      resolve: (node) => node.attributes.uri ?? null,
    }),
    preferredLabel: t.string({
      description: `ESCO’s preferred label (English) for the ${options.concept}: the same as \`name\`, under ESCO’s (SKOS) name.`,
      resolve: (node) => node.name,
    }),
    ...(options.hiddenLabels
      ? {
          hiddenLabels: t.stringList({
            description:
              'Labels ESCO keeps for search only, not for display (old names, misspellings, product names): search finds the entity by them.',
            resolve: (node) => node.attributes.hiddenLabels ?? [],
          }),
        }
      : {}),
  };
}

/** The ESCO concept types whose URI names them: `http://data.europa.eu/esco/<segment>/<UUID>`. */
const URI_SEGMENTS = { Occupation: 'occupation', Skill: 'skill' } as const satisfies Partial<Record<EntityKind, string>>;
type UriKind = keyof typeof URI_SEGMENTS;

const ESCO_URI =
  /^http:\/\/data\.europa\.eu\/esco\/([a-z-]+)\/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/**
 * The slug an ESCO concept URI of `kind` names (its UUID, lowercase), or a BAD_USER_INPUT error that
 * says what a URI of the kind looks like (and, for a URI of another ESCO kind, which).
 */
export function slugOfEscoUri(uri: string, kind: UriKind, argument = 'uri'): string {
  checkLength(uri, argument);
  const segment = URI_SEGMENTS[kind];
  const example = `http://data.europa.eu/esco/${segment}/<UUID>`;
  const match = ESCO_URI.exec(uri.trim());
  if (!match) throw badUserInput(`\`${argument}\` "${uri}" is not an ESCO ${segment} URI: expected ${example}`, { argument });
  if (match[1] !== segment)
    throw badUserInput(`\`${argument}\` "${uri}" is an ESCO ${match[1]} URI: expected an ESCO ${segment} URI, ${example}`, { argument });
  return match[2]!.toLowerCase();
}

/** The canonical form of an ESCO concept URI of `kind` with this UUID. */
const escoUri = (kind: UriKind, uuid: string) => `http://data.europa.eu/esco/${URI_SEGMENTS[kind]}/${uuid}`;

/** An ISCO-08 code: one to four digits (major, sub-major, minor or unit group). */
const ISCO_CODE = /^[0-9]{1,4}$/;

/** The slug of the ISCO-08 group with this code (the code itself), or a BAD_USER_INPUT error. */
export function slugOfIscoCode(code: string, argument = 'code'): string {
  checkLength(code, argument);
  if (!ISCO_CODE.test(code.trim()))
    throw badUserInput(`\`${argument}\` "${code}" is not an ISCO-08 code: one to four digits, e.g. 1330 or 25`, { argument });
  return code.trim();
}

/** Exactly one of two arguments, or a BAD_USER_INPUT error naming both. */
function exactlyOne<A extends string, B extends string>(
  names: [A, B],
  values: [string | null | undefined, string | null | undefined],
): { argument: A | B; value: string } {
  const [a, b] = values;
  if ((a == null) === (b == null))
    throw badUserInput(`Give exactly one of \`${names[0]}\` and \`${names[1]}\``, { argument: names.join(',') });
  return a != null ? { argument: names[0], value: a } : { argument: names[1], value: b! };
}

async function bySlug(context: GraphQLContext, kind: EntityKind, slug: string): Promise<NodeRecord | null> {
  const [node] = await context.store.nodesBySlugs(kind, [slug]);
  return node ?? null;
}

/**
 * `occupation(uri:, slug:)` and `skill(uri:, slug:)`: the concept with this ESCO URI (or, for
 * clients that hold slugs, such as the explorer's `?focus=`, this slug), or null.
 */
export function escoConceptByUriField(
  t: QueryFieldBuilder,
  options: { type: EntityNodeRef; kind: UriKind; description: string },
): PothosSchemaTypes.FieldRef<Types, unknown, 'Query'> {
  const segment = URI_SEGMENTS[options.kind];
  return t.field({
    type: options.type,
    nullable: true,
    description: `${options.description} Give exactly one of \`uri\` and \`slug\`; a malformed URI, or one of another ESCO kind, is a BAD_USER_INPUT error.`,
    args: {
      uri: t.arg.string({ description: `The ESCO concept URI: http://data.europa.eu/esco/${segment}/<UUID>.` }),
      slug: t.arg.string({ description: `The ${segment}’s slug (for an imported one, the UUID of its URI).` }),
    },
    resolve: async (_root, args, context) => {
      const { argument, value } = exactlyOne(['uri', 'slug'], [args.uri, args.slug]);
      if (argument === 'slug') return bySlug(context, options.kind, checkLength(value, 'slug'));
      const slug = slugOfEscoUri(value, options.kind);
      const node = await bySlug(context, options.kind, slug);
      // The slug is the URI's UUID; the entity must also carry the URI (a curator's entity with that slug does not).
      return node?.attributes.uri === escoUri(options.kind, slug) ? node : null;
    },
  });
}

/** `iscoGroup(code:, slug:)`: the ISCO-08 group with this code (its slug is the code), or null. */
export function iscoGroupByCodeField(
  t: QueryFieldBuilder,
  options: { type: EntityNodeRef; description: string },
): PothosSchemaTypes.FieldRef<Types, unknown, 'Query'> {
  return t.field({
    type: options.type,
    nullable: true,
    description: `${options.description} Give exactly one of \`code\` and \`slug\`; a malformed code is a BAD_USER_INPUT error.`,
    args: {
      code: t.arg.string({ description: 'The ISCO-08 code: one to four digits (e.g. `1330`, a unit group; `13`, a sub-major group).' }),
      slug: t.arg.string({ description: 'The group’s slug (for an imported group, its code; an unknown slug answers null).' }),
    },
    resolve: async (_root, args, context) => {
      const { argument, value } = exactlyOne(['code', 'slug'], [args.code, args.slug]);
      if (argument === 'slug') return bySlug(context, 'IscoGroup', checkLength(value, 'slug'));
      const code = slugOfIscoCode(value);
      const node = await bySlug(context, 'IscoGroup', code);
      return node?.attributes.code === code ? node : null;
    },
  });
}
