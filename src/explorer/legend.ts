/**
 * The key to the picture: one swatch per kind, in the kind's colour and shape. With `onToggle`,
 * each entry is a checkbox that chooses which kinds the neighbourhood walks through.
 */
import { type EntityKind, isEntityKind, KIND_STYLES } from './entity-kinds.js';

export interface LegendOptions {
  kinds: readonly EntityKind[];
  /** Kinds checked (only with `onToggle`). */
  checked?: ReadonlySet<EntityKind>;
  onToggle?: (checked: Set<EntityKind>) => void;
}

/** A kind's colour and shape, as drawn on the canvas (decorative: the kind is always said in words too). */
export function kindSwatch(kind: string): HTMLSpanElement {
  const style = isEntityKind(kind) ? KIND_STYLES[kind] : KIND_STYLES.SOURCE;
  const element = document.createElement('span');
  element.className = 'kg-swatch';
  element.style.background = style.colour;
  element.style.clipPath = style.clipPath;
  element.setAttribute('aria-hidden', 'true');
  return element;
}

export function renderLegend(container: HTMLElement, options: LegendOptions): void {
  container.replaceChildren();
  container.classList.add('kg-legend');
  const list = document.createElement('ul');
  const checked = new Set(options.checked ?? options.kinds);
  for (const kind of options.kinds) {
    const item = document.createElement('li');
    item.dataset['kind'] = kind;
    if (options.onToggle) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = checked.has(kind);
      box.addEventListener('change', () => {
        if (box.checked) checked.add(kind);
        else checked.delete(kind);
        options.onToggle?.(new Set(checked));
      });
      label.append(box, kindSwatch(kind), KIND_STYLES[kind].label);
      item.append(label);
    } else {
      item.append(kindSwatch(kind), KIND_STYLES[kind].label);
    }
    list.append(item);
  }
  const curated = document.createElement('li');
  curated.className = 'kg-legend-curated';
  curated.textContent = 'dashed: curated relationship';
  const imported = document.createElement('li');
  imported.className = 'kg-legend-curated';
  imported.textContent = 'dotted: imported from ESCO';
  list.append(curated, imported);
  container.append(list);
}
