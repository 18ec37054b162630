// Least privilege for the Meilisearch backend: the app's key must reach its own index only, and must not manage keys
// (the master key and the default admin key can). Checked once, when the backend first connects: the app refuses to
// start with a broader key. Only requests without side effects are used to find out.
import { ERROR_CODES, InputError } from '../../../../core/errors';

/** The actions the app's key needs on its index (Meilisearch's names): searching, writing documents and settings, waiting for tasks. */
export const REQUIRED_KEY_ACTIONS = ['search', 'documents.*', 'indexes.create', 'indexes.get', 'settings.*', 'tasks.get', 'stats.get'];

export interface KeyProbe {
  /** HTTP status of `GET /keys`: 200 when the key can read (and so manage) API keys. */
  listKeys: number;
  /** HTTP status of `GET /indexes/<an index outside the app's>`: 404 (not found, but allowed) when the key reaches every index. */
  otherIndex: number;
}

/** Why the key is broader than the app needs, or null when it is scoped. Pure. */
export function keyScopeProblem(probe: KeyProbe): string | null {
  if (probe.listKeys === 200) return 'it can manage API keys (the master key or an admin key)';
  if (probe.otherIndex !== 401 && probe.otherIndex !== 403) return 'it reaches indexes other than the app\'s own';
  return null;
}

/** The index name the probe asks for: outside any pattern the app's key should have (`minutes*`). */
export function probeIndexName(index: string): string {
  return `scope-probe-of-${index}`.slice(0, 400);
}

async function statusOf(url: string, apiKey: string | undefined, timeoutMs: number): Promise<number> {
  const response = await fetch(url, { headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {}, signal: AbortSignal.timeout(timeoutMs) });
  await response.body?.cancel();
  return response.status;
}

export async function probeKey(options: { url: string; apiKey?: string; index: string; timeoutMs: number }): Promise<KeyProbe> {
  const base = options.url.replace(/\/+$/, '');
  const [listKeys, otherIndex] = await Promise.all([
    statusOf(`${base}/keys?limit=1`, options.apiKey, options.timeoutMs),
    statusOf(`${base}/indexes/${encodeURIComponent(probeIndexName(options.index))}`, options.apiKey, options.timeoutMs),
  ]);
  return { listKeys, otherIndex };
}

/** Throws when the key can do more than the app needs, saying how to create one that cannot. */
export function assertScopedKey(probe: KeyProbe, index: string): void {
  const problem = keyScopeProblem(probe);
  if (problem === null) return;
  throw new InputError(
    ERROR_CODES.INVALID_CONFIG,
    `MEILI_API_KEY can do more than this app needs: ${problem}. Create a key for index "${index}" only, with the actions ` +
      `${REQUIRED_KEY_ACTIONS.join(', ')} (POST /keys with the master key; see .env.example), and set MEILI_API_KEY to it`,
    { field: 'MEILI_API_KEY' },
  );
}
