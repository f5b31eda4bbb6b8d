/**
 * The crosswalk in the API: a role's matches to ESCO occupations (`Role.occupationMatches`), the
 * identifiers of roles and occupations in ESCO, ISCO-08 and O*NET-SOC 2010 (`externalIds`), and the
 * lookup by identifier (`entitiesByExternalId`). The computation is `data/analysis/crosswalk.ts`.
 */
import {
  derivedExternalIds,
  EXTERNAL_ID_SCHEMES,
  type ExternalIdentifier,
  type ExternalIdScheme,
  entitiesByExternalId,
  type OccupationMatch,
  occupationMatchesOf,
  ownExternalIds,
} from '../../data/analysis/crosswalk.js';
import type { NodeRecord } from '../../data/index.js';
import { builder } from '../builder.js';
import { checkLength } from '../errors.js';
import { loaderOptions } from '../loader-options.js';
import { ENTITY_NODES, EntityInterface, ProvenanceType } from './refs.js';
import { QUALIFIER_ENUMS } from './relation-qualifier.js';

/** The enum's names for the stored scheme names (GraphQL names take no hyphen or asterisk). */
const SCHEME_VALUES = {
  ESCO: { value: 'ESCO', description: 'ESCO: the concept URI (`code` and `uri` are both the URI).' },
  ISCO_08: {
    value: 'ISCO-08',
    description: 'ISCO-08, the International Standard Classification of Occupations: a unit group code (`1330`).',
  },
  ONET_SOC_2010: {
    value: 'O*NET-SOC-2010',
    description:
      'O*NET-SOC, 2010 taxonomy (`11-3021.00`), from Nesta’s ESCO–O*NET crosswalk (Nov 2020), with its `confidence`. Codes of the 2019 taxonomy differ for some occupations.',
  },
} as const satisfies Record<string, { value: ExternalIdScheme; description: string }>;

export const ExternalIdSchemeEnum = builder.enumType('ExternalIdScheme', {
  description: 'A classification other systems identify occupations by.',
  values: SCHEME_VALUES,
});

// Every stored scheme has its enum value (checked when the module loads).
for (const scheme of EXTERNAL_ID_SCHEMES) {
  if (!Object.values(SCHEME_VALUES).some((entry) => entry.value === scheme)) throw new Error(`ExternalIdScheme has no value for ${scheme}`);
}

export const OccupationMatchType = builder.objectRef<OccupationMatch>('OccupationMatch').implement({
  description:
    'A role’s correspondence to an ESCO occupation, as a SKOS mapping relation, with its citation: ESCO’s own record where it supports the match (IMPORTED), else the maintainers’ rationale (CURATED).',
  fields: (t) => ({
    matchType: t.field({
      type: QUALIFIER_ENUMS.MATCHES_OCCUPATION,
      nullable: true,
      description: 'How closely the role corresponds to the occupation (SKOS). Null only for a relationship stored without one.',
      resolve: (match) => match.matchType,
    }),
    role: t.field({ type: ENTITY_NODES.Role, description: 'The article’s role.', resolve: (match) => match.role }),
    occupation: t.field({ type: ENTITY_NODES.Occupation, description: 'The ESCO occupation.', resolve: (match) => match.occupation }),
    provenance: t.field({
      type: ProvenanceType,
      description:
        'Why the role matches the occupation: IMPORTED (the dataset and the occupation’s URI) where ESCO lists the role’s name among the occupation’s labels, else CURATED with the maintainers’ rationale.',
      resolve: (match) => match.relationship.provenance,
    }),
  }),
});

export const ExternalIdType = builder.objectRef<ExternalIdentifier>('ExternalId').implement({
  description:
    'An identifier of an entity in a classification other systems join on (ESCO, ISCO-08, O*NET-SOC 2010). An occupation’s are its own, imported with it; a role’s are derived from the occupations it matches EXACT or CLOSE (`derivedFrom`).',
  fields: (t) => ({
    scheme: t.field({ type: ExternalIdSchemeEnum, description: 'The classification.', resolve: (id) => id.scheme }),
    code: t.exposeString('code', { description: 'The identifier in the classification (an ESCO concept URI, `1330`, `11-3021.00`).' }),
    uri: t.exposeString('uri', {
      nullable: true,
      description: 'The identifier’s URI where the classification gives one (ESCO, ISCO-08 as ESCO publishes it), else null.',
    }),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description:
        'O*NET-SOC: the confidence Nesta’s crosswalk gives the match of the ESCO occupation to the O*NET occupation (2 highest, then 1, then 0.5). Null for the other schemes.',
    }),
    label: t.exposeString('label', {
      nullable: true,
      description: 'The classification’s name for it, where the data gives one (the O*NET occupation’s title).',
    }),
    derivedFrom: t.field({
      type: OccupationMatchType,
      nullable: true,
      description:
        'For a role: the occupation match the identifier comes through (the role carries the identifiers of the occupations it matches EXACT or CLOSE). Null for an entity’s own identifier.',
      resolve: (id) => id.derivedFrom,
    }),
  }),
});

builder.objectFields(ENTITY_NODES.Role, (t) => ({
  occupationMatches: t.loadableList({
    type: OccupationMatchType,
    byPath: true,
    description:
      'The ESCO occupations the role corresponds to, each with its SKOS match type and citation, in the order curated (the same relationships as `occupations`).',
    loaderOptions,
    load: async (roles: NodeRecord[], context) => {
      const matches = await occupationMatchesOf(context.store, roles);
      return roles.map((role) => matches.get(role.id) ?? []);
    },
    resolve: (role) => role,
  }),
  externalIds: t.loadableList({
    type: ExternalIdType,
    byPath: true,
    description:
      'The role’s identifiers in ESCO, ISCO-08 and O*NET-SOC 2010: those of the occupations it matches EXACT or CLOSE, each with the match it is derived from (`derivedFrom`). A BROAD, NARROW or RELATED match gives none.',
    loaderOptions,
    load: async (roles: NodeRecord[], context) => {
      const matches = await occupationMatchesOf(context.store, roles);
      return roles.map((role) => derivedExternalIds(matches.get(role.id) ?? []));
    },
    resolve: (role) => role,
  }),
}));

builder.objectFields(ENTITY_NODES.Occupation, (t) => ({
  externalIds: t.field({
    type: [ExternalIdType],
    description:
      'The occupation’s identifiers: its ESCO URI, its ISCO-08 unit group and the O*NET-SOC 2010 occupations Nesta’s crosswalk matches it to (with the crosswalk’s confidence).',
    resolve: (occupation) => ownExternalIds(occupation),
  }),
}));

builder.queryField('entitiesByExternalId', (t) =>
  t.field({
    type: [EntityInterface],
    description:
      'The entities an identifier of another classification names: the ESCO occupations that carry it, then the roles that carry it through an EXACT or CLOSE match, each group by name. `ISCO_08` names a unit group (every occupation in it); `ONET_SOC_2010` may name several ESCO occupations. Empty when none does.',
    args: {
      scheme: t.arg({ type: ExternalIdSchemeEnum, required: true, description: 'The classification.' }),
      code: t.arg.string({
        required: true,
        description: 'The identifier, exactly as the classification writes it (`1330`, `11-3021.00`, an ESCO URI).',
      }),
      includeDeprecated: t.arg.boolean({ defaultValue: false, description: 'Include deprecated entities (left out by default).' }),
    },
    resolve: (_root, args, context) =>
      entitiesByExternalId(context.store, args.scheme, checkLength(args.code, 'code'), {
        includeDeprecated: args.includeDeprecated === true,
      }),
  }),
);
