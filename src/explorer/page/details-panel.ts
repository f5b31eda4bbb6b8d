/**
 * The chosen entity: what it is, where it comes from (the source's words, the maintainers'
 * rationale, or the dataset record it was imported from) and each drawn relationship with its own citation. From here a path can start or end.
 */
import { h } from '../dom.js';
import { kindName, relationName } from '../entity-kinds.js';
import type { EntitySummary, Provenance } from '../graph-data.js';
import type { GraphView } from '../graph-view.js';
import type { GraphQLClient } from '../graphql-client.js';
import { ENTITY_DETAILS_QUERY } from '../queries.js';

export interface DetailsPanel {
  show(id: string): Promise<void>;
}

export function citation(provenance: Provenance): HTMLElement {
  if (provenance.kind === 'STATED') {
    return h(
      'blockquote',
      { className: 'citation stated' },
      h('p', {}, provenance.quote ?? ''),
      provenance.section ? h('footer', {}, 'Section: ', h('cite', {}, provenance.section)) : null,
    );
  }
  if (provenance.kind === 'IMPORTED') {
    const record = provenance.record ?? '';
    return h(
      'p',
      { className: 'citation imported' },
      h('span', { className: 'badge' }, 'Imported'),
      ` from ${provenance.source?.name ?? 'ESCO'}, record `,
      // A dataset's record URI links to its page (ESCO's URIs resolve); anything else stays text.
      /^https?:\/\//.test(record) ? h('a', { href: record, target: '_blank', rel: 'noopener' }, record) : record,
    );
  }
  return h('p', { className: 'citation curated' }, h('span', { className: 'badge' }, 'Curated'), ' ', provenance.rationale ?? '');
}

export function createDetailsPanel(
  container: HTMLElement,
  options: {
    client: GraphQLClient;
    view: GraphView;
    onChoose: (entity: Pick<EntitySummary, 'id' | 'name'>) => void;
    onPathEnd: (entity: EntitySummary, end: 'from' | 'to') => void;
  },
): DetailsPanel {
  let latest = 0;
  return {
    async show(id) {
      const ticket = ++latest;
      const { node } = await options.client.request(ENTITY_DETAILS_QUERY, { id });
      if (ticket !== latest) return;
      // Every entity is an Entity (with a kind); `node` answers only entities, or null.
      if (!node || !('kind' in node)) {
        container.replaceChildren(h('p', {}, 'This entity no longer exists.'));
        return;
      }
      // The kind-specific facts, where the entity has them.
      const acronym = 'acronym' in node ? node.acronym : null;
      const issuer = 'issuer' in node ? node.issuer : null;
      const author = 'author' in node ? node.author : null;
      const summary: EntitySummary = { id: node.id, kind: node.kind, slug: node.slug, name: node.name };
      const entityButton = (entity: Pick<EntitySummary, 'id' | 'name'>) => {
        const button = h('button', { type: 'button', className: 'link' }, entity.name);
        button.addEventListener('click', () => options.onChoose(entity));
        return button;
      };
      const relationships = options.view.relationshipsOf(id).map((edge) => {
        const outgoing = edge.from === id;
        const other = options.view.entities().find((entity) => entity.id === (outgoing ? edge.to : edge.from));
        return h(
          'li',
          {},
          h('span', { className: 'relation' }, outgoing ? `${relationName(edge.relation)} →` : `← ${relationName(edge.relation)}`),
          ' ',
          other ? entityButton(other) : '',
          edge.statement ? h('p', { className: 'statement' }, edge.statement) : null,
          citation(edge.provenance),
        );
      });
      const fromButton = h('button', { type: 'button' }, 'Paths from here');
      const toButton = h('button', { type: 'button' }, 'Paths to here');
      fromButton.addEventListener('click', () => options.onPathEnd(summary, 'from'));
      toButton.addEventListener('click', () => options.onPathEnd(summary, 'to'));
      container.replaceChildren(
        h('h2', { id: 'details-title' }, node.name),
        h(
          'dl',
          { className: 'facts' },
          h('dt', {}, 'Kind'),
          h('dd', { 'data-field': 'kind' }, kindName(node.kind)),
          acronym ? h('dt', {}, 'Acronym') : null,
          acronym ? h('dd', { 'data-field': 'acronym' }, acronym) : null,
          issuer ? h('dt', {}, 'Issuer') : null,
          issuer ? h('dd', { 'data-field': 'issuer' }, entityButton(issuer)) : null,
          author ? h('dt', {}, 'Author') : null,
          author ? h('dd', {}, author) : null,
          node.alternativeLabels.length > 0 ? h('dt', {}, 'Also called') : null,
          node.alternativeLabels.length > 0 ? h('dd', {}, node.alternativeLabels.join(', ')) : null,
        ),
        h('p', { className: 'description' }, node.description),
        h('h3', {}, 'Where it comes from'),
        h('div', { 'data-field': 'provenance' }, citation(node.provenance)),
        h('div', { className: 'actions' }, fromButton, toButton),
        ...(relationships.length > 0
          ? [h('h3', {}, `Relationships drawn (${relationships.length})`), h('ul', { className: 'relationships' }, ...relationships)]
          : []),
      );
      container.dataset['entity'] = node.slug;
      container.setAttribute('aria-labelledby', 'details-title');
    },
  };
}
