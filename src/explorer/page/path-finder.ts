/**
 * How two chosen entities are related (the `paths` query): the paths shortest first, each hop with
 * its evidence; the chosen path is highlighted on the canvas.
 */
import { h } from '../dom.js';
import { relationName } from '../entity-kinds.js';
import type { EntitySummary, RelationshipPath } from '../graph-data.js';
import type { GraphView } from '../graph-view.js';
import type { GraphQLClient } from '../graphql-client.js';
import { PATHS_QUERY } from '../queries.js';
import { citation } from './details-panel.js';

export interface PathFinder {
  setEnd(entity: EntitySummary, end: 'from' | 'to'): Promise<void>;
}

const MAX_LENGTH = 4;
const PATHS = 3;

export function createPathFinder(
  container: HTMLElement,
  options: { client: GraphQLClient; view: GraphView; onChanged: () => void; onError: (message: string) => void },
): PathFinder {
  const ends: { from: EntitySummary | null; to: EntitySummary | null } = { from: null, to: null };
  let latest = 0;

  const endLabel = (end: 'from' | 'to') =>
    h(
      'span',
      { className: 'path-end', 'data-end': end },
      ends[end]?.name ?? `choose an entity, then “Paths ${end === 'from' ? 'from' : 'to'} here”`,
    );

  const renderEnds = (body: Node | null) => {
    const clear = h('button', { type: 'button' }, 'Clear');
    clear.addEventListener('click', () => {
      ends.from = null;
      ends.to = null;
      latest++;
      options.view.clearPath();
      renderEnds(null);
      options.onChanged();
    });
    container.replaceChildren(
      h('h2', {}, 'Paths between two entities'),
      h('p', { className: 'ends' }, 'From ', endLabel('from'), ' to ', endLabel('to'), ' ', ends.from || ends.to ? clear : null),
      ...(body ? [body] : []),
    );
  };

  const stepList = (path: RelationshipPath) =>
    h(
      'ol',
      { className: 'steps' },
      ...path.steps.map((step) =>
        h(
          'li',
          { className: 'hop', 'data-from': step.from.slug, 'data-to': step.to.slug, 'data-relation': step.relation },
          h(
            'span',
            { className: 'hop-line' },
            h('strong', {}, step.from.name),
            ` ${relationName(step.relation)} `,
            h('strong', {}, step.to.name),
          ),
          citation(step.provenance),
        ),
      ),
    );

  const renderPaths = (paths: RelationshipPath[]) => {
    if (paths.length === 0) {
      renderEnds(h('p', { role: 'status' }, `No path of at most ${MAX_LENGTH} relationships connects them.`));
      options.view.clearPath();
      return;
    }
    const list = h('div', { className: 'paths', role: 'radiogroup', 'aria-label': 'Paths, shortest first' });
    const details = h('div', { className: 'path-steps', 'aria-live': 'polite' });
    const choose = (index: number) => {
      const path = paths[index]!;
      list.querySelectorAll('button').forEach((button, i) => {
        button.setAttribute('aria-checked', String(i === index));
        button.tabIndex = i === index ? 0 : -1;
      });
      details.replaceChildren(stepList(path));
      details.dataset['highlighted'] = String(index + 1);
      options.view.highlightPath(path.steps);
      options.onChanged();
    };
    paths.forEach((path, index) => {
      const via = path.steps
        .slice(0, -1)
        .map((step) => step.to.name)
        .join(', ');
      const button = h(
        'button',
        { type: 'button', role: 'radio', 'aria-checked': 'false' },
        `Path ${index + 1}: ${path.length} steps`,
        via ? ` via ${via}` : '',
      );
      button.addEventListener('click', () => choose(index));
      button.addEventListener('keydown', (event) => {
        const step =
          event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        event.preventDefault();
        const next = (index + step + paths.length) % paths.length;
        choose(next);
        (list.children[next] as HTMLElement | undefined)?.focus();
      });
      list.append(button);
    });
    renderEnds(h('div', {}, list, details));
    choose(0);
  };

  renderEnds(null);
  return {
    async setEnd(entity, end) {
      ends[end] = entity;
      const ticket = ++latest;
      const { from, to } = ends;
      if (!from || !to) {
        renderEnds(null);
        return;
      }
      if (from.id === to.id) {
        renderEnds(h('p', {}, 'Choose two different entities.'));
        return;
      }
      renderEnds(h('p', { role: 'status' }, 'Looking for paths…'));
      try {
        const { paths } = await options.client.request(PATHS_QUERY, {
          from: from.id,
          to: to.id,
          maxLength: MAX_LENGTH,
          first: PATHS,
        });
        if (ticket === latest) renderPaths(paths);
      } catch (error) {
        if (ticket === latest) options.onError(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
