/** The entities drawn, as a list of buttons: the keyboard's (and screen readers') way into the canvas. */
import { h } from '../dom.js';
import { kindName } from '../entity-kinds.js';
import type { EntitySummary } from '../graph-data.js';
import type { GraphView } from '../graph-view.js';
import { kindSwatch } from '../legend.js';

export interface NodeList {
  refresh(selectedId: string | null): void;
}

export function createNodeList(container: HTMLElement, options: { view: GraphView; onChoose: (entity: EntitySummary) => void }): NodeList {
  return {
    refresh(selectedId) {
      const entities = options.view.entities();
      container.replaceChildren(
        h('h2', { id: 'node-list-title' }, `Entities drawn (${entities.length})`),
        h(
          'ul',
          { 'aria-labelledby': 'node-list-title' },
          ...entities.map((entity) => {
            const button = h(
              'button',
              { type: 'button', 'data-slug': entity.slug, 'aria-current': entity.id === selectedId ? 'true' : undefined },
              kindSwatch(entity.kind),
              entity.name,
              h('span', { className: 'visually-hidden' }, ` (${kindName(entity.kind)})`),
            );
            button.addEventListener('click', () => options.onChoose(entity));
            return h('li', {}, button);
          }),
        ),
      );
    },
  };
}
