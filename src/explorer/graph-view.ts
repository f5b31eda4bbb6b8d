/**
 * The picture: one Cytoscape.js canvas that the page and the widget both draw with, so they show
 * the same thing. Entities are coloured and shaped by kind; curated relationships are dashed, those
 * imported from a dataset (ESCO) dotted;
 * a highlighted path is drawn bold with everything else faded.
 *
 * What is drawn is mirrored in data attributes on the container (`data-node-count`,
 * `data-selected`, `data-highlighted-path`), for assistive tooling and tests.
 */
import cytoscape from 'cytoscape';
import { isEntityKind, KIND_STYLES, relationName } from './entity-kinds.js';
import type { EntitySummary, Neighborhood, NeighborhoodEdge, PathStep } from './graph-data.js';

export interface GraphView {
  readonly cy: cytoscape.Core;
  /** Replaces the drawing with a neighbourhood. */
  show(neighborhood: Neighborhood, centreId: string): void;
  /** Adds the entities and relationships not drawn yet, new ones placed around `aroundId`. */
  merge(neighborhood: Neighborhood, aroundId: string): void;
  /** Marks one entity as the selected one (null: none). */
  select(id: string | null): void;
  /** Draws a path bold (adding its entities and relationships if missing) and fades the rest. */
  highlightPath(steps: readonly PathStep[]): void;
  clearPath(): void;
  /** The entities drawn, centre first then by name. */
  entities(): EntitySummary[];
  /** The relationships drawn that touch an entity. */
  relationshipsOf(id: string): NeighborhoodEdge[];
  has(id: string): boolean;
  /** Called when someone clicks or taps an entity on the canvas. */
  onActivate(listener: (id: string, options: { shiftKey: boolean }) => void): void;
  /** Fits the drawing to the container again (after the container changed size). */
  fit(): void;
  destroy(): void;
}

