/** Listening on loopback in tests: a node:http server on a port the system chooses (or a given one). */
import { once } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';

/** Starts `server` (node:http's, or node:net's) listening on 127.0.0.1 and returns its origin, e.g. `http://127.0.0.1:40123`. */
export async function listen(server: Server, port = 0): Promise<string> {
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops `server`, cutting its open connections (kept-alive ones included), and waits until it is closed. */
export async function close(server: HttpServer): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
