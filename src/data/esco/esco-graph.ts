/**
 * ESCO's CSV package as nodes and typed edges of the graph: occupations, skills and knowledge
 * concepts, ISCO-08 groups, the occupation–skill relations (essential / optional), the hierarchies
 * (broader / narrower) and skill–skill relations, with every label. Every fact is IMPORTED: its
 * provenance names the dataset (a Source per version) and the concept's URI. Nesta's ESCO–O*NET
 * crosswalk, when given, adds O*NET-SOC codes to occupations' external identifiers.
 *
 * A malformed package is refused before anything is built, naming the file and the row.
 */
import { parse } from 'csv-parse/sync';
import type { ContentEdge, ContentNode, EntityKind, ExternalId, NodeAttributes, Provenance, Relation } from '../model.js';
import { edgeId, nodeId } from '../model.js';
import { type EscoFile, EscoPackageError } from './esco-package.js';

/** The dataset a version of ESCO is imported as: a Source, cited by every imported fact. */
export function escoSource(version: string): ContentNode {
  const slug = `esco-v${version.replace(/[^0-9a-z]+/gi, '-').toLowerCase()}`;
  return {
    id: nodeId('Source', slug),
    kind: 'Source',
    slug,
    name: `ESCO v${version}`,
    description: `ESCO (European Skills, Competences, Qualifications and Occupations) v${version}, English, CSV: the European Commission’s classification of occupations and skills.`,
    attributes: {
      author: 'European Commission',
      url: 'https://esco.ec.europa.eu/en/use-esco/download',
      licence:
        '© European Union. Reuse is authorised provided the source is acknowledged (Commission Decision 2011/833/EU): “ESCO v1.1.1, European Commission”.'.replace(
          '1.1.1',
          version,
        ),
    },
    provenance: curated(`The dataset the ESCO occupations, skills and ISCO-08 groups are imported from (version ${version}).`),
  };
}

/** Nesta's ESCO–O*NET crosswalk, cited by the O*NET-SOC codes it gives occupations. */
export const NESTA_CROSSWALK_SOURCE: ContentNode = {
  id: nodeId('Source', 'nesta-esco-onet-crosswalk-nov-2020'),
  kind: 'Source',
  slug: 'nesta-esco-onet-crosswalk-nov-2020',
  name: 'Nesta, ESCO–O*NET crosswalk (Nov 2020)',
  description:
    'Nesta’s open crosswalk from 1,680 ESCO occupations to O*NET-SOC (2010 taxonomy) occupations, with a confidence for each match, from the Mapping Career Causeways project.',
  attributes: {
    author: 'Nesta',
    url: 'https://github.com/nestauk/mapping-career-causeways',
    publishedOn: '2020-11-23',
    licence: 'MIT',
  },
  provenance: curated('The crosswalk the O*NET-SOC codes of ESCO occupations are taken from.'),
};

function curated(rationale: string): Provenance {
  return { kind: 'CURATED', quote: null, section: null, rationale, sourceId: null, record: null };
}

export interface EscoGraphOptions {
  /** The ESCO version the package is (e.g. `1.1.1`); names the dataset's Source. */
  version: string;
  /** Only occupations whose ISCO-08 group code starts with one of these (e.g. `['133', '25', '35']`), their skills and groups. */
  iscoPrefixes?: readonly string[];
  /** The text of Nesta's crosswalk CSV, to add O*NET-SOC codes to occupations. */
  crosswalk?: string;
  /** The crosswalk file's name, for messages (default `crosswalk`). */
  crosswalkName?: string;
}

export interface EscoGraph {
  /** The dataset's Source (and the crosswalk's, when given) first, then groups, occupations, skills. */
  nodes: ContentNode[];
  edges: ContentEdge[];
  counts: { occupations: number; skills: number; iscoGroups: number; skillGroups: number; occupationSkillRelations: number };
  /** The ids every concept of the package would have, in the slice or not (what an import must not deprecate). */
  packageIds: Set<string>;
  /** The ids of the package's concepts whose `status` is not `released` (an import deprecates them). */
  obsoleteIds: Set<string>;
  /** Relation rows skipped: they name an occupation the occupations file does not list, or relate a concept to itself. */
  skippedRows: number;
}

type Row = Record<string, string>;

