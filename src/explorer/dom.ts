/** A small element builder: text children are set as text, never parsed as HTML. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** The text with the given ranges wrapped in <mark>. */
export function highlighted(text: string, ranges: readonly { start: number; length: number }[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    fragment.append(text.slice(at, range.start), h('mark', {}, text.slice(range.start, range.start + range.length)));
    at = range.start + range.length;
  }
  fragment.append(text.slice(at));
  return fragment;
}
