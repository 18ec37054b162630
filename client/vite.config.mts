// Builds the page into client/dist, which the Express server serves at `/` (see server/start.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: clientRoot,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  // `vite dev` talks to a locally running `npm start`.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
