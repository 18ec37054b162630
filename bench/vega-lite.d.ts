// vega-lite publishes its types only through "exports", which this project's node10 module resolution
// does not read; this points TypeScript at them (as indexer/stores/keyword/meilisearch/client-types.d.ts does).
declare module 'vega-lite' {
  export * from 'vega-lite/build/index';
}
