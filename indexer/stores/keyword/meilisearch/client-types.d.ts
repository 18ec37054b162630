// The meilisearch package publishes its types only through "exports", which this project's
// node10 module resolution does not read; this points TypeScript at them.
declare module 'meilisearch' {
  export * from 'meilisearch/dist/index';
}
