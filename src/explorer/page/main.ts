/**
 * /explore: the graph around an entity (default: the IT operations manager), search as you type,
 * details with citations, paths between two entities, and the compare-roles and skill-gap views.
 * URL parameters: `focus` (a slug; an ESCO occupation's or skill's is the UUID of its URI, an ISCO
 * group's its code), `depth` (1–3; by default 2, or 1 around an ESCO focus), `kinds` (comma-separated entity kinds; by default the article's
 * main kinds, or the ESCO kinds around an ESCO focus).
 */
import { ENTITY_KINDS, type EntityKind } from '../entity-kinds.js';
import type { EntitySummary } from '../graph-data.js';
import { GRAPH_STYLES } from '../graph-styles.js';
import { createGraphView } from '../graph-view.js';
import { createGraphQLClient } from '../graphql-client.js';
import { renderLegend } from '../legend.js';
import {
  defaultDepthFor,
  defaultKindsFor,
  type Focus,
  focusOfSlug,
  loadNeighborhood,
  parseDepth,
  parseKinds,
} from '../neighborhood-source.js';
import { renderCompareView } from './compare-view.js';
import { createDetailsPanel } from './details-panel.js';
import { createNodeList } from './node-list.js';
import { createPathFinder } from './path-finder.js';
import { createSearchBox } from './search-box.js';
import { renderSkillGapView } from './skill-gap-view.js';
import { createTabs } from './tabs.js';

const DEFAULT_FOCUS = 'it-operations-manager';
const DEFAULT_KINDS: EntityKind[] = ['ROLE', 'RESPONSIBILITY', 'SKILL_DOMAIN', 'CERTIFICATION'];

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

async function start(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = GRAPH_STYLES;
  document.head.append(style);

  const endpoint = document.querySelector<HTMLMetaElement>('meta[name="graphql-endpoint"]')?.content || '/graphql';
  const client = createGraphQLClient(new URL(endpoint, document.baseURI).toString());
  const params = new URLSearchParams(location.search);
  const focusSlug = params.get('focus') || DEFAULT_FOCUS;
  const requestedDepth = parseDepth(params.get('depth'));
  let depth = requestedDepth ?? 2;
  const requestedKinds = parseKinds(params.get('kinds'), ENTITY_KINDS);
  let kinds = new Set<EntityKind>(requestedKinds.length > 0 ? requestedKinds : DEFAULT_KINDS);

  const status = byId('status');
  const report = (message: string) => {
    status.textContent = message;
    status.dataset['kind'] = 'error';
  };
  const say = (message: string) => {
    status.textContent = message;
    delete status.dataset['kind'];
  };

  const canvas = byId('graph');
  const view = createGraphView(canvas);
  let selectedId: string | null = null;
  let focus: Focus | null = null;

  const nodeList = createNodeList(byId('node-list'), { view, onChoose: (entity) => void choose(entity) });
  const pathFinder = createPathFinder(byId('path-finder'), {
    client,
    view,
    onChanged: () => nodeList.refresh(selectedId),
    onError: report,
  });
  const details = createDetailsPanel(byId('details'), {
    client,
    view,
    onChoose: (entity) => void choose(entity),
    onPathEnd: (entity, end) => {
      void pathFinder.setEnd(entity, end);
      byId('path-finder').scrollIntoView({ block: 'nearest' });
    },
  });

  /** Choosing an entity: its neighbours join the drawing, it is selected and its details shown. */
  async function choose(entity: Pick<EntitySummary, 'id'> & Partial<EntitySummary>): Promise<void> {
    try {
      const neighborhood = await loadNeighborhood(client, entity.id, { depth: 1, kinds: [...kinds] });
      view.merge(neighborhood, entity.id);
      selectedId = entity.id;
      view.select(entity.id);
      nodeList.refresh(selectedId);
      await details.show(entity.id);
      say(`${entity.name ?? 'Entity'} and its neighbours are drawn.`);
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
    }
  }

  async function drawFocus(): Promise<void> {
    say('Loading the graph…');
    try {
      if (!focus) {
        focus = await focusOfSlug(client, focusSlug);
        if (!focus) {
          report(`Nothing in the graph has the slug “${focusSlug}”.`);
          return;
        }
        if (requestedKinds.length === 0) {
          kinds = new Set(defaultKindsFor(focus.kind, DEFAULT_KINDS));
          showLegend();
        }
        if (requestedDepth === null) {
          depth = defaultDepthFor(focus.kind);
          depthSelect.value = String(depth);
        }
      }
      const focusId = focus.id;
      const neighborhood = await loadNeighborhood(client, focusId, { depth, kinds: [...kinds] });
      view.show(neighborhood, focusId);
      canvas.setAttribute(
        'aria-label',
        `Graph of ${neighborhood.nodes[0]?.name ?? focusSlug} and ${neighborhood.nodes.length - 1} related entities`,
      );
      // The centre is where a visitor starts reading: select it and show where it comes from.
      selectedId = focusId;
      view.select(focusId);
      nodeList.refresh(selectedId);
      await details.show(focusId);
      say(
        `${neighborhood.nodes.length} entities and ${neighborhood.edges.length} relationships around ${neighborhood.nodes[0]?.name ?? focusSlug}.`,
      );
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
    }
  }

  view.onActivate((id, { shiftKey }) => {
    const entity = view.entities().find((candidate) => candidate.id === id);
    if (!entity) return;
    if (shiftKey) void pathFinder.setEnd(entity, 'to');
    else void choose(entity);
  });

  createSearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-results'), {
    client,
    onChoose: (entity) => void choose(entity),
    onError: report,
  });

  const showLegend = () =>
    renderLegend(byId('legend'), {
      kinds: ENTITY_KINDS,
      checked: kinds,
      onToggle: (checked) => {
        kinds = checked;
        void drawFocus();
      },
    });
  showLegend();
  const depthSelect = byId<HTMLSelectElement>('depth');
  depthSelect.value = String(depth);
  depthSelect.addEventListener('change', () => {
    depth = Number(depthSelect.value);
    void drawFocus();
  });
  byId('recentre').addEventListener('click', () => void drawFocus());

  const rendered = new Set<string>();
  createTabs(byId('views'), (panelId) => {
    if (panelId === 'graph-view') view.fit();
    if (rendered.has(panelId)) return;
    rendered.add(panelId);
    if (panelId === 'compare-view')
      void renderCompareView(byId(panelId), { client, onError: report }).catch((error: unknown) => report(String(error)));
    if (panelId === 'skill-gap-view')
      void renderSkillGapView(byId(panelId), { client, onError: report }).catch((error: unknown) => report(String(error)));
  });

  await drawFocus();
  document.body.dataset['ready'] = 'true';
}

void start();
