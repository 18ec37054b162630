// One connection to Meilisearch: the first use creates the index and applies its settings (retrying while the
// server starts), every request's failure becomes a ServiceError, and writes wait for their tasks.
import type { Index, Meilisearch, Task } from 'meilisearch';
import { ERROR_CODES, InputError, ServiceError, describeError } from '../../../../core/errors';
import type { Stemmer } from '../stemmer';
import { meilisearchSettings, type MeilisearchDocument } from './documents';
import { assertScopedKey, probeKey } from './key';

export interface MeilisearchKeywordIndexOptions {
  url: string;
  apiKey?: string;
  index: string;
  /** The SQLite file of the words the index holds, for "did you mean" (vocabulary-file.ts); `:memory:` for none kept. */
  vocabularyFile: string;
  /**
   * Health checks before giving up on the first connection, while the server starts (default 6, backing off from
   * 250 ms). Once one connection attempt has failed or succeeded, requests fail at once while Meilisearch is down.
   */
  connectAttempts?: number;
  /** Longest wait for one HTTP request, in ms (default 2,000): a slow server fails like one that is down. */
  timeoutMs?: number;
  /** Refuse a key that can do more than the app needs (key.ts): on in the app, off for tools run with the master key. */
  requireScopedKey?: boolean;
}

export const DEFAULT_CONNECT_ATTEMPTS = 6;
export const DEFAULT_REQUEST_TIMEOUT_MS = 2_000;
const FIRST_RETRY_DELAY_MS = 250;
/** Documents per request when indexing or deleting. */
export const BATCH_SIZE = 1_000;
/** Longest wait for one indexing task. */
const TASK_TIMEOUT_MS = 120_000;
/** How often a task is asked about while waiting for it (the client's default, 50 ms, asks 20 times a second). */
const TASK_POLL_MS = 200;

type Connected = { client: Meilisearch; index: Index<MeilisearchDocument> };
export type MeilisearchWork<T> = (index: Index<MeilisearchDocument>, client: Meilisearch) => Promise<T>;

const delay = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export class MeilisearchConnection {
  private attempts: number;
  private ready: Promise<Connected> | null = null;

  constructor(
    private readonly options: MeilisearchKeywordIndexOptions,
    private readonly stemmer: Stemmer,
  ) {
    this.attempts = options.connectAttempts ?? DEFAULT_CONNECT_ATTEMPTS;
  }

  async run<T>(work: MeilisearchWork<T>): Promise<T> {
    try {
      const { index, client } = await this.connected();
      return await work(index, client);
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  /**
   * Sends every batch without waiting for Meilisearch to process the one before (it queues them and indexes
   * consecutive ones together), does `meanwhile` while it indexes, then waits for the tasks in order: they finish in
   * the order they were sent.
   */
  async sendInBatches<T>(values: T[], what: string, send: (index: Index<MeilisearchDocument>, batch: T[]) => Promise<number>, meanwhile = () => {}): Promise<void> {
    await this.run(async (index, client) => {
      const tasks: number[] = [];
      for (let start = 0; start < values.length; start += BATCH_SIZE) tasks.push(await send(index, values.slice(start, start + BATCH_SIZE)));
      meanwhile();
      await this.waitInOrder(client, tasks, what);
    });
  }

  /** Meilisearch processes an index's tasks in the order they were sent: waiting for each in turn is one wait for all. */
  async waitInOrder(client: Meilisearch, tasks: number[], what: string): Promise<void> {
    for (const uid of tasks) this.checkTask(await client.tasks.waitForTask(uid, { timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_MS }), what);
  }

  /** Waits for one task, failing when it did not succeed. */
  async waitFor(task: { waitTask(options: { timeout: number }): Promise<Task> }, what: string): Promise<void> {
    this.checkTask(await task.waitTask({ timeout: TASK_TIMEOUT_MS }), what);
  }

  close(): void {
    this.ready = null;
  }

  private async connected(): Promise<Connected> {
    this.ready ??= this.connect().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private async connect(): Promise<Connected> {
    const { options } = this;
    // Loaded on first use: the client is an ES module, and the embedded default should not need it.
    const { Meilisearch } = await import('meilisearch');
    const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    // Uncompressed: Meilisearch runs beside the app, and gzip of a relevance query's candidates (200-400 kB) cost
    // more than sending them (docs/BENCHMARKS.md, Meilisearch search time).
    const client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: timeoutMs, requestInit: { headers: { 'Accept-Encoding': 'identity' } } });
    await this.waitUntilHealthy(client);
    if (options.requireScopedKey) assertScopedKey(await probeKey({ ...options, timeoutMs }), options.index);
    const created = await client.createIndex(options.index, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') this.checkTask(created, 'create index');
    const index = client.index<MeilisearchDocument>(options.index);
    await this.waitFor(index.updateSettings(meilisearchSettings(this.stemmer)), 'apply settings');
    return { client, index };
  }

  private async waitUntilHealthy(client: Meilisearch): Promise<void> {
    let lastError: unknown = null;
    const attempts = this.attempts;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      try {
        await client.health();
        lastError = null;
        break;
      } catch (error) {
        lastError = error;
        if (attempt < attempts - 1) await delay(FIRST_RETRY_DELAY_MS * 2 ** attempt);
      }
    }
    // Waiting for a server to come up is for start-up: later, a search must not wait seconds to learn it is down.
    this.attempts = 1;
    if (lastError) {
      throw new ServiceError(
        ERROR_CODES.BACKEND_UNAVAILABLE,
        `Meilisearch at ${this.options.url} is unreachable: expected a healthy server, got "${describeError(lastError)}" after ${attempts} tries`,
        { url: this.options.url },
        { cause: lastError },
      );
    }
  }

  private unavailable(error: unknown): ServiceError {
    if (error instanceof ServiceError || error instanceof InputError) return error as ServiceError;
    return new ServiceError(
      ERROR_CODES.BACKEND_UNAVAILABLE,
      `Meilisearch at ${this.options.url} did not answer as expected: ${describeError(error)}`,
      { url: this.options.url },
      { cause: error },
    );
  }

  private checkTask(task: Task, what: string): void {
    if (task.status !== 'succeeded') {
      throw new ServiceError(
        ERROR_CODES.BACKEND_TASK_FAILED,
        `Meilisearch task ${task.uid} (${what}) ended ${task.status}: ${task.error?.message ?? 'no error message'}`,
        { url: this.options.url, index: this.options.index, task: task.uid, code: task.error?.code },
      );
    }
  }
}
