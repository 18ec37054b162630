// The deployment files: structural facts of docker-compose.yml, the Dockerfile and .env.example, and
// `docker-compose config` when the binary is installed (no Docker engine is needed to validate).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, temporaryDirectory } from '../helpers/environment';

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  env_file?: string | string[];
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
}

const composeText = fs.readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
const { app, meilisearch } = compose.services;

function instructions(keyword: string): string[] {
  return dockerfile
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.startsWith(`${keyword} `))
    .map((line) => line.slice(keyword.length + 1).trim());
}

function dockerComposeBinary(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

describe('docker-compose.yml', () => {
  it('runs the official Meilisearch image at a pinned version, never latest', () => {
    expect(meilisearch.image).toMatch(/^getmeili\/meilisearch:v\d+\.\d+(\.\d+)?$/);
  });

  it('takes the master key from the env file and holds no key literal', () => {
    expect(meilisearch.environment?.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?/);
    expect(app.environment?.MEILI_API_KEY).toMatch(/^\$\{MEILI_API_KEY:\?/);
    expect(meilisearch.environment?.MEILI_ENV).toBe('production');
    expect(meilisearch.environment?.MEILI_NO_ANALYTICS).toBe('true');
    for (const line of composeText.split('\n')) expect(line).not.toMatch(/KEY\s*[:=]\s*(?!\$\{)\S{8,}/);
  });

  it('points the app at the Meilisearch service and starts it only once Meilisearch is healthy', () => {
    expect(app.build).toBe('.');
    expect(app.env_file).toBe('.env');
    expect(app.environment?.MEILI_URL).toBe('http://meilisearch:7700');
    expect(app.depends_on?.meilisearch.condition).toBe('service_healthy');
  });

  it('checks the health of both services on their health endpoints', () => {
    expect(JSON.stringify(app.healthcheck?.test)).toContain('/api/health');
    expect(JSON.stringify(meilisearch.healthcheck?.test)).toContain(':7700/health');
  });

  it('keeps the data of both services in named volumes', () => {
    expect(app.volumes).toContain('app-data:/data');
    expect(meilisearch.volumes).toContain('meili-data:/meili_data');
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['app-data', 'meili-data']));
  });

  it('publishes the app on loopback only and Meilisearch not at all', () => {
    expect(app.ports?.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
    expect(meilisearch.ports).toBeUndefined();
  });

  const binary = dockerComposeBinary();
  (binary ? it : it.skip)(`validates with docker-compose config${binary ? '' : ' (skipped: docker-compose is not installed)'}`, () => {
    const project = temporaryDirectory('compose');
    fs.copyFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), path.join(project, 'docker-compose.yml'));
    fs.writeFileSync(path.join(project, '.env'), 'MEILI_MASTER_KEY=0123456789abcdef0123\nMEILI_API_KEY=0123456789abcdef0123\n');
    const valid = spawnSync(binary!, ['config', '-q'], { cwd: project, encoding: 'utf8' });
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);

    fs.writeFileSync(path.join(project, '.env'), '');
    const withoutKeys = spawnSync(binary!, ['config', '-q'], { cwd: project, encoding: 'utf8' });
    expect(withoutKeys.status).not.toBe(0);
    expect(withoutKeys.stderr).toContain('MEILI_');
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs from a slim Node 20 image in another', () => {
    expect(instructions('FROM')).toEqual(['node:20-bookworm-slim AS build', 'node:20-bookworm-slim AS runtime']);
  });

  it('installs with the lockfile and keeps production dependencies only', () => {
    expect(dockerfile).toContain('npm ci');
    expect(dockerfile).toContain('npm prune --omit=dev');
    expect(dockerfile).toContain('COPY package.json package-lock.json .npmrc ./');
  });

  it('runs as a non-root user', () => {
    const users = instructions('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)$/);
  });

  it('compiles the TypeScript in the build stage and carries only the compiled JavaScript to the runtime stage', () => {
    const runs = instructions('RUN');
    const build = runs.findIndex((line) => line.includes('npm run build:server'));
    expect(build).toBeGreaterThan(-1);
    expect(build).toBeLessThan(runs.findIndex((line) => line.includes('npm prune --omit=dev')));
    const copies = instructions('COPY').filter((line) => line.startsWith('--from=build'));
    expect(copies).toContain('--from=build /app/dist ./dist');
    expect(copies.filter((line) => /\/app\/(core|indexer|server|tsconfig\.json)\b/.test(line))).toEqual([]);
  });

  it('has a health check on /api/health and starts the compiled server with plain Node', () => {
    expect(instructions('HEALTHCHECK').join(' ')).toContain('/api/health');
    expect(instructions('CMD').at(-1)).toBe('["node", "--enable-source-maps", "dist/server/main.js"]');
    expect(dockerfile).toMatch(/DATA_DIR=\/data/);
    expect(dockerfile).toMatch(/HOST=0\.0\.0\.0/);
  });

  it('leaves local data, secrets and installed modules out of the build context', () => {
    const ignored = fs.readFileSync(path.join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data', 'dist', '.env']));
  });
});

describe('.env.example', () => {
  it('lists every setting core/config.ts reads', () => {
    const configSource = fs.readFileSync(path.join(REPO_ROOT, 'core/config.ts'), 'utf8');
    const schema = configSource.slice(configSource.indexOf('environmentSchema'), configSource.indexOf('export interface Config'));
    const variables = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]);
    expect(variables.length).toBeGreaterThan(20);
    const example = fs.readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
    const missing = variables.filter((variable) => !new RegExp(`^(# )?${variable}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});
