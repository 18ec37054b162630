// Acronyms and their long forms (synonyms.json), searched both ways by both backends.
import synonymFile from './synonyms.json';
import { tokenise } from '../../../core/text/tokens';

export interface SynonymGroup {
  acronym: string;
  expansions: string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = synonymFile.groups;

/** Every spelling in a group, each as its normalised terms ("anti-social behaviour" → ["anti", "social", "behaviour"]). */
export type SynonymLookup = Map<string, string[][]>;

/** Maps each spelling (terms joined by a space) to all the other spellings of its group. */
export function buildSynonymLookup(groups: readonly SynonymGroup[] = SYNONYM_GROUPS): SynonymLookup {
  const lookup: SynonymLookup = new Map();
  for (const group of groups) {
    // "closed-circuit" and "closed circuit" are one spelling once tokenised.
    const spellings = [...new Map([group.acronym, ...group.expansions].map((spelling) => tokenise(spelling)).map((terms) => [terms.join(' '), terms])).values()].filter(
      (terms) => terms.length > 0,
    );
    for (const spelling of spellings) {
      const key = spelling.join(' ');
      const others = spellings.filter((other) => other.join(' ') !== key);
      const known = lookup.get(key) ?? [];
      lookup.set(key, [...known, ...others]);
    }
  }
  return lookup;
}

const longestSpellings = new WeakMap<SynonymLookup, number>();

/** The longest spelling in a group, so multi-word matching can stop looking early (worked out once per lookup). */
export function longestSpellingLength(lookup: SynonymLookup): number {
  let longest = longestSpellings.get(lookup);
  if (longest === undefined) {
    longest = 0;
    for (const key of lookup.keys()) longest = Math.max(longest, key.split(' ').length);
    longestSpellings.set(lookup, longest);
  }
  return longest;
}

/**
 * Meilisearch's `synonyms` setting: every spelling lists every other spelling of its group, each written by `spell`
 * (the Meilisearch backend gives the stems of its words, as its searchable fields hold them).
 */
export function meilisearchSynonyms(spell: (spelling: string) => string, groups: readonly SynonymGroup[] = SYNONYM_GROUPS): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const spellings = [...new Set([group.acronym, ...group.expansions].map(spell))].filter((spelling) => spelling !== '');
    for (const spelling of spellings) {
      const others = spellings.filter((other) => other !== spelling);
      synonyms[spelling] = [...new Set([...(synonyms[spelling] ?? []), ...others])];
    }
  }
  return synonyms;
}
