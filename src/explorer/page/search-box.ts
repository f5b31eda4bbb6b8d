/**
 * Search as you type (the `search` query): a combobox whose results are a listbox navigable with
 * the arrow keys; Enter or a click chooses a result.
 */
import { h, highlighted } from '../dom.js';
import { kindName } from '../entity-kinds.js';
import type { EntitySummary } from '../graph-data.js';
import type { ExplorerSearchQuery } from '../graphql/graphql.js';
import type { GraphQLClient } from '../graphql-client.js';
import { kindSwatch } from '../legend.js';
import { SEARCH_QUERY } from '../queries.js';

type SearchEdge = ExplorerSearchQuery['search']['edges'][number];

const DEBOUNCE_MS = 150;
const RESULTS = 8;
/** How many characters of a long matched text (a quote) a result shows, around its first match. */
const EXCERPT = 120;

type Ranges = readonly { start: number; length: number }[];

/** A long matched text cut to a window around its first matched word (at word boundaries), the ranges moved with it. */
function excerpt(text: string, ranges: Ranges): { text: string; ranges: Ranges } {
  if (text.length <= EXCERPT || ranges.length === 0) return { text, ranges };
  const first = Math.min(...ranges.map((range) => range.start));
  let start = Math.max(0, first - 40);
  const space = text.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < first) start = space + 1;
  let end = Math.min(text.length, start + EXCERPT);
  const lastSpace = text.lastIndexOf(' ', end);
  if (end < text.length && lastSpace > first) end = lastSpace;
  const before = start > 0 ? '… ' : '';
  return {
    text: `${before}${text.slice(start, end)}${end < text.length ? ' …' : ''}`,
    ranges: ranges
      .filter((range) => range.start >= start && range.start + range.length <= end)
      .map((range) => ({ start: range.start - start + before.length, length: range.length })),
  };
}

export function createSearchBox(
  input: HTMLInputElement,
  listbox: HTMLUListElement,
  options: { client: GraphQLClient; onChoose: (entity: EntitySummary) => void; onError: (message: string) => void },
): void {
  let results: EntitySummary[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  listbox.setAttribute('role', 'listbox');

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
    });
    const option = listbox.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  };

  const choose = (index: number) => {
    const entity = results[index];
    if (!entity) return;
    close();
    input.value = entity.name;
    options.onChoose(entity);
  };

  const render = (edges: SearchEdge[], query: string) => {
    results = edges.map((edge) => edge.node);
    listbox.replaceChildren(
      ...edges.map((edge, index) => {
        const option = h(
          'li',
          { id: `${listbox.id}-option-${index}`, role: 'option', 'aria-selected': 'false', 'data-slug': edge.node.slug },
          kindSwatch(edge.node.kind),
          h('span', { className: 'result-name' }, edge.node.name),
          h('span', { className: 'result-kind' }, kindName(edge.node.kind)),
        );
        // Show the matched words where the match is in the name itself.
        if (edge.highlight.text === edge.node.name)
          option.children[1]!.replaceChildren(highlighted(edge.highlight.text, edge.highlight.ranges));
        else {
          // Elsewhere (a description, or a quote or statement of its evidence): the words around the match.
          const shown = excerpt(edge.highlight.text, edge.highlight.ranges);
          option.append(h('span', { className: 'result-match' }, highlighted(shown.text, shown.ranges)));
        }
        option.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
        option.addEventListener('click', () => choose(index));
        return option;
      }),
    );
    if (edges.length === 0) listbox.append(h('li', { className: 'no-results', role: 'presentation' }, `Nothing matches “${query}”.`));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    try {
      const data = await options.client.request(SEARCH_QUERY, { query, first: RESULTS });
      if (ticket === latest) render(data.search.edges, query);
    } catch (error) {
      if (ticket === latest) options.onError(error instanceof Error ? error.message : String(error));
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      latest++;
      close();
      return;
    }
    timer = setTimeout(() => void run(query.slice(0, 200)), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && results.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 150));
}
