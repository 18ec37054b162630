// A rehearsal of the Docker image without a Docker engine (none runs on the machines this project is built on):
// follows the Dockerfile's own instructions on this machine and checks that the runtime stage works.
//
//   npx tsx bench/image-rehearsal.ts [--keep]
//
// 1. The build context: the committed tree (git archive HEAD) without the .dockerignore'd paths.
// 2. The build stage's RUN lines (machine set-up such as apt-get and installing npm itself skipped): npm ci,
//    the page build, npm prune --omit=dev.
// 3. The runtime stage: only what its COPY --from=build lines copy, its ENV, run as an unprivileged user
//    (nobody; the image's `node` user does not exist here) that cannot write to the app folder, with a fresh
//    data folder, then its HEALTHCHECK command and a search.
// Appends the outcome to docs/RELIABILITY.md. The first start indexes corpus/ with the embedding model named by
// EMBEDDING_MODEL / EMBEDDING_MODEL_DIR (set them to the local test model here: nothing can be downloaded).
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineDescription } from './report';

const REPO = path.resolve(__dirname, '..');
const UNPRIVILEGED = 65534;
const START_TIMEOUT_MS = 300_000;

interface Stage {
  run: string[];
  env: Record<string, string>;
  copies: { from: string[]; to: string }[];
  cmd: string[];
  healthcheck: string[];
}

