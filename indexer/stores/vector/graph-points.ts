// The vectors of graph nodes as read back from hnswlib, kept once read: hnswlib-node's getPoint builds a JS array one
// number at a time (about 0.15 ms for 384 dimensions), so an exact search among a filter's few hundred vectors spent
// tens of milliseconds reading them and almost nothing comparing.
import type { HierarchicalNSW } from 'hnswlib-node';

/** Bytes of vectors kept (16 MB: about 10,000 vectors of 384 dimensions); past it they start again. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;

export class GraphPoints {
  private readonly kept = new Map<number, Float32Array>();
  private readonly maxKept: number;

  /** `graph` is asked each time: a compacted index swaps its graph (the vector ids and their vectors stay). */
  constructor(
    private readonly graph: () => HierarchicalNSW,
    dimensions: number,
  ) {
    this.maxKept = Math.max(1, Math.floor(MAX_KEPT_BYTES / (4 * dimensions)));
  }

  of(vectorId: number): Float32Array {
    let point = this.kept.get(vectorId);
    if (!point) {
      if (this.kept.size >= this.maxKept) this.kept.clear();
      point = Float32Array.from(this.graph().getPoint(vectorId));
      this.kept.set(vectorId, point);
    }
    return point;
  }

  /** The vector id was deleted or given a new vector. */
  forget(vectorId: number): void {
    this.kept.delete(vectorId);
  }
}