const edgeId = (from: string, relation: string, to: string) => `${from}|${relation}|${to}`;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'background-color': 'data(colour)',
      shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 13,
      'font-family': 'system-ui, sans-serif',
      color: '#1b1b1b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'border-width': 1,
      'border-color': '#ffffff',
      // Zoomed out (a phone), labels too small to read give way; zooming in brings them back.
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#1b1b1b', 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
  {
    selector: 'node.selected-entity',
    style: { 'border-width': 5, 'border-color': '#FFB000', 'font-weight': 'bold', 'z-index': 10, 'min-zoomed-font-size': 0 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#a9a9a9',
      'target-arrow-color': '#a9a9a9',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge.curated', style: { 'line-style': 'dashed' } },
  { selector: 'edge.imported', style: { 'line-style': 'dotted' } },
  {
    selector: 'edge.path',
    style: {
      width: 5,
      'line-color': '#1b1b1b',
      'target-arrow-color': '#1b1b1b',
      label: 'data(label)',
      'font-size': 10,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'z-index': 20,
    },
  },
  { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#1b1b1b', 'z-index': 20, 'min-zoomed-font-size': 0 } },
  { selector: '.faded', style: { opacity: 0.2 } },
];

function nodeElement(entity: EntitySummary, position?: cytoscape.Position): cytoscape.ElementDefinition {
  const style = isEntityKind(entity.kind) ? KIND_STYLES[entity.kind] : KIND_STYLES.SOURCE;
  return {
    group: 'nodes',
    data: { ...entity, colour: style.colour, shape: style.shape, size: style.size },
    ...(position ? { position } : {}),
  };
}

function edgeElement(edge: NeighborhoodEdge): cytoscape.ElementDefinition {
  return {
    group: 'edges',
    data: { id: edgeId(edge.from, edge.relation, edge.to), source: edge.from, target: edge.to, label: relationName(edge.relation), edge },
    classes: edge.provenance.kind === 'CURATED' ? 'curated' : edge.provenance.kind === 'IMPORTED' ? 'imported' : '',
  };
}

export function createGraphView(container: HTMLElement): GraphView {
  const cy = cytoscape({
    container,
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  let centreId: string | null = null;
  const listeners: ((id: string, options: { shiftKey: boolean }) => void)[] = [];

  cy.on('tap', 'node', (event) => {
    const original = event.originalEvent as MouseEvent | undefined;
    for (const listener of listeners) listener(event.target.id() as string, { shiftKey: original?.shiftKey ?? false });
  });

  // The container can change size (a panel opening, a phone turning): keep the drawing fitted to it.
  const resizeObserver = new ResizeObserver(() => {
    if (cy.destroyed() || container.clientWidth === 0) return;
    cy.resize();
    cy.fit(undefined, 24);
  });
  resizeObserver.observe(container);

  const mirror = () => {
    container.dataset['nodeCount'] = String(cy.nodes().length);
    container.dataset['edgeCount'] = String(cy.edges().length);
  };

  /** The area to lay out over: the container's shape, but never so small that entities crowd (phones zoom out instead). */
  const area = () => {
    const width = Math.max(1, container.clientWidth);
    const height = Math.max(1, container.clientHeight);
    const scale = Math.max(1, 560 / width, 420 / height);
    return { x1: 0, y1: 0, w: width * scale, h: height * scale };
  };

  /** A force-directed pass from where the entities stand (deterministic: no random start). */
  const layout = (fitAfter: boolean) => {
    cy.resize(); // the container may have changed size since the last drawing
    cy.layout({
      name: 'cose',
      // Spread over the container's shape, so the fitted picture fills it and labels stay readable.
      boundingBox: area(),
      randomize: false,
      animate: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 55,
      nodeRepulsion: () => 5000,
      nodeOverlap: 8,
      gravity: 1.4,
      numIter: 1500,
      fit: fitAfter,
      padding: 24,
    }).run();
  };

  const addMissing = (neighborhood: Neighborhood, around: cytoscape.Position | null) => {
    const fresh = neighborhood.nodes.filter((entity) => cy.getElementById(entity.id).empty());
    cy.add(
      fresh.map((entity, index) =>
        nodeElement(
          entity,
          around
            ? {
                x: around.x + 60 * Math.cos((2 * Math.PI * index) / Math.max(1, fresh.length)),
                y: around.y + 60 * Math.sin((2 * Math.PI * index) / Math.max(1, fresh.length)),
              }
            : undefined,
        ),
      ),
    );
    cy.add(
      neighborhood.edges
        .filter((edge) => cy.getElementById(edgeId(edge.from, edge.relation, edge.to)).empty())
        .filter((edge) => cy.getElementById(edge.from).nonempty() && cy.getElementById(edge.to).nonempty())
        .map(edgeElement),
    );
    return fresh.length;
  };

  const view: GraphView = {
    cy,
    show(neighborhood, centre) {
      cy.elements().remove();
      centreId = centre;
      addMissing(neighborhood, null);
      cy.getElementById(centre).addClass('centre');
      // Rings in the neighbourhood's order (centre, then by distance) give the force-directed pass the same start every time.
      const order = new Map(neighborhood.nodes.map((entity, index) => [entity.id, index]));
      cy.layout({
        name: 'concentric',
        animate: false,
        fit: false,
        concentric: (node: cytoscape.NodeSingular) =>
          node.id() === centre ? 100 : 50 - Math.min(49, Math.floor((order.get(node.id()) ?? 0) / 8)),
        levelWidth: () => 1,
        minNodeSpacing: 30,
        boundingBox: area(),
      }).run();
      layout(true);
      mirror();
    },
    merge(neighborhood, aroundId) {
      const anchor = cy.getElementById(aroundId);
      const added = addMissing(neighborhood, anchor.nonempty() ? { ...anchor.position() } : null);
      if (added > 0) layout(true);
      mirror();
    },
    select(id) {
      cy.nodes('.selected-entity').removeClass('selected-entity');
      if (id) {
        const node = cy.getElementById(id);
        node.addClass('selected-entity');
        container.dataset['selected'] = id;
      } else {
        delete container.dataset['selected'];
      }
    },
    highlightPath(steps) {
      view.clearPath();
      if (steps.length === 0) return;
      const nodes = [steps[0]!.from, ...steps.map((step) => step.to)];
      const edges: NeighborhoodEdge[] = steps.map((step) => {
        const stored = step.relationship.relation;
        const forwards = cy.getElementById(edgeId(step.from.id, stored, step.to.id)).nonempty();
        const backwards = cy.getElementById(edgeId(step.to.id, stored, step.from.id)).nonempty();
        // Walked backwards, a step reads with the inverse name; the stored relationship points the other way.
        const [from, to] = forwards || (!backwards && stored === step.relation) ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
        return { from, to, relation: stored, statement: null, provenance: step.provenance };
      });
      const anchor = nodes.find((entity) => cy.getElementById(entity.id).nonempty());
      const added = addMissing({ nodes, edges, truncated: false }, anchor ? { ...cy.getElementById(anchor.id).position() } : null);
      if (added > 0) layout(false);
      const onPath = cy.collection();
      for (const entity of nodes) onPath.merge(cy.getElementById(entity.id));
      for (const edge of edges) onPath.merge(cy.getElementById(edgeId(edge.from, edge.relation, edge.to)));
      onPath.addClass('path');
      cy.elements().not(onPath).addClass('faded');
      cy.animate({ fit: { eles: onPath, padding: 60 }, duration: 250 });
      container.dataset['highlightedPath'] = nodes.map((entity) => entity.name).join(' → ');
      container.dataset['highlightedElements'] = String(onPath.length);
      mirror();
    },
    clearPath() {
      cy.elements().removeClass('path faded');
      delete container.dataset['highlightedPath'];
      delete container.dataset['highlightedElements'];
    },
    entities() {
      const all = cy.nodes().map((node) => {
        const { id, kind, slug, name } = node.data() as EntitySummary;
        return { id, kind, slug, name };
      });
      return all.sort((a, b) => Number(b.id === centreId) - Number(a.id === centreId) || a.name.localeCompare(b.name));
    },
    relationshipsOf(id) {
      return cy
        .getElementById(id)
        .connectedEdges()
        .map((edge) => edge.data('edge') as NeighborhoodEdge);
    },
    has(id) {
      return cy.getElementById(id).nonempty();
    },
    onActivate(listener) {
      listeners.push(listener);
    },
    fit() {
      cy.resize();
      cy.fit(undefined, 24);
    },
    destroy() {
      resizeObserver.disconnect();
      cy.destroy();
    },
  };
  return view;
}
