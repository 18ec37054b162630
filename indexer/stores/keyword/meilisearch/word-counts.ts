// How many chunks hold what: Meilisearch is asked (with limit 0) how many chunks match each query, and the answers
// are kept until the index changes. From them: how each word is searched, how rare it is, and how many chunks hold
// most of a query's words.
import { majorityOf } from '../query-plan';
import type { MeilisearchConnection } from './connection';
import { toMeilisearchQuery } from './query';
import type { QueryUnit } from './ranking';

export interface ResolvedUnits {
  units: QueryUnit[];
  documentsWith: (unit: QueryUnit) => number;
}

const choose = (n: number, k: number): number => (k === 0 ? 1 : (n * choose(n - 1, k - 1)) / k);
const aloneQuery = (unit: QueryUnit) => toMeilisearchQuery([unit], []);
const subsetsOf = (units: QueryUnit[], fewest: number) =>
  [...Array(2 ** units.length).keys()].map((mask) => units.filter((_, index) => mask & (1 << index))).filter((subset) => subset.length >= fewest);

export class WordCounts {
  /** How many chunks match each Meilisearch query (typos and synonyms included). */
  private readonly matchCounts = new Map<string, number>();
  private indexedChunks: number | null = null;

  constructor(
    private readonly connection: MeilisearchConnection,
    private readonly indexName: string,
  ) {}

  /** The index changed: every count is asked again. */
  clear(): void {
    this.matchCounts.clear();
    this.indexedChunks = null;
  }

  async chunkCount(): Promise<number> {
    this.indexedChunks ??= (await this.connection.run((index) => index.getStats())).numberOfDocuments;
    return this.indexedChunks;
  }

  /**
   * Chunks holding at least `floor` of the units, as the embedded index counts a query's matches, from the counts of
   * chunks holding every unit of each subset (inclusion–exclusion: Σ_{k ≥ floor} (−1)^(k−floor) C(k−1, floor−1) S_k).
   */
  async countHolding(units: QueryUnit[], floor: number, filter: string[], excluded: string[]): Promise<number> {
    const subsets = subsetsOf(units, floor);
    // The subsets a majority needs are counted in the same request: a query asking about every unit asks that next.
    const count = await this.countMatches(
      subsetsOf(units, Math.min(floor, majorityOf(units.length))).map((subset) => toMeilisearchQuery(subset, excluded, true)),
      filter,
    );
    const total = subsets.reduce((sum, subset) => sum + (-1) ** (subset.length - floor) * choose(subset.length - 1, floor - 1) * count(toMeilisearchQuery(subset, excluded, true)), 0);
    return Math.max(0, Math.round(total));
  }

  /** How many chunks match each unit alone, before filters: the most a query leading with it can match (`last` strategy). */
  async matchingAlone(units: QueryUnit[]): Promise<(unit: QueryUnit) => number> {
    const count = await this.countMatches(units.map(aloneQuery));
    return (unit) => count(aloneQuery(unit));
  }

  /**
   * Each unit as it will be searched, and how many chunks match it. A word some chunk holds as typed is searched by
   * its stem, with no typos of its own; a word none holds is searched as typed, so Meilisearch's typos reach the words
   * it may mean, as the embedded index corrects only the words it does not hold.
   */
  async resolveUnits(units: QueryUnit[]): Promise<ResolvedUnits> {
    const asTyped = (unit: QueryUnit): QueryUnit => ({ ...unit, query: unit.spellings[0][0] });
    const exactly = (unit: QueryUnit) => `"${unit.spellings[0][0]}" `;
    const count = await this.countMatches(units.flatMap((unit) => (unit.typos ? [exactly(unit), aloneQuery(unit), aloneQuery(asTyped(unit))] : [aloneQuery(unit)])));
    // The word being typed stays as it is, read as a prefix; it keeps its typos only when no chunk holds it as typed.
    const resolved = units.map((unit) => {
      if (!unit.typos) return unit;
      if (count(exactly(unit)) > 0) return { ...unit, typos: false };
      return unit.prefix ? unit : asTyped(unit);
    });
    // A word held as typed counts the chunks holding it as typed, as the embedded index's vocabulary does (IDF, rarity).
    return { units: resolved, documentsWith: (unit) => (unit.typos || unit.spellings.length > 1 || unit.spellings[0].length > 1 ? count(aloneQuery(unit)) : count(exactly(unit)) || count(aloneQuery(unit))) };
  }

  private async countMatches(queries: string[], filter: string[] = []): Promise<(query: string) => number> {
    const key = (query: string) => (filter.length === 0 ? query : JSON.stringify([query, filter]));
    const unknown = [...new Set(queries.filter((query) => !this.matchCounts.has(key(query))))];
    if (unknown.length > 0) {
      const { results } = await this.connection.run((_, client) =>
        client.multiSearch({ queries: unknown.map((q) => ({ indexUid: this.indexName, q, filter, limit: 0, matchingStrategy: 'all' as const })) }),
      );
      results.forEach((result, position) => this.matchCounts.set(key(unknown[position]), result.estimatedTotalHits ?? 0));
    }
    return (query) => this.matchCounts.get(key(query)) ?? 0;
  }
}
