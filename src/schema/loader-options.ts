/**
 * Options every per-request DataLoader takes. plugin-dataloader takes them per field or ref when
 * the schema is built and creates each request's loaders with them, so they cannot differ between
 * requests: `setLoaderBatching(false)` makes every loader of the process fetch each key on its own,
 * uncached — the naive one-store-call-per-parent resolvers that `npm run bench` compares batching
 * with. A benchmark switch, not a setting for a real service; the server sets it from its
 * `loaderBatching` option (the service from `LOADER_BATCHING`).
 */
export const loaderOptions: { batch?: false; cache?: false } = {};

/** Batching and caching on (the default) or off, for every loader created from now on. */
export function setLoaderBatching(batching: boolean): void {
  if (batching) {
    delete loaderOptions.batch;
    delete loaderOptions.cache;
  } else {
    loaderOptions.batch = false;
    loaderOptions.cache = false;
  }
}
