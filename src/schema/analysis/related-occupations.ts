import {
  RELATED_OCCUPATIONS_BUDGET,
  RELATED_OCCUPATIONS_COST,
  type RelatedOccupation,
  relatedOccupations,
} from '../../data/analysis/related-occupations.js';
import { builder } from '../builder.js';
import { ENTITY_NODES } from '../entities/refs.js';
import { badUserInput, checkLength, codedError } from '../errors.js';

export const MAX_RELATED_OCCUPATIONS = 100;
const DEFAULT_RELATED_OCCUPATIONS = 10;

/** ESCO's occupation URIs: the slug of an occupation is the UUID at the end. */
const OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const RelatedOccupationType = builder.objectRef<RelatedOccupation>('RelatedOccupation').implement({
  description: 'An ESCO occupation close to another by the essential skills both list, with those skills as the evidence.',
  fields: (t) => ({
    occupation: t.field({ type: ENTITY_NODES.Occupation, description: 'The related occupation.', resolve: (r) => r.occupation }),
    sharedCount: t.int({
      description: 'How many of the given occupation’s essential skills this one lists as essential too.',
      resolve: (r) => r.sharedEssentialSkills.length,
    }),
    sharedEssentialSkills: t.field({
      type: [ENTITY_NODES.Skill],
      description: 'Those skills, by name: each is an essential REQUIRES_SKILL relationship of both occupations in ESCO.',
      resolve: (r) => r.sharedEssentialSkills,
    }),
    rank: t.exposeInt('rank', { description: '1 for the closest.' }),
  }),
});

builder.queryField('relatedOccupations', (t) =>
  t.field({
    type: [RelatedOccupationType],
    description: `The ESCO occupations closest to an occupation by the essential skills they share with it (O*NET’s “related occupations”): most shared essential skills first, ties by name; occupations sharing none are left out, as are deprecated ones. An unknown or malformed URI is a BAD_USER_INPUT error.

The search reads at most ${RELATED_OCCUPATIONS_BUDGET.toLocaleString('en-US')} occupation–skill relations (ESCO v1.1.1’s most connected occupation needs 8,569), and the query cost charges for it: ${RELATED_OCCUPATIONS_COST} plus \`first\` times what each occupation selects. Where an occupation’s skills are listed by more occupations than that, the field answers no partial ranking but a QUERY_TOO_COSTLY error.`,
    args: {
      uri: t.arg.string({
        required: true,
        description: 'The occupation’s ESCO concept URI (`http://data.europa.eu/esco/occupation/<uuid>`).',
      }),
      first: t.arg.int({
        defaultValue: DEFAULT_RELATED_OCCUPATIONS,
        description: `How many occupations to return, 1 to ${MAX_RELATED_OCCUPATIONS} (default ${DEFAULT_RELATED_OCCUPATIONS}).`,
      }),
    },
    // The search's work budget, in cost units, then `first` occupations of what each selects.
    // `first` is checked here too, so that one out of range is refused for what it is, before the cost limit.
    complexity: (args) => ({
      field: RELATED_OCCUPATIONS_COST,
      multiplier: checkOccupationCount(args.first ?? DEFAULT_RELATED_OCCUPATIONS),
    }),
    resolve: async (_root, args, context) => {
      const first = checkOccupationCount(args.first ?? DEFAULT_RELATED_OCCUPATIONS);
      const uri = checkLength(args.uri, 'uri').trim();
      const slug = OCCUPATION_URI.exec(uri)?.[1];
      if (slug === undefined) {
        throw badUserInput(`\`uri\` must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>); got "${uri}"`, {
          argument: 'uri',
        });
      }
      const [occupation] = await context.store.nodesBySlugs('Occupation', [slug]);
      if (occupation === undefined || occupation.attributes.uri !== uri) {
        throw badUserInput(`No occupation has the URI "${uri}" (argument \`uri\`)`, { argument: 'uri' });
      }
      const result = await relatedOccupations(
        context.store,
        occupation,
        context.deadline ? { first, deadline: context.deadline } : { first },
      );
      if (!result.complete) {
        throw codedError(
          'QUERY_TOO_COSTLY',
          `Ranking the occupations related to "${occupation.name}" reads more than the ${RELATED_OCCUPATIONS_BUDGET.toLocaleString('en-US')} occupation–skill relations a search may read`,
          { argument: 'uri', relationsRead: result.relationsRead },
        );
      }
      return result.related;
    },
  }),
);

/** `first` of `relatedOccupations`: 1 to `MAX_RELATED_OCCUPATIONS`. */
function checkOccupationCount(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_RELATED_OCCUPATIONS) {
    throw badUserInput(`\`first\` must be 1 to ${MAX_RELATED_OCCUPATIONS}; got ${first}`, { argument: 'first' });
  }
  return first;
}
