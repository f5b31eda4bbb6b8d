/**
 * GraphiQL as this service serves it: the page of `@graphql-yoga/render-graphiql`, which inlines
 * every script, stylesheet, web worker (started from blob URLs), font and icon, so `/graphql` works
 * without internet access (an intranet, an air-gapped network, a proxy that blocks CDNs). Yoga's
 * default page loads them from unpkg and raw.githubusercontent.com instead.
 *
 * The page is about 9 MB, so the package is imported only when a browser first asks for GraphiQL
 * (a service with GraphiQL off, or never opened in a browser, does not hold it in memory), and each
 * page is rendered once: yoga asks with the same options on every request.
 */
import type { GraphiQLOptions } from 'graphql-yoga';

/** Rendered pages by their options (a server has one set; a few servers in a process, a few sets). */
const pages = new Map<string, Promise<string>>();
const MAX_PAGES = 8;

export function renderLocalGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
    page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
    // A failed import is not kept: the next request tries again.
    page.catch(() => pages.delete(key));
    pages.set(key, page);
  }
  return page;
}
