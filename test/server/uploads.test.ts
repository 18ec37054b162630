/** @jest-environment ./test/vector/onnx-environment.ts */
// Uploads through the admin API on a real server: idempotent by content, files removed with their meeting and
// orphans cleaned at start, client mistakes answered 400, a full disk reported precisely (what was stored and
// what not), and no server path in any public answer.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config';
import { silentLogger } from '../../core/logger';
import { dataPaths } from '../../indexer/stores/open';
import { openStore } from '../../indexer/stores/store';
import { uploadContentHash, uploadPathOf } from '../../indexer/uploads';
import { startServer, type RunningServer } from '../../server/start';
import type { SearchResponse } from '../../server/api-types';
import { CORPUS_DIR, testConfig } from '../helpers/environment';

const ADMIN_KEY = 'uploads-test-key-93c1aa';
const SAMPLE = fs.readFileSync(path.join(CORPUS_DIR, 'kent-medway-pcp-item-opportunities-for-the-future.txt'), 'utf8');
let config: Config;
let server: RunningServer;

/** The sample minutes, made a different document by a word only it holds. */
function minutesWith(marker: string): string {
  return SAMPLE.replace('Opportunities', `Opportunities ${marker}`);
}

interface UploadAnswer {
  document?: { id: string; name: string };
  created?: boolean;
  warnings?: string[];
  meetings?: { id: string; source: { file: string } }[];
  error?: { code: string; message: string; partial?: { indexed: { store: boolean; keyword: boolean; vector: boolean | null } } };
}

async function upload(name: string, content: string): Promise<{ status: number; body: UploadAnswer }> {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/plain' }), name);
  const response = await fetch(`${server.url}/api/documents`, { method: 'POST', body: form, headers: { 'x-api-key': ADMIN_KEY } });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
}

async function search(query: string, mode = 'keyword'): Promise<SearchResponse> {
  return (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(query)}&mode=${mode}&limit=100`)).json()) as SearchResponse;
}

/** Documents holding a word only one upload has (every chunk of it matches: the word is in its title). */
async function documentsWith(word: string): Promise<number> {
  return new Set((await search(word)).results.map((result) => result.meeting.id)).size;
}

async function meetingCount(): Promise<number> {
  return ((await (await fetch(`${server.url}/api/meetings?limit=1`)).json()) as { total: number }).total;
}

function deleteMeeting(id: string): Promise<Response> {
  return fetch(`${server.url}/api/meetings/${id}`, { method: 'DELETE', headers: { 'x-api-key': ADMIN_KEY } });
}

const uploadsFolder = () => path.join(config.dataDir, 'uploads');
const filesUnder = (folder: string): string[] =>
  fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((entry) => fs.statSync(path.join(folder, entry)).isFile()) : [];

beforeAll(async () => {
  config = testConfig({ ADMIN_API_KEY: ADMIN_KEY });
  server = await startServer(config, silentLogger);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('uploads without the structure of minutes', () => {
  it('are indexed, with a warning that names the upload and not where the server keeps it', async () => {
    const answer = await upload('site-visit-note.txt', 'A note of a site visit.\n\nThe hedge on Church Lane needs cutting back.\n');
    expect(answer.status).toBe(201);
    expect(answer.body.warnings).toEqual([expect.stringMatching(/no agenda item headings.*in site-visit-note\.txt$/)]);
    expect(JSON.stringify(answer.body)).not.toContain(config.dataDir);
  });
});

describe('idempotent uploads', () => {
  it('answers the same file uploaded eight times with the one document it made', async () => {
    const before = await meetingCount();
    const answers = [];
    for (let attempt = 0; attempt < 8; attempt += 1) answers.push(await upload('eight-times.txt', minutesWith('Octuplicate')));
    expect(answers.map((answer) => answer.status)).toEqual([201, 200, 200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.body.document?.id)).size).toBe(1);
    expect(answers.at(-1)?.body.created).toBe(false);
    expect(await meetingCount()).toBe(before + answers[0].body.meetings!.length);
    expect(await documentsWith('Octuplicate')).toBe(1);
  });

  it('makes one document of concurrent retries of the same upload', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => upload('retried.txt', minutesWith('Retrywell'))));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.body.document?.id)).size).toBe(1);
    expect(await documentsWith('Retrywell')).toBe(1);
  });
});

describe('source files', () => {
  it('removes the uploaded file with its last meeting', async () => {
    const { body } = await upload('to-delete.txt', minutesWith('Deletable'));
    const stored = uploadPathOf(config.dataDir, uploadContentHash(Buffer.from(minutesWith('Deletable'))), 'to-delete.txt');
    expect(fs.existsSync(stored)).toBe(true);
    for (const meeting of body.meetings!) expect((await deleteMeeting(meeting.id)).status).toBe(200);
    expect(fs.existsSync(path.dirname(stored))).toBe(false);
  });

  it('keeps UTF-8 file names as uploaded', async () => {
    const name = 'ünïcødé名前.txt';
    const { status, body } = await upload(name, minutesWith('Unicodely'));
    expect(status).toBe(201);
    expect(body.document?.name).toBe(name);
    expect((await search('Unicodely')).results[0].meeting.source.file).toBe(name);
  });
});

describe('client mistakes', () => {
  it('answers a truncated or boundary-less multipart body with 400, not 500', async () => {
    const boundary = '----minutes-search-test';
    const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.txt"\r\nContent-Type: text/plain\r\n\r\nhalf a file`;
    for (const [contentType, body] of [
      [`multipart/form-data; boundary=${boundary}`, truncated],
      ['multipart/form-data', truncated],
    ]) {
      const response = await fetch(`${server.url}/api/documents`, { method: 'POST', body, headers: { 'x-api-key': ADMIN_KEY, 'content-type': contentType } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as UploadAnswer).error?.code).toBe('invalid_request');
    }
  });
});

