/**
 * The embeddable widget: `<it-ops-graph endpoint="https://kg.example/graphql" focus="it-operations-manager">`
 * draws the same picture as /explore inside any page. Attributes: `endpoint` (default: /graphql on the
 * server the script came from), `focus` (a slug; default the IT operations manager), `depth` (1–3,
 * default 2), `kinds` (comma-separated entity kinds, default roles, skill domains and certifications);
 * around an ESCO occupation, skill or ISCO group (focus: the UUID of its URI, or the group's code) the
 * defaults are depth 1 and the ESCO kinds with the roles.
 * Clicking an entity expands its neighbours and shows its citation. A page on another origin needs
 * that origin in the service's CORS_ORIGINS.
 */
import { h } from './dom.js';
import { ENTITY_KINDS, type EntityKind, isEntityKind, kindName } from './entity-kinds.js';
import { citationText } from './graph-data.js';
import { GRAPH_STYLES } from './graph-styles.js';
import { createGraphView, type GraphView } from './graph-view.js';
import { createGraphQLClient, type GraphQLClient } from './graphql-client.js';
import { kindSwatch, renderLegend } from './legend.js';
import { defaultDepthFor, defaultKindsFor, focusOfSlug, loadNeighborhood, parseDepth, parseKinds } from './neighborhood-source.js';
import { ENTITY_DETAILS_QUERY } from './queries.js';

const DEFAULT_FOCUS = 'it-operations-manager';
const DEFAULT_KINDS: EntityKind[] = ['ROLE', 'SKILL_DOMAIN', 'CERTIFICATION'];

// Where this script was loaded from: the default endpoint is that server's /graphql.
const scriptSource = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

const WIDGET_STYLES = `
:host { display: block; height: 420px; font-family: system-ui, sans-serif; color: #1b1b1b; }
.frame { display: flex; flex-direction: column; height: 100%; border: 1px solid #ccc; border-radius: 6px; overflow: hidden; background: #fff; }
.canvas { flex: 1; min-height: 0; }
.caption { padding: 6px 10px; font-size: 13px; border-top: 1px solid #eee; min-height: 1.4em; }
.caption q { color: #444; }
footer { display: flex; justify-content: space-between; align-items: flex-end; gap: 8px; padding: 6px 10px; border-top: 1px solid #eee; }
footer a { font-size: 12px; white-space: nowrap; color: #0b57d0; }
.status { padding: 10px; font-size: 13px; color: #8a1c1c; }
details.entities { padding: 0 10px 6px; font-size: 13px; }
details.entities ul { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; max-height: 120px; overflow: auto; }
details.entities button { display: flex; align-items: center; gap: 5px; font: inherit; font-size: 12px; border: 1px solid #aaa; border-radius: 4px; background: #f5f5f5; padding: 1px 6px; cursor: pointer; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
`;

export class ItOpsGraphElement extends HTMLElement {
  static observedAttributes = ['endpoint', 'focus', 'depth', 'kinds'];

  private view: GraphView | null = null;
  private loading = 0;

  connectedCallback(): void {
    void this.draw();
  }

  disconnectedCallback(): void {
    this.view?.destroy();
    this.view = null;
  }

  attributeChangedCallback(): void {
    if (this.isConnected && this.shadowRoot) void this.draw();
  }

  private get endpoint(): string {
    const explicit = this.getAttribute('endpoint');
    return new URL(explicit ?? '../graphql', explicit ? document.baseURI : scriptSource || document.baseURI).toString();
  }

  private async draw(): Promise<void> {
    const run = ++this.loading;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.view?.destroy();
    this.view = null;
    this.dataset['state'] = 'loading';

    const canvas = h('div', { className: 'canvas kg-canvas', role: 'img' });
    const caption = h(
      'div',
      { className: 'caption', 'aria-live': 'polite' },
      'Click an entity to see where it comes from and what it connects to.',
    );
    const legend = h('div', { className: 'legend' });
    // The keyboard's (and screen readers') way to the entities drawn on the canvas.
    const entityList = h('ul', {});
    const entities = h('details', { className: 'entities' }, h('summary', {}, 'List the entities drawn'), entityList);
    const focusSlug = this.getAttribute('focus') || DEFAULT_FOCUS;
    const link = h(
      'a',
      { href: new URL(`../explore?focus=${encodeURIComponent(focusSlug)}`, this.endpoint).toString(), target: '_blank', rel: 'noopener' },
      'Open the explorer',
    );
    root.replaceChildren(
      h('style', {}, GRAPH_STYLES + WIDGET_STYLES),
      h('div', { className: 'frame' }, canvas, caption, entities, h('footer', {}, legend, link)),
    );

    const client = createGraphQLClient(this.endpoint);
    const requestedDepth = parseDepth(this.getAttribute('depth'));
    const parsed = parseKinds(this.getAttribute('kinds'), ENTITY_KINDS);
    try {
      const focus = await focusOfSlug(client, focusSlug);
      if (!focus) throw new Error(`Nothing in the graph has the slug “${focusSlug}”.`);
      const focusId = focus.id;
      const kinds = parsed.length > 0 ? parsed : defaultKindsFor(focus.kind, DEFAULT_KINDS);
      const depth = requestedDepth ?? defaultDepthFor(focus.kind);
      const neighborhood = await loadNeighborhood(client, focusId, { depth, kinds });
      if (run !== this.loading) return;
      const view = createGraphView(canvas);
      this.view = view;
      view.show(neighborhood, focusId);
      canvas.setAttribute(
        'aria-label',
        `Graph of ${neighborhood.nodes[0]?.name ?? focusSlug} and ${neighborhood.nodes.length - 1} related entities`,
      );
      const drawnKinds = ENTITY_KINDS.filter((kind) => neighborhood.nodes.some((node) => node.kind === kind));
      renderLegend(legend, { kinds: drawnKinds.filter(isEntityKind) });
      const activate = (id: string) =>
        this.expand(client, view, id, kinds, caption)
          .then(() => listEntities())
          .catch((error: unknown) => {
            caption.textContent = error instanceof Error ? error.message : String(error);
          });
      const listEntities = () =>
        entityList.replaceChildren(
          ...view.entities().map((entity) => {
            const button = h('button', { type: 'button', 'data-slug': entity.slug }, kindSwatch(entity.kind), entity.name);
            button.addEventListener('click', () => void activate(entity.id));
            return h('li', {}, button);
          }),
        );
      listEntities();
      view.onActivate((id) => void activate(id));
      this.dataset['nodeCount'] = String(neighborhood.nodes.length);
      this.dataset['state'] = 'ready';
    } catch (error) {
      if (run !== this.loading) return;
      this.dataset['state'] = 'error';
      root.append(h('p', { className: 'status', role: 'alert' }, error instanceof Error ? error.message : String(error)));
    }
  }

  private async expand(client: GraphQLClient, view: GraphView, id: string, kinds: EntityKind[], caption: HTMLElement) {
    view.select(id);
    const [details, neighborhood] = await Promise.all([
      client.request(ENTITY_DETAILS_QUERY, { id }),
      loadNeighborhood(client, id, { depth: 1, kinds }),
    ]);
    view.merge(neighborhood, id);
    this.dataset['nodeCount'] = String(view.entities().length);
    if (details.node && 'kind' in details.node) {
      caption.replaceChildren(
        h('strong', {}, details.node.name),
        ` (${kindName(details.node.kind)}): `,
        citationText(details.node.provenance),
      );
    }
  }
}

if (!customElements.get('it-ops-graph')) customElements.define('it-ops-graph', ItOpsGraphElement);
