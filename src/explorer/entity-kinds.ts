/**
 * How each kind of entity is drawn: colour and shape on the canvas and the same in the legend, so a
 * kind is recognisable by shape alone as well as by colour (Okabe–Ito colours, safe for colour blindness).
 */
import type cytoscape from 'cytoscape';

export const ENTITY_KINDS = [
  'ROLE',
  'RESPONSIBILITY',
  'SKILL_DOMAIN',
  'CERTIFICATION',
  'ISSUER',
  'ITIL_FUNCTION',
  'TECHNICAL_AREA',
  'COMPARISON_DIMENSION',
  'OUTLOOK_STATEMENT',
  'SOURCE',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface KindStyle {
  /** Legend label, plural. */
  label: string;
  colour: string;
  shape: cytoscape.Css.NodeShape;
  /** The same shape for the legend swatch, as a CSS clip-path. */
  clipPath: string;
  /** Node size on the canvas, in pixels. */
  size: number;
}

export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  ROLE: { label: 'Roles', colour: '#D55E00', shape: 'ellipse', clipPath: 'circle(50%)', size: 57 },
  RESPONSIBILITY: { label: 'Responsibilities', colour: '#0072B2', shape: 'round-rectangle', clipPath: 'inset(15% 0 round 20%)', size: 32 },
  SKILL_DOMAIN: {
    label: 'Skill domains',
    colour: '#009E73',
    shape: 'hexagon',
    clipPath: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
    size: 42,
  },
  CERTIFICATION: {
    label: 'Certifications',
    colour: '#CC79A7',
    shape: 'diamond',
    clipPath: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
    size: 37,
  },
  ISSUER: { label: 'Issuers', colour: '#E69F00', shape: 'triangle', clipPath: 'polygon(50% 0, 100% 100%, 0 100%)', size: 35 },
  ITIL_FUNCTION: {
    label: 'ITIL functions',
    colour: '#56B4E9',
    shape: 'octagon',
    clipPath: 'polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)',
    size: 40,
  },
  TECHNICAL_AREA: {
    label: 'Technical areas',
    colour: '#7F7F00',
    shape: 'rhomboid',
    clipPath: 'polygon(25% 0, 100% 0, 75% 100%, 0 100%)',
    size: 32,
  },
  COMPARISON_DIMENSION: {
    label: 'Comparison dimensions',
    colour: '#882255',
    shape: 'vee',
    clipPath: 'polygon(0 0, 50% 40%, 100% 0, 50% 100%)',
    size: 35,
  },
  OUTLOOK_STATEMENT: {
    label: 'Outlook statements',
    colour: '#6B6B6B',
    shape: 'tag',
    clipPath: 'polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)',
    size: 32,
  },
  SOURCE: { label: 'Sources', colour: '#333333', shape: 'rectangle', clipPath: 'inset(10% 0)', size: 37 },
};

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** "SKILL_DOMAIN" → "skill domain". */
export function kindName(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

/** "COVERED_BY_CERTIFICATION" → "covered by certification". */
export function relationName(relation: string): string {
  return relation.toLowerCase().replace(/_/g, ' ');
}
