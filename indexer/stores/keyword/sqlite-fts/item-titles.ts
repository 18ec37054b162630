// The distinct item titles held in memory with an inverted index of their words, to find which
// titles contain the query's words. Matches in the item title (BM25 weight 4, a short field) rank
// highest, so when a query has too many matches to score them all, these are the ones sampled first.
import type { Requirement } from '../query-plan';
import { stemCandidates } from '../../../../core/text/stem';
import { tokenise } from '../../../../core/text/tokens';

export interface ItemTitles {
  add(title: string): void;
  /** Titles containing at least `minimum` of the requirements, shortest (most heavily weighted by BM25) first, at most `limit`. */
  matching(required: Requirement[], minimum: number, limit: number): string[];
}

export function createItemTitles(initial: Iterable<string> = []): ItemTitles {
  const titles: string[] = [];
  const known = new Set<string>();
  const titleLengths: number[] = [];
  /** Stem candidate → indexes of the titles holding a word with it. */
  const byStem = new Map<string, Set<number>>();

  function titlesWithTerm(term: string): Set<number> {
    const found = new Set<number>();
    for (const stem of stemCandidates(term)) for (const index of byStem.get(stem) ?? []) found.add(index);
    return found;
  }

  const itemTitles: ItemTitles = {
    add(title) {
      if (known.has(title)) return;
      known.add(title);
      const index = titles.length;
      titles.push(title);
      const terms = tokenise(title);
      titleLengths.push(terms.length);
      for (const term of terms) {
        for (const stem of stemCandidates(term)) {
          const holders = byStem.get(stem);
          if (holders) holders.add(index);
          else byStem.set(stem, new Set([index]));
        }
      }
    },
    matching(required, minimum, limit) {
      const matchedRequirements = new Map<number, number>();
      for (const requirement of required) {
        const holders = new Set<number>();
        for (const alternative of requirement.alternatives) {
          // A phrase is taken to be in a title holding all its words: close enough to choose a sample.
          const perTerm = alternative.terms.map(titlesWithTerm);
          for (const index of perTerm[0] ?? []) if (perTerm.every((set) => set.has(index))) holders.add(index);
        }
        for (const index of holders) matchedRequirements.set(index, (matchedRequirements.get(index) ?? 0) + 1);
      }
      return [...matchedRequirements]
        .filter(([, matched]) => matched >= minimum)
        .map(([index]) => index)
        .sort((a, b) => titleLengths[a] - titleLengths[b] || a - b)
        .slice(0, limit)
        .map((index) => titles[index]);
    },
  };
  for (const title of initial) itemTitles.add(title);
  return itemTitles;
}
