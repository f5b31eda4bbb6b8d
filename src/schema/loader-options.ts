/**
 * Options every per-request DataLoader takes. With `LOADER_BATCHING=off` in the environment each
 * loader fetches every key on its own, uncached — the naive one-store-call-per-parent resolvers that
 * `npm run bench` compares batching with. A benchmark switch, not a setting for a real service.
 */
export const loaderOptions: { batch?: boolean; cache?: boolean } =
  process.env['LOADER_BATCHING'] === 'off' ? { batch: false, cache: false } : {};
