// Least privilege: the app refuses a Meilisearch key that can do more than it needs. The decision is tested on its
// own and over real HTTP on 127.0.0.1; against a real Meilisearch when MEILI_URL and MEILI_MASTER_KEY are set.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ERROR_CODES, InputError } from '../../../core/errors';
import { createMeilisearchKeywordIndex } from '../../../indexer/stores/keyword/meilisearch';
import { assertScopedKey, keyScopeProblem, probeKey, REQUIRED_KEY_ACTIONS } from '../../../indexer/stores/keyword/meilisearch/key';
import { makeChunk } from '../fixtures';

describe('which keys the app refuses', () => {
  it.each([
    [{ listKeys: 200, otherIndex: 404 }, /manage API keys/],
    [{ listKeys: 403, otherIndex: 404 }, /indexes other than the app's own/],
    [{ listKeys: 403, otherIndex: 200 }, /indexes other than the app's own/],
    [{ listKeys: 403, otherIndex: 403 }, null],
    [{ listKeys: 401, otherIndex: 401 }, null],
  ])('%j → %s', (probe, expected) => {
    const problem = keyScopeProblem(probe);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('says what the key can do too much and how to create the right one', () => {
    let thrown: unknown;
    try {
      assertScopedKey({ listKeys: 200, otherIndex: 404 }, 'minutes');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).code).toBe(ERROR_CODES.INVALID_CONFIG);
    expect((thrown as InputError).context).toEqual({ field: 'MEILI_API_KEY' });
    expect((thrown as Error).message).toMatch(/MEILI_API_KEY can do more than this app needs: it can manage API keys/);
    expect((thrown as Error).message).toContain('index "minutes" only');
  });

  it('probes a server over HTTP with the key, reading nothing but two statuses', async () => {
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(`${request.url} ${request.headers.authorization}`);
      response.statusCode = request.url?.startsWith('/keys') ? 200 : 404;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const probe = await probeKey({ url, apiKey: 'the-master-key', index: 'minutes', timeoutMs: 2_000 });
      expect(probe).toEqual({ listKeys: 200, otherIndex: 404 });
      expect(seen.sort()).toEqual(['/indexes/scope-probe-of-minutes Bearer the-master-key', '/keys?limit=1 Bearer the-master-key']);
    } finally {
      server.close();
    }
  });
});

const meiliUrl = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
const describeWithServer = meiliUrl && masterKey ? describe : describe.skip;
if (!meiliUrl || !masterKey) console.warn('Meilisearch key scope: real-server half SKIPPED — MEILI_URL and MEILI_MASTER_KEY are not both set');

describeWithServer('key scope against a real Meilisearch', () => {
  const index = `minutes-keytest-${process.pid}-${Date.now()}`;
  const created: string[] = [];

  async function createKey(indexes: string[], actions: string[]): Promise<string> {
    const response = await fetch(`${meiliUrl}/keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${masterKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ description: 'minutes-search key scope test', actions, indexes, expiresAt: null }),
    });
    const body = (await response.json()) as { key: string; uid: string };
    created.push(body.uid);
    return body.key;
  }

  afterAll(async () => {
    const headers = { Authorization: `Bearer ${masterKey}` };
    for (const uid of created) await fetch(`${meiliUrl}/keys/${uid}`, { method: 'DELETE', headers });
    await fetch(`${meiliUrl}/indexes/${index}`, { method: 'DELETE', headers });
  });

  it('works with a key scoped to its index and the actions it needs', async () => {
    const keyword = createMeilisearchKeywordIndex({ url: meiliUrl as string, apiKey: await createKey([index], REQUIRED_KEY_ACTIONS), index, vocabularyFile: ':memory:', requireScopedKey: true });
    try {
      await keyword.upsert([makeChunk({ id: 'scoped', text: 'The scoped key indexed this lantern.' })]);
      expect((await keyword.search({ text: 'lantern ', limit: 10, offset: 0 })).hits.map((hit) => hit.id)).toEqual(['scoped']);
    } finally {
      await keyword.close();
    }
  });

  it.each([
    ['the master key', async () => masterKey as string, /manage API keys/],
    ['a key on every index', async () => createKey(['*'], REQUIRED_KEY_ACTIONS), /indexes other than the app's own/],
  ])('refuses %s', async (_name, key, message) => {
    const keyword = createMeilisearchKeywordIndex({ url: meiliUrl as string, apiKey: await key(), index, vocabularyFile: ':memory:', requireScopedKey: true, connectAttempts: 1 });
    try {
      await expect(keyword.search({ text: 'lantern ', limit: 10, offset: 0 })).rejects.toThrow(message);
    } finally {
      await keyword.close();
    }
  });
});