/** The Dockerfile's instructions per stage, with line continuations joined. */
function readDockerfile(): { build: Stage; runtime: Stage } {
  const lines = fs
    .readFileSync(path.join(REPO, 'Dockerfile'), 'utf8')
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [instruction, ...rest] = line.split(' ');
    const argument = rest.join(' ').trim();
    if (instruction === 'FROM') {
      stages.push({ run: [], env: {}, copies: [], cmd: [], healthcheck: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (instruction === 'RUN') stage.run.push(argument);
    if (instruction === 'ENV') for (const [, key, value] of argument.matchAll(/(\w+)=(\S+)/g)) stage.env[key] = value;
    if (instruction === 'CMD') stage.cmd = JSON.parse(argument) as string[];
    if (instruction === 'HEALTHCHECK') stage.healthcheck = JSON.parse(argument.slice(argument.indexOf('CMD ') + 4)) as string[];
    if (instruction === 'COPY' && argument.startsWith('--from=build ')) {
      const paths = argument.slice('--from=build '.length).split(/\s+/);
      stages[stages.length - 1].copies.push({ from: paths.slice(0, -1), to: paths[paths.length - 1] });
    }
  }
  if (stages.length !== 2) throw new Error(`expected a build and a runtime stage in the Dockerfile, found ${stages.length}`);
  return { build: stages[0], runtime: stages[1] };
}

function run(command: string, cwd: string, options: SpawnSyncOptions = {}): void {
  console.log(`$ ${command}`);
  const result = spawnSync('sh', ['-c', command], { cwd, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`"${command}" failed in ${cwd} (exit ${result.status})`);
}

function buildContext(into: string): void {
  run(`git archive HEAD | tar -x -C ${into}`, REPO);
  const ignored = fs
    .readFileSync(path.join(REPO, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!') && !line.includes('*'));
  for (const entry of ignored) fs.rmSync(path.join(into, entry), { recursive: true, force: true });
}

/** Machine set-up in the build stage (system packages, the npm version) is this machine's already. */
function isMachineSetup(command: string): boolean {
  return /^(apt-get|npm install -g)\b/.test(command);
}

async function waitForHealth(command: string[], env: NodeJS.ProcessEnv, server: { exited: boolean }): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < START_TIMEOUT_MS) {
    if (server.exited) throw new Error('the server exited before it was healthy');
    if (spawnSync(command[0], command.slice(1), { env }).status === 0) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`not healthy within ${START_TIMEOUT_MS / 1000} s`);
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const { build, runtime } = readDockerfile();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'image-rehearsal-'));
  const [buildDir, appDir, dataDir] = ['build', 'app', 'data'].map((name) => path.join(root, name));
  [buildDir, appDir, dataDir].forEach((dir) => fs.mkdirSync(dir));
  const findings: string[] = [];
  const started = Date.now();
  try {
    buildContext(buildDir);
    for (const command of build.run.filter((command) => !isMachineSetup(command))) run(command, buildDir);

    for (const { from, to } of runtime.copies) {
      for (const source of from) {
        const relative = path.relative('/app', source);
        const target = from.length > 1 || to.endsWith('/') ? path.join(appDir, to, path.basename(relative)) : path.join(appDir, to);
        fs.cpSync(path.join(buildDir, relative), target, { recursive: true });
      }
    }
    const devOnly = ['jest', 'vite', 'eslint', 'typescript'].filter((name) => fs.existsSync(path.join(appDir, 'node_modules', name)));
    if (devOnly.length > 0) throw new Error(`development packages reached the runtime stage: ${devOnly.join(', ')}`);
    findings.push(`runtime folder without development packages: ${sizeOf(appDir)} MB (node_modules ${sizeOf(path.join(appDir, 'node_modules'))} MB)`);

    // The app folder stays root's and read-only to the server; only the data folder is its own.
    fs.chmodSync(root, 0o755);
    fs.chownSync(dataDir, UNPRIVILEGED, UNPRIVILEGED);
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const env = {
      PATH: process.env.PATH,
      ...runtime.env,
      HOST: '127.0.0.1',
      PORT: port,
      DATA_DIR: dataDir,
      CORPUS_DIR: path.join(appDir, 'corpus'),
      EMBEDDING_MODEL: process.env.EMBEDDING_MODEL ?? '',
      EMBEDDING_MODEL_DIR: process.env.EMBEDDING_MODEL_DIR ? path.resolve(process.env.EMBEDDING_MODEL_DIR) : '',
    };
    const startMarker = path.join(root, 'server-started');
    fs.writeFileSync(startMarker, '');
    console.log(`$ ${runtime.cmd.join(' ')}   (as uid ${UNPRIVILEGED}, in ${appDir})`);
    const server = spawn('setpriv', [`--reuid=${UNPRIVILEGED}`, `--regid=${UNPRIVILEGED}`, '--clear-groups', ...runtime.cmd], {
      cwd: appDir,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const state = { exited: false };
    server.on('exit', () => (state.exited = true));
    try {
      const healthyAfter = await waitForHealth(runtime.healthcheck, env, state);
      findings.push(`HEALTHCHECK command passed ${(healthyAfter / 1000).toFixed(0)} s after start (first start: indexed corpus/)`);
      const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { counts: { chunks: number }; semantic: { available: boolean; model: string } };
      findings.push(`/api/health: ${health.counts.chunks} chunks, semantic ${health.semantic.available ? 'available' : 'unavailable'} (${health.semantic.model})`);
      const search = (await (await fetch(`http://127.0.0.1:${port}/api/search?q=police%20cadets&mode=hybrid`)).json()) as { total: number; servedMode: string };
      if (!(search.total > 0)) throw new Error('a hybrid search found nothing');
      findings.push(`/api/search?q=police cadets&mode=hybrid: ${search.total} results, served ${search.servedMode}`);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      if (!page.ok) throw new Error(`the page answered ${page.status}`);
      findings.push('the page (client/dist) is served');
      const written = spawnSync('find', [appDir, '-newer', startMarker], { encoding: 'utf8' });
      findings.push(`files written inside the app folder by the server: ${written.stdout.trim() === '' ? 'none' : written.stdout.trim()}`);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => (state.exited ? resolve(null) : server.once('exit', resolve)));
    }
    report('passed', findings, Date.now() - started);
  } catch (error) {
    report(`FAILED: ${(error as Error).message}`, findings, Date.now() - started);
    process.exitCode = 1;
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  }
}

function sizeOf(dir: string): number {
  return Number(spawnSync('du', ['-sm', dir], { encoding: 'utf8' }).stdout.split('\t')[0]);
}

function report(outcome: string, findings: string[], tookMs: number): void {
  const section = [
    '',
    `## Image rehearsal (bench/image-rehearsal.ts): ${outcome}`,
    '',
    `Command: \`EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${process.env.EMBEDDING_MODEL ?? ''} npx tsx bench/image-rehearsal.ts\` · ${(tookMs / 1000).toFixed(0)} s`,
    '',
    machineDescription(),
    '',
    ...findings.map((finding) => `- ${finding}`),
    '',
  ].join('\n');
  console.log(section);
  fs.appendFileSync(path.join(REPO, 'docs/RELIABILITY.md'), section);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
