// Which chunks share each vector of the HNSW graph. Chunks whose embedded text is the same (boilerplate copied into
// many minutes) hold one vector between them: thousands of identical points made hnswlib's neighbour lists point
// only at each other and cut whole regions off the graph. A vector keeps its id while any chunk holds it, so when
// the first chunk goes a surviving copy inherits the vector as it is.

/** A vector's text key: the first 52 bits of the sha256 (hex) of its embedded text, exact in a double. */
export function textKeyOf(textHash: string): number {
  const key = Number.parseInt(textHash.slice(0, 13), 16);
  if (!Number.isSafeInteger(key)) throw new Error(`expected a hexadecimal text hash, got "${textHash}"`);
  return key;
}

/** A vector saved before vectors were shared has no text key. */
export const UNKNOWN_KEY = Number.NaN;

const INITIAL_SEQS = 1024;

export class SharedVectors {
  /** Each chunk's vector id + 1, by seq (0: the chunk has no vector). */
  private vectorOfSeq = new Int32Array(INITIAL_SEQS);
  /** Every live vector and its text key. */
  private readonly keys = new Map<number, number>();
  /** Members of the vectors whose members are not just the chunk whose seq is the vector's id, in seq order. */
  private readonly groups = new Map<number, number[]>();
  /** Built on the first look-up by key: only writers need it, and at a million vectors it is tens of MB. */
  private byKey: Map<number, number> | null = null;
  private members = 0;

  /** Chunks holding a vector. */
  chunkCount(): number {
    return this.members;
  }

  vectorCount(): number {
    return this.keys.size;
  }

  hasVector(vectorId: number): boolean {
    return this.keys.has(vectorId);
  }

  vectorIds(): IterableIterator<number> {
    return this.keys.keys();
  }

  /** Vectors saved before sharing, whose text is not known here. */
  unkeyedCount(): number {
    let unkeyed = 0;
    for (const key of this.keys.values()) if (Number.isNaN(key)) unkeyed += 1;
    return unkeyed;
  }

  keyOf(vectorId: number): number | undefined {
    return this.keys.get(vectorId);
  }

  vectorOf(seq: number): number | undefined {
    const stored = seq < this.vectorOfSeq.length ? this.vectorOfSeq[seq] : 0;
    return stored === 0 ? undefined : stored - 1;
  }

  membersOf(vectorId: number): readonly number[] {
    return this.groups.get(vectorId) ?? (this.keys.has(vectorId) ? [vectorId] : []);
  }

  /** The live vector of this text, if any. */
  vectorWithKey(key: number): number | undefined {
    if (Number.isNaN(key)) return undefined;
    if (!this.byKey) {
      this.byKey = new Map();
      for (const [vectorId, known] of this.keys) if (!Number.isNaN(known)) this.byKey.set(known, vectorId);
    }
    return this.byKey.get(key);
  }

  /** Every chunk holding a vector, in seq order. */
  seqs(): number[] {
    const seqs: number[] = [];
    this.vectorOfSeq.forEach((stored, seq) => {
      if (stored !== 0) seqs.push(seq);
    });
    return seqs;
  }

  /** A new vector held by one chunk. */
  create(vectorId: number, key: number, seq: number): void {
    this.keys.set(vectorId, key);
    if (!Number.isNaN(key)) this.byKey?.set(key, vectorId);
    if (vectorId !== seq) this.groups.set(vectorId, [seq]);
    this.assign(seq, vectorId);
  }

  join(vectorId: number, seq: number): void {
    const members = [...this.membersOf(vectorId)];
    const at = members.findIndex((member) => member > seq);
    members.splice(at < 0 ? members.length : at, 0, seq);
    this.groups.set(vectorId, members);
    this.assign(seq, vectorId);
  }

