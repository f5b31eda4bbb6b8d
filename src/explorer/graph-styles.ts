/** Styles the page and the widget share (the widget puts them in its shadow root). */
export const GRAPH_STYLES = `
.kg-canvas { position: relative; overflow: hidden; width: 100%; height: 100%; min-height: 240px; background: #fbfbfb; }
.kg-legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }
.kg-legend li { display: flex; align-items: center; gap: 6px; }
.kg-legend label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
.kg-swatch { display: inline-block; width: 14px; height: 14px; flex: none; }
.kg-legend-curated { color: #555; font-style: italic; }
`;