describe('a full disk', () => {
  it('answers 507 storage_full, not a file error, when the upload cannot be saved, and stores nothing', async () => {
    const content = minutesWith('Nospaceleft');
    const stored = uploadPathOf(config.dataDir, uploadContentHash(Buffer.from(content)), 'full.txt');
    fs.mkdirSync(path.dirname(stored), { recursive: true });
    // Writing to /dev/full fails with ENOSPC, as a full disk does.
    fs.symlinkSync('/dev/full', `${stored}.${process.pid}.tmp`);
    const before = await meetingCount();
    const { status, body } = await upload('full.txt', content);
    expect(status).toBe(507);
    expect(body.error?.code).toBe('storage_full');
    expect(body.error?.message).not.toContain(config.dataDir);
    expect(await meetingCount()).toBe(before);
  });

  it('reports a document stored and searchable by keyword whose vectors could not be saved, and completes it on retry', async () => {
    const manifestTemporary = path.join(config.dataDir, 'vectors', `manifest.json.${process.pid}.tmp`);
    fs.symlinkSync('/dev/full', manifestTemporary);
    const content = minutesWith('Halfstored');
    try {
      const { status, body } = await upload('half.txt', content);
      expect(status).toBe(507);
      expect(body.error?.code).toBe('partially_indexed');
      expect(body.error?.partial?.indexed).toEqual({ store: true, keyword: true, vector: false });
      expect(body.error?.message).not.toContain(config.dataDir);
      expect(await documentsWith('Halfstored')).toBe(1);
    } finally {
      fs.rmSync(manifestTemporary);
    }
    const retried = await upload('half.txt', content);
    expect(retried.status).toBe(200);
    const store = openStore(dataPaths(config.dataDir).store);
    try {
      expect(store.unsyncedDocuments('vector')).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('public answers', () => {
  it('name documents by file name or URL, never by a path on the server', async () => {
    await upload('named.txt', minutesWith('Pathless'));
    const texts = [
      JSON.stringify(await search('Pathless')),
      JSON.stringify(await search('Commissioner', 'hybrid')),
      await (await fetch(`${server.url}/api/meetings?limit=100`)).text(),
      await (await fetch(`${server.url}/api/health`)).text(),
    ];
    const meetings = JSON.parse(texts[2]) as { meetings: { id: string; source: { file: string } }[] };
    texts.push(await (await fetch(`${server.url}/api/meetings/${meetings.meetings[0].id}`)).text());
    for (const text of texts) {
      expect(text).not.toContain(config.dataDir);
      expect(text).not.toContain(CORPUS_DIR);
    }
    expect(meetings.meetings.map((meeting) => meeting.source.file)).toContain('named.txt');
  });
});

describe('restarting', () => {
  it('removes uploads no document refers to (killed uploads, empty files) and keeps the rest', async () => {
    const kept = filesUnder(uploadsFolder());
    const orphanFolder = path.join(uploadsFolder(), '0'.repeat(32));
    fs.mkdirSync(orphanFolder, { recursive: true });
    fs.writeFileSync(path.join(orphanFolder, 'killed.txt'), minutesWith('Orphaned'));
    fs.writeFileSync(path.join(uploadsFolder(), 'empty-from-a-killed-upload.txt'), '');
    fs.writeFileSync(path.join(uploadsFolder(), 'legacy-name-1234abcd.txt.4242.tmp'), 'partial');
    await server.close();
    server = await startServer(config, silentLogger);
    expect(filesUnder(uploadsFolder()).sort()).toEqual(kept.filter((file) => !file.endsWith('.tmp')).sort());
    expect(await documentsWith('Octuplicate')).toBe(1);
  }, 120_000);
});