  /** Takes the chunk off its vector; returns the vector when that was its last chunk (the graph must drop it). */
  leave(seq: number): number | undefined {
    const vectorId = this.vectorOf(seq);
    if (vectorId === undefined) return undefined;
    this.vectorOfSeq[seq] = 0;
    this.members -= 1;
    const members = this.membersOf(vectorId).filter((member) => member !== seq);
    if (members.length > 0) {
      if (members.length === 1 && members[0] === vectorId) this.groups.delete(vectorId);
      else this.groups.set(vectorId, members);
      return undefined;
    }
    const key = this.keys.get(vectorId)!;
    if (this.byKey?.get(key) === vectorId) this.byKey.delete(key);
    this.keys.delete(vectorId);
    this.groups.delete(vectorId);
    return vectorId;
  }

  /** Gives a vector saved before sharing its text key. */
  setKey(vectorId: number, key: number): void {
    this.keys.set(vectorId, key);
    if (this.byKey && !this.byKey.has(key)) this.byKey.set(key, vectorId);
  }

  /** Moves every chunk of `from` onto `into` (the same text) and drops `from`, which the graph must drop too. */
  absorb(into: number, from: number): void {
    for (const seq of this.membersOf(from)) {
      this.leave(seq);
      this.join(into, seq);
    }
  }

  /**
   * Whether a vector may be returned: whether any of its chunks is acceptable. Filtered searches ask this of every
   * vector they visit, so a filter on the second body finds the copy published there.
   */
  acceptsAny(accept: (seq: number) => boolean): (vectorId: number) => boolean {
    return (vectorId) => {
      const group = this.groups.get(vectorId);
      return group ? group.some(accept) : accept(vectorId);
    };
  }

  /** The vector's first acceptable chunk (the one a search returns for it). */
  firstAccepted(vectorId: number, accept?: (seq: number) => boolean): number | undefined {
    const group = this.groups.get(vectorId);
    if (group) return accept ? group.find(accept) : group[0];
    // A vector not shared is held by the chunk whose seq is its id, if by any: one read of a typed array rather than
    // a look-up among a million keys, for each of the hundreds of vectors a search returns.
    if (this.vectorOf(vectorId) !== vectorId) return undefined;
    return !accept || accept(vectorId) ? vectorId : undefined;
  }

  /** [vectors, (id, key)…, groups, (id, members, seq…)…] as doubles: seqs and 52-bit keys are exact in them. */
  serialise(): Float64Array {
    const values: number[] = [this.keys.size];
    for (const [vectorId, key] of this.keys) values.push(vectorId, key);
    values.push(this.groups.size);
    for (const [vectorId, members] of this.groups) values.push(vectorId, members.length, ...members);
    return Float64Array.from(values);
  }

  static deserialise(values: Float64Array, source: string): SharedVectors {
    const shared = new SharedVectors();
    let at = 0;
    const next = () => {
      if (at >= values.length) throw new Error(`${source} ends early at value ${at}`);
      return values[at++];
    };
    for (let vectors = next(); vectors > 0; vectors -= 1) {
      const vectorId = next();
      shared.keys.set(vectorId, next());
    }
    for (let groups = next(); groups > 0; groups -= 1) {
      const vectorId = next();
      const members = Array.from({ length: next() }, next);
      shared.groups.set(vectorId, members);
    }
    for (const vectorId of shared.keys.keys()) for (const seq of shared.membersOf(vectorId)) shared.assign(seq, vectorId);
    return shared;
  }

  /** One vector per label, as indexes saved before sharing hold them. */
  static unshared(labels: Iterable<number>): SharedVectors {
    const shared = new SharedVectors();
    for (const label of labels) shared.create(label, UNKNOWN_KEY, label);
    return shared;
  }

  private assign(seq: number, vectorId: number): void {
    let capacity = this.vectorOfSeq.length;
    if (seq >= capacity) {
      while (capacity <= seq) capacity *= 2;
      const grown = new Int32Array(capacity);
      grown.set(this.vectorOfSeq);
      this.vectorOfSeq = grown;
    }
    if (this.vectorOfSeq[seq] === 0) this.members += 1;
    this.vectorOfSeq[seq] = vectorId + 1;
  }
}
