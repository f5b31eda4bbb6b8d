/**
 * The servers a browser test needs: the knowledge-graph service on a real port (production mode,
 * so cross-origin calls are refused unless allowed), and a plain "portal" server on other origins
 * serving an HTML page that embeds the widget.
 */
import { createServer } from 'node:http';
import type { Store } from '../../../src/data/index.js';
import { createKnowledgeGraphListener } from '../../../src/server/node-listener.js';
import type { TrustedDocumentsMode } from '../../../src/server/trusted-documents.js';
import { close, listen } from '../../support/listen.js';
import { openTestGraph } from '../../support/test-store.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The service, allowing calls from `corsOrigins` only, treating documents as `trustedDocuments` says (TRUSTED_DOCUMENTS). */
export async function startService(
  corsOrigins: string[],
  trustedDocuments: TrustedDocumentsMode = 'allow',
): Promise<RunningServer & { store: Store }> {
  const { store } = await openTestGraph();
  // As `npm start` serves: the listener that answers repeated questions before the pipeline.
  const { listener } = createKnowledgeGraphListener({
    store,
    production: true,
    corsOrigins,
    logger: false,
    trustedDocuments: { mode: trustedDocuments },
  });
  const server = createServer(listener);
  const url = await listen(server);
  return {
    url,
    store,
    async close() {
      await close(server);
      await store.close();
    },
  };
}

/** A portal's page: plain HTML that loads the widget's script from the service and places the element. */
export function portalPage(serviceUrl: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A careers portal</title>
    <style>body { font-family: sans-serif; margin: 24px; max-width: 900px; } it-ops-graph { height: 480px; }</style>
  </head>
  <body>
    <h1>Careers in IT operations</h1>
    <p>What an IT operations manager needs, drawn from the knowledge graph:</p>
    <script src="${serviceUrl}/explore/widget.js" defer></script>
    <it-ops-graph endpoint="${serviceUrl}/graphql" focus="it-operations-manager"></it-ops-graph>
  </body>
</html>
`;
}

/** A plain HTTP server that answers every GET with the portal page. Its origin is `http://localhost:<port>`. */
export async function startPortal(html: () => string): Promise<RunningServer & { port: number }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html());
  });
  const port = Number(new URL(await listen(server)).port);
  return { url: `http://localhost:${port}`, port, close: () => close(server) };
}
