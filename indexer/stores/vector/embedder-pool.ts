// Several worker embedders used as one, so indexing runs the model on every core: the passages of a request are
// dealt out among the workers like cards (each gets the same mix of short and long texts); a query goes to one.
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