/** Parses one CSV file; a malformed one is refused naming the file and the line. */
function rowsOf(files: ReadonlyMap<EscoFile, string>, file: EscoFile, columns: readonly string[]): Row[] {
  let rows: Row[];
  try {
    rows = parse(files.get(file)!, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  } catch (error) {
    // csv-parse counts the records read before the faulty one (the header is row 1) and the text's lines.
    const { records, lines } = error as { records?: number; lines?: number };
    const where = typeof records === 'number' ? ` row ${records + 2}${typeof lines === 'number' ? ` (line ${lines})` : ''}` : '';
    throw new EscoPackageError(`${file}${where}: ${(error as Error).message}`);
  }
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  const missing = columns.filter((column) => !header.includes(column));
  if (rows.length > 0 && missing.length > 0) throw new EscoPackageError(`${file}: no column ${missing.join(', ')} in its header`);
  return rows;
}

/** Where a row is, for messages: the file and its row number (the header is row 1). */
const at = (file: EscoFile, index: number) => `${file} row ${index + 2}`;

const CONCEPT = /^http:\/\/data\.europa\.eu\/esco\/(occupation|skill|isco)\/([A-Za-z0-9-]+)$/;

/** The slug of a concept URI: its last segment, lowercase (a UUID; an ISCO group's code). */
function slugOf(uri: string, where: string): string {
  const match = CONCEPT.exec(uri);
  if (!match) throw new EscoPackageError(`${where}: "${uri.slice(0, 200)}" is not an ESCO concept URI`);
  const last = match[2]!.toLowerCase();
  return match[1] === 'isco' ? last.replace(/^c/, '') : last;
}

const SKILL_GROUP = /^http:\/\/data\.europa\.eu\/esco\/(skill|isced-f)\/([A-Za-z0-9-]+)$/;

/** The slug of a skill group's URI: its UUID, or `isced-f-<code>` for an ISCED-F field. */
function skillGroupSlugOf(uri: string, where: string): string {
  const match = SKILL_GROUP.exec(uri);
  if (!match) throw new EscoPackageError(`${where}: "${uri.slice(0, 200)}" is not an ESCO skill group URI`);
  const last = match[2]!.toLowerCase();
  return match[1] === 'isced-f' ? `isced-f-${last}` : last;
}

/** A multi-line label cell as a list: trimmed, without blanks, repeats or the preferred label. */
function labels(cell: string | undefined, preferred: string): string[] {
  const seen = new Set([preferred]);
  const out: string[] = [];
  for (const label of (cell ?? '').split('\n').map((value) => value.trim())) {
    if (label && !seen.has(label)) {
      seen.add(label);
      out.push(label);
    }
  }
  return out;
}

function required(row: Row, column: string, where: string): string {
  const value = (row[column] ?? '').trim();
  if (!value) throw new EscoPackageError(`${where}: ${column} is empty`);
  return value;
}

const QUALIFIER: Record<string, string> = { essential: 'ESSENTIAL', optional: 'OPTIONAL' };

/** Whether a row's concept is current: ESCO marks the others with another `status` (a row without the column is current). */
const released = (row: Row) => (row.status ?? '').trim() === '' || row.status!.trim() === 'released';

export function escoGraph(files: ReadonlyMap<EscoFile, string>, options: EscoGraphOptions): EscoGraph {
  const source = escoSource(options.version);
  const imported = (record: string): Provenance => ({
    kind: 'IMPORTED',
    quote: null,
    section: null,
    rationale: null,
    sourceId: source.id,
    record,
  });
  const inSlice = (code: string) => !options.iscoPrefixes || options.iscoPrefixes.some((prefix) => code.startsWith(prefix));
  const packageIds = new Set<string>();
  const obsoleteIds = new Set<string>();
  /** Every concept URI of the package's occupation and skill files, in the slice or not. */
  const packageOccupations = new Set<string>();
  const packageSkills = new Set<string>();
  let skippedRows = 0;
  const inPackage = (id: string, row: Row) => {
    packageIds.add(id);
    if (!released(row)) obsoleteIds.add(id);
  };

  // ISCO-08 groups.
  const groups = new Map<string, { node: ContentNode; uri: string }>();
  rowsOf(files, 'ISCOGroups_en.csv', ['conceptUri', 'code', 'preferredLabel']).forEach((row, index) => {
    const where = at('ISCOGroups_en.csv', index);
    const uri = required(row, 'conceptUri', where);
    const code = required(row, 'code', where);
    if (!/^[0-9]{1,4}$/.test(code)) throw new EscoPackageError(`${where}: code "${code.slice(0, 20)}" is not an ISCO-08 code`);
    const name = required(row, 'preferredLabel', where);
    inPackage(nodeId('IscoGroup', code), row);
    const attributes: NodeAttributes = { uri, code };
    const alternatives = labels(row.altLabels, name);
    if (alternatives.length) attributes.alternativeLabels = alternatives;
    groups.set(code, {
      uri,
      node: {
        id: nodeId('IscoGroup', code),
        kind: 'IscoGroup',
        slug: code,
        name,
        description: (row.description ?? '').trim() || name,
        attributes,
        provenance: imported(uri),
      },
    });
  });

  // O*NET-SOC codes from the crosswalk, by occupation URI.
  const onet = new Map<string, ExternalId[]>();
  if (options.crosswalk !== undefined) {
    let rows: Row[];
    try {
      rows = parse(options.crosswalk, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
    } catch (error) {
      throw new EscoPackageError(`${options.crosswalkName ?? 'crosswalk'}: ${(error as Error).message}`);
    }
    rows.forEach((row, index) => {
      const where = `${options.crosswalkName ?? 'crosswalk'} row ${index + 2}`;
      const uri = required(row, 'concept_uri', where);
      const code = required(row, 'onet_code', where);
      if (!/^\d{2}-\d{4}\.\d{2}$/.test(code))
        throw new EscoPackageError(`${where}: onet_code "${code.slice(0, 20)}" is not an O*NET-SOC code`);
      const confidence = Number(row.confidence);
      const id: ExternalId = { scheme: 'O*NET-SOC-2010', code, label: (row.onet_occupation ?? '').trim() };
      if (Number.isFinite(confidence)) id.confidence = confidence;
      onet.set(uri, [...(onet.get(uri) ?? []), id]);
    });
  }

  // Occupations (of the slice).
  const occupations = new Map<string, ContentNode>();
  const occupationGroup = new Map<string, string>();
  rowsOf(files, 'occupations_en.csv', ['conceptUri', 'iscoGroup', 'preferredLabel']).forEach((row, index) => {
    const where = at('occupations_en.csv', index);
    const uri = required(row, 'conceptUri', where);
    const group = required(row, 'iscoGroup', where);
    inPackage(nodeId('Occupation', slugOf(uri, where)), row);
    packageOccupations.add(uri);
    if (!inSlice(group)) return;
    if (!groups.has(group)) throw new EscoPackageError(`${where}: iscoGroup "${group.slice(0, 20)}" is not in ISCOGroups_en.csv`);
    const name = required(row, 'preferredLabel', where);
    const slug = slugOf(uri, where);
    const attributes: NodeAttributes = { uri };
    const alternatives = labels(row.altLabels, name);
    if (alternatives.length) attributes.alternativeLabels = alternatives;
    const hidden = labels(row.hiddenLabels, name);
    if (hidden.length) attributes.hiddenLabels = hidden;
    if (row.code?.trim()) attributes.code = row.code.trim();
    attributes.externalIds = [
      { scheme: 'ESCO', code: uri, uri },
      { scheme: 'ISCO-08', code: group, uri: groups.get(group)!.uri },
      ...(onet.get(uri) ?? []),
    ];
    occupations.set(uri, {
      id: nodeId('Occupation', slug),
      kind: 'Occupation',
      slug,
      name,
      description: (row.description ?? '').trim() || (row.definition ?? '').trim() || name,
      attributes,
      provenance: imported(uri),
    });
    occupationGroup.set(uri, group);
  });

  // Occupation–skill relations (of the slice's occupations); the skills they name.
  const wantedSkills = new Set<string>();
  const requirements: { from: string; to: string; qualifier: string; index: number }[] = [];
  rowsOf(files, 'occupationSkillRelations.csv', ['occupationUri', 'relationType', 'skillUri']).forEach((row, index) => {
    const where = at('occupationSkillRelations.csv', index);
    const from = required(row, 'occupationUri', where);
    if (!occupations.has(from)) {
      // The official package has rows for occupations its occupations file does not list (v1.1.1: 67 rows, one occupation):
      // they are skipped and counted, not refused.
      if (!packageOccupations.has(from)) skippedRows++;
      return;
    }
    const qualifier = QUALIFIER[(row.relationType ?? '').trim()];
    if (!qualifier)
      throw new EscoPackageError(`${where}: relationType "${(row.relationType ?? '').slice(0, 20)}" is neither essential nor optional`);
    const to = required(row, 'skillUri', where);
    wantedSkills.add(to);
    requirements.push({ from, to, qualifier, index });
  });

  const skills = new Map<string, ContentNode>();
  rowsOf(files, 'skills_en.csv', ['conceptUri', 'preferredLabel']).forEach((row, index) => {
    const where = at('skills_en.csv', index);
    const uri = required(row, 'conceptUri', where);
    inPackage(nodeId('Skill', slugOf(uri, where)), row);
    packageSkills.add(uri);
    if (options.iscoPrefixes && !wantedSkills.has(uri)) return;
    const name = required(row, 'preferredLabel', where);
    const slug = slugOf(uri, where);
    const attributes: NodeAttributes = { uri };
    const alternatives = labels(row.altLabels, name);
    if (alternatives.length) attributes.alternativeLabels = alternatives;
    const hidden = labels(row.hiddenLabels, name);
    if (hidden.length) attributes.hiddenLabels = hidden;
    if (row.skillType?.trim()) attributes.skillType = row.skillType.trim();
    if (row.reuseLevel?.trim()) attributes.reuseLevel = row.reuseLevel.trim();
    skills.set(uri, {
      id: nodeId('Skill', slug),
      kind: 'Skill',
      slug,
      name,
      description: (row.description ?? '').trim() || (row.definition ?? '').trim() || name,
      attributes,
      provenance: imported(uri),
    });
  });

  // Skill groups: ESCO's skills hierarchy above the skills (ISCED-F fields of education for knowledge).
  const skillGroups = new Map<string, ContentNode>();
  rowsOf(files, 'skillGroups_en.csv', ['conceptUri', 'preferredLabel']).forEach((row, index) => {
    const where = at('skillGroups_en.csv', index);
    const uri = required(row, 'conceptUri', where);
    const slug = skillGroupSlugOf(uri, where);
    inPackage(nodeId('SkillGroup', slug), row);
    const name = required(row, 'preferredLabel', where);
    const attributes: NodeAttributes = { uri };
    const alternatives = labels(row.altLabels, name);
    if (alternatives.length) attributes.alternativeLabels = alternatives;
    const hidden = labels(row.hiddenLabels, name);
    if (hidden.length) attributes.hiddenLabels = hidden;
    if (row.code?.trim()) attributes.code = row.code.trim();
    skillGroups.set(uri, {
      id: nodeId('SkillGroup', slug),
      kind: 'SkillGroup',
      slug,
      name,
      description: (row.description ?? '').trim() || (row.scopeNote ?? '').trim() || name,
      attributes,
      provenance: imported(uri),
    });
  });

  // The ISCO groups the slice needs: every occupation's group and the groups above it.
  const keptGroups = new Set<string>();
  if (options.iscoPrefixes) {
    for (const group of occupationGroup.values()) for (let n = 1; n <= group.length; n++) keptGroups.add(group.slice(0, n));
  } else {
    for (const code of groups.keys()) keptGroups.add(code);
  }

  const edges: ContentEdge[] = [];
  const positions = new Map<string, number>();
  const edgeIds = new Set<string>();
  const link = (relation: Relation, from: ContentNode, to: ContentNode, record: string, qualifier: string | null = null) => {
    if (from.id === to.id) {
      skippedRows++; // the official package relates a few concepts to themselves (v1.1.1: one skill); the graph refuses such loops
      return;
    }
    const id = edgeId(relation, from.id, to.id);
    if (edgeIds.has(id)) return;
    edgeIds.add(id);
    const key = `${relation}:${from.id}`;
    const position = positions.get(key) ?? 0;
    positions.set(key, position + 1);
    edges.push({ id, relation, fromId: from.id, toId: to.id, position, statement: null, qualifier, provenance: imported(record) });
  };

  for (const { from, to, qualifier, index } of requirements) {
    const skill = skills.get(to);
    if (!skill)
      throw new EscoPackageError(`${at('occupationSkillRelations.csv', index)}: skillUri "${to.slice(0, 200)}" is not in skills_en.csv`);
    link('REQUIRES_SKILL', occupations.get(from)!, skill, from, qualifier);
  }
  for (const [uri, group] of occupationGroup) link('IN_ISCO_GROUP', occupations.get(uri)!, groups.get(group)!.node, uri);

  rowsOf(files, 'broaderRelationsOccPillar.csv', ['conceptType', 'conceptUri', 'broaderType', 'broaderUri']).forEach((row, index) => {
    const where = at('broaderRelationsOccPillar.csv', index);
    const narrower = required(row, 'conceptUri', where);
    const broader = required(row, 'broaderUri', where);
    if (row.conceptType === 'Occupation' && row.broaderType === 'Occupation') {
      const from = occupations.get(narrower);
      const to = occupations.get(broader);
      if (from && to) link('BROADER_OCCUPATION', from, to, narrower);
    } else if (row.conceptType === 'ISCOGroup' && row.broaderType === 'ISCOGroup') {
      const from = groups.get(slugOf(narrower, where));
      const to = groups.get(slugOf(broader, where));
      if (from && to && keptGroups.has(from.node.slug) && keptGroups.has(to.node.slug))
        link('BROADER_ISCO_GROUP', from.node, to.node, narrower);
    }
  });
  /** A skill URI of a relation row, which must be one of the package's skills (in the slice or not). */
  const knownSkill = (row: Row, column: string, where: string) => {
    const uri = required(row, column, where);
    if (!packageSkills.has(uri)) throw new EscoPackageError(`${where}: ${column} "${uri.slice(0, 200)}" is not in skills_en.csv`);
    return uri;
  };
  // The official package names a few skill groups in its hierarchy that skillGroups_en.csv does not
  // hold (v1.1.1: some); such rows are skipped and counted, like relations to missing occupations.
  const knownSkillGroup = (row: Row, column: string, where: string) => skillGroups.get(required(row, column, where));
  const skillPillar = rowsOf(files, 'broaderRelationsSkillPillar.csv', ['conceptType', 'conceptUri', 'broaderType', 'broaderUri']);
  // The skill groups kept: in a slice, those above its skills (transitively); else all.
  const keptSkillGroups = new Set<string>(options.iscoPrefixes ? [] : skillGroups.keys());
  if (options.iscoPrefixes) {
    const above = new Map<string, string[]>();
    for (const row of skillPillar) {
      if (row.broaderType !== 'SkillGroup') continue;
      above.set(row.conceptUri!, [...(above.get(row.conceptUri!) ?? []), row.broaderUri!]);
    }
    const pending = [...skills.keys()];
    while (pending.length > 0) {
      for (const group of above.get(pending.pop()!) ?? []) {
        if (skillGroups.has(group) && !keptSkillGroups.has(group)) {
          keptSkillGroups.add(group);
          pending.push(group);
        }
      }
    }
  }
  skillPillar.forEach((row, index) => {
    const where = at('broaderRelationsSkillPillar.csv', index);
    if (row.conceptType === 'KnowledgeSkillCompetence' && row.broaderType === 'KnowledgeSkillCompetence') {
      const from = skills.get(knownSkill(row, 'conceptUri', where));
      const to = skills.get(knownSkill(row, 'broaderUri', where));
      if (from && to) link('BROADER_SKILL', from, to, from.attributes.uri!);
    } else if (row.conceptType === 'KnowledgeSkillCompetence' && row.broaderType === 'SkillGroup') {
      const from = skills.get(knownSkill(row, 'conceptUri', where));
      const to = knownSkillGroup(row, 'broaderUri', where);
      if (!to) skippedRows++;
      else if (from && keptSkillGroups.has(to.attributes.uri!)) link('IN_SKILL_GROUP', from, to, from.attributes.uri!);
    } else if (row.conceptType === 'SkillGroup' && row.broaderType === 'SkillGroup') {
      const from = knownSkillGroup(row, 'conceptUri', where);
      const to = knownSkillGroup(row, 'broaderUri', where);
      if (!from || !to) skippedRows++;
      else if (keptSkillGroups.has(from.attributes.uri!) && keptSkillGroups.has(to.attributes.uri!))
        link('BROADER_SKILL_GROUP', from, to, from.attributes.uri!);
    }
  });
  rowsOf(files, 'skillSkillRelations.csv', ['originalSkillUri', 'relationType', 'relatedSkillUri']).forEach((row, index) => {
    const where = at('skillSkillRelations.csv', index);
    const qualifier = QUALIFIER[(row.relationType ?? '').trim()];
    if (!qualifier)
      throw new EscoPackageError(`${where}: relationType "${(row.relationType ?? '').slice(0, 20)}" is neither essential nor optional`);
    const from = skills.get(knownSkill(row, 'originalSkillUri', where));
    const to = skills.get(knownSkill(row, 'relatedSkillUri', where));
    if (!from || !to) return;
    link('RELATED_SKILL', from, to, from.attributes.uri!, qualifier);
  });

  const groupNodes = [...groups.values()].filter((group) => keptGroups.has(group.node.slug)).map((group) => group.node);
  const sources = options.crosswalk !== undefined ? [source, NESTA_CROSSWALK_SOURCE] : [source];
  return {
    nodes: [
      ...sources,
      ...groupNodes,
      ...occupations.values(),
      ...skills.values(),
      ...[...skillGroups.values()].filter((group) => keptSkillGroups.has(group.attributes.uri!)),
    ],
    edges,
    counts: {
      occupations: occupations.size,
      skills: skills.size,
      iscoGroups: groupNodes.length,
      skillGroups: keptSkillGroups.size,
      occupationSkillRelations: requirements.length,
    },
    packageIds,
    obsoleteIds,
    skippedRows,
  };
}

export type { EntityKind };
