/** Tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, each tab shows its panel. */
export function createTabs(tablist: HTMLElement, onShow: (panelId: string) => void): void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const show = (index: number, focus: boolean) => {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    });
    if (focus) tabs[index]?.focus();
    const panelId = tabs[index]?.getAttribute('aria-controls');
    if (panelId) onShow(panelId);
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => show(index, false));
    tab.addEventListener('keydown', (event) => {
      const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (event.key === 'Home') show(0, true);
      else if (event.key === 'End') show(tabs.length - 1, true);
      else if (move) show((index + move + tabs.length) % tabs.length, true);
    });
  });
}
