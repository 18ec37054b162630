// The production build (`npm run build:server`: the old output removed, tsc, then the assets tsc does not emit) laid
// out as the Docker image holds it (package.json, node_modules, dist/, client/dist/) in a temp folder, and run with
// plain Node while loading tsx or TypeScript is forbidden: the server, its indexing and embedding worker threads, the
// PDF worker and the `check` command all run from the compiled JavaScript.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, modelEnvironment, REPO_ROOT, temporaryDirectory } from '../helpers/environment';
import { makePdf } from '../indexer/make-pdf';

const ADMIN_API_KEY = 'production-build-test-key';
/** Preloaded into every thread: any attempt to load a TypeScript tool fails loudly. */
const FORBID_TYPESCRIPT = `
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^(tsx|typescript|ts-node|ts-jest)(\\/|$)/.test(request)) throw new Error('production code loaded ' + request);
  return resolve.call(this, request, ...rest);
};
`;

const image = temporaryDirectory('build');
const dataDir = path.join(image, 'data');
let server: ChildProcess | undefined;
/** What the server printed, logs included. */
let output = '';

function environment(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_OPTIONS: `--require ${path.join(image, 'forbid-typescript.js')}`,
    DATA_DIR: dataDir,
    CORPUS_DIR,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    ADMIN_API_KEY,
    ...modelEnvironment(),
  };
}

/** A module an earlier build emitted for a source since moved into a folder of the same name: it would shadow it. */
const STALE_MODULE = 'dist/indexer/stores/keyword/meilisearch.js';

beforeAll(() => {
  fs.mkdirSync(path.dirname(path.join(image, STALE_MODULE)), { recursive: true });
  fs.writeFileSync(path.join(image, STALE_MODULE), "throw new Error('a stale module from an earlier build was loaded');\n");
  const cleaned = spawnSync(process.execPath, ['scripts/clean-server-build.mjs', path.join(image, 'dist')], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(cleaned.status).toBe(0);
  const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', path.join(image, 'dist')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  expect(compiled.stdout + compiled.stderr).toBe('');
  expect(compiled.status).toBe(0);
  const copied = spawnSync(process.execPath, ['scripts/copy-build-assets.mjs', path.join(image, 'dist')], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(copied.status).toBe(0);
  fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(image, 'package.json'));
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(image, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(image, 'client/dist'), { recursive: true });
  fs.writeFileSync(path.join(image, 'client/dist/index.html'), '<!doctype html><title>built page</title>');
  fs.writeFileSync(path.join(image, 'forbid-typescript.js'), FORBID_TYPESCRIPT);
}, 120_000);

afterAll(() => {
  if (server?.exitCode === null) server.kill('SIGKILL');
  fs.rmSync(image, { recursive: true, force: true });
});

/** Starts `node dist/server/main.js` and resolves with its URL once it listens (it indexes the sample corpus first). */
function startServer(): Promise<string> {
  server = spawn(process.execPath, [path.join(image, 'dist/server/main.js')], { cwd: image, env: environment(), stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const collect = (data: Buffer) => {
      output += data.toString();
      const url = /minutes-search: open (http:\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    server!.stdout!.on('data', collect);
    server!.stderr!.on('data', collect);
    server!.once('exit', (code) => reject(new Error(`the compiled server exited (code ${code}): ${output}`)));
  });
}

describe('the compiled server', () => {
  let url: string;

  beforeAll(async () => {
    url = await startServer();
  }, 120_000);

  it('leaves nothing from an earlier build that a moved source could be shadowed by', () => {
    expect(fs.existsSync(path.join(image, STALE_MODULE))).toBe(false);
  });

  it('emits every module the compiled code loads beside it', () => {
    for (const file of ['server/main.js', 'indexer/cli.js', 'indexer/check.js', 'indexer/indexing-worker.js', 'indexer/stores/vector/worker-embedder.js']) {
      expect(fs.existsSync(path.join(image, 'dist', file))).toBe(true);
    }
    expect(fs.existsSync(path.join(image, 'dist/indexer/readers/pdf-worker.mjs'))).toBe(true);
    expect(fs.existsSync(path.join(image, 'dist/indexer/stores/keyword/synonyms.json'))).toBe(true);
  });

  it('answers the health check with both indexes over the sample corpus', async () => {
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; semantic: { available: boolean; vectors: number } };
    expect(health.status).toBe('ok');
    expect(health.semantic.available).toBe(true);
    expect(health.semantic.vectors).toBeGreaterThan(0);
  });

  it('serves the built page from client/dist beside dist/', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('built page');
  });

  it('indexes an uploaded PDF in its worker threads and finds it', async () => {
    const lines = ['Minutes of the Lantern Committee', 'Held on 3 March 2021', '', '1. Street lighting', 'The committee agreed to replace the gas lanterns in Quillstone Square.'];
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(makePdf([lines]))]), 'lanterns.pdf');
    const upload = await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'x-api-key': ADMIN_API_KEY }, body: form });
    expect(upload.status).toBe(201);
    const found = (await (await fetch(`${url}/api/search?q=Quillstone%20lanterns&mode=hybrid`)).json()) as {
      servedMode: string;
      results: Array<{ text: string }>;
    };
    expect(found.servedMode).toBe('hybrid');
    expect(found.results[0].text).toContain('Quillstone Square');
  }, 60_000);

  it('stops on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
    server!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).not.toContain('production code loaded');
  }, 30_000);

  it('runs the compiled check, which finds the store and both indexes in agreement', () => {
    const checked = spawnSync(process.execPath, [path.join(image, 'dist/indexer/check.js')], { cwd: image, env: environment(), encoding: 'utf8' });
    expect(checked.stdout + checked.stderr).not.toContain('production code loaded');
    expect(checked.stdout).toMatch(/^consistent$/m);
    expect(checked.status).toBe(0);
  }, 60_000);
});
