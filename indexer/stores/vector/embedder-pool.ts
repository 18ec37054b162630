// Several worker embedders used as one, so indexing runs the model on every core: the passages of a request are
// dealt out among the workers like cards (each gets the same mix of short and long texts); a query goes to one.
import { ERROR_CODES, ServiceError } from '../../../core/errors';
import type { WorkerEmbedder } from './worker-embedder';

/** Starts `size` embedders with `start`; if any fails, the others are closed and the first failure is thrown. */
export async function startEmbedderPool(size: number, start: () => Promise<WorkerEmbedder>): Promise<WorkerEmbedder> {
  const started = await Promise.allSettled(Array.from({ length: size }, start));
  const members = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failure = started.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) {
    await Promise.all(members.map((member) => member.close()));
    throw failure.reason;
  }
  return members.length === 1 ? members[0] : poolOf(members);
}

function poolOf(members: WorkerEmbedder[]): WorkerEmbedder {
  let nextForQuery = 0;
  return {
    modelId: members[0].modelId,
    dimensions: members[0].dimensions,
    get running() {
      return members.every((member) => member.running);
    },
    async embedPassages(texts) {
      const shares = members.map((_, share) => texts.filter((_, position) => position % members.length === share));
      const embedded = await Promise.all(members.map((member, share) => member.embedPassages(shares[share])));
      return texts.map((_, position) => embedded[position % members.length][Math.floor(position / members.length)]);
    },
    embedQuery(text) {
      nextForQuery = (nextForQuery + 1) % members.length;
      return members[nextForQuery].embedQuery(text);
    },
    async close() {
      await Promise.all(members.map((member) => member.close()));
    },
  };
}

/**
 * An embedder that starts (with `start`) only when first asked to embed, for a run that may have nothing to embed:
 * the indexer on unchanged files never loads the model. `known` is what the saved vector index was built with; a
 * model that loads with another width is refused.
 */
export function deferredEmbedder(known: { modelId: string; dimensions: number }, start: () => Promise<WorkerEmbedder>): WorkerEmbedder {
  let starting: Promise<WorkerEmbedder> | null = null;
  let started: WorkerEmbedder | null = null;
  let closed = false;
  const embedder = () =>
    (starting ??= start().then(async (loaded) => {
      started = loaded;
      if (loaded.dimensions !== known.dimensions) {
        await loaded.close();
        throw new ServiceError(
          ERROR_CODES.MODEL_MISMATCH,
          `model "${known.modelId}" now gives ${loaded.dimensions} dimensions, but the vector index holds ${known.dimensions}`,
          { field: 'EMBEDDING_MODEL' },
        );
      }
      return loaded;
    }));
  return {
    ...known,
    get running() {
      return !closed && (started === null || started.running);
    },
    embedPassages: async (texts) => (await embedder()).embedPassages(texts),
    embedQuery: async (text) => (await embedder()).embedQuery(text),
    async close() {
      closed = true;
      if (starting) await (await starting.catch(() => null))?.close();
    },
  };
}
