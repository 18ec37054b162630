// Which of a query's units (words, phrases, acronyms) a candidate Meilisearch found holds, as the embedded index
// matches them: by stem, stem sequences, typos within Meilisearch's budget and the last word as a prefix. Pure but for
// the word numbers and judgements kept between queries.
import { boundedEditDistance } from '../../../../core/text/distance';
import type { FieldWords } from '../field-words';
import { DEFAULT_MAX_COMPLETIONS, DEFAULT_MAX_CORRECTIONS, allowedTypos } from '../vocabulary';
import type { QueryUnit } from './ranking';

export interface UnitMatcher {
  /** How many of the units a candidate holds, given its own fields (text, speaker). */
  held(fields: string[]): number;
  /**
   * The words of the texts seen so far that matched a unit only with a typo or as a completion, per unit: the most
   * frequent, as many as the embedded index tries (DEFAULT_MAX_COMPLETIONS, DEFAULT_MAX_CORRECTIONS).
   */
  correctedWords(): string[][];
}

/** Words the judgement arrays have room for at first; they double as the numbering grows. */
const INITIAL_WORDS = 4_096;

/**
 * Per word number, what the query under way judged of it (a stamp tells which query judged each word): the units it
 * matches, those it matches only by a typo or as a completion, those whose multi-word spellings it may start (bits),
 * and how often it occurred as a correction; and each word's stem, for as long as the numbering lasts. Kept from query
 * to query, as FieldWords keeps its marks: clearing arrays the size of every word seen would cost more than judging.
 */
export class WordJudgements {
  stamps = new Uint32Array(INITIAL_WORDS);
  units = new Int32Array(INITIAL_WORDS);
  corrections = new Int32Array(INITIAL_WORDS);
  sequenceStarts = new Int32Array(INITIAL_WORDS);
  occurrences = new Int32Array(INITIAL_WORDS);
  stems: string[] = [];
  private stamp = 0;
  private numbering = -1;

  constructor(readonly fieldWords: FieldWords) {}

  /** Starts a query's judgements; its stamp. */
  begin(): number {
    this.stamp += 1;
    this.renumbered();
    return this.stamp;
  }

  /** True when the words were numbered anew (past FieldWords' bound) since last asked: what was judged is void. */
  renumbered(): boolean {
    if (this.fieldWords.numbering() === this.numbering) return false;
    this.numbering = this.fieldWords.numbering();
    this.stamps.fill(0);
    this.stems = [];
    return true;
  }

  /** The units judged held by these words and those whose sequences they may start (bits); counts the corrections met. */
  read(fields: Uint32Array[]): { bits: number; starts: number } {
    const { units, corrections, sequenceStarts, occurrences } = this;
    let bits = 0;
    let starts = 0;
    for (const field of fields) {
      for (let position = 0; position < field.length; position += 1) {
        const id = field[position];
        bits |= units[id];
        starts |= sequenceStarts[id];
        if (corrections[id] !== 0) occurrences[id] += 1;
      }
    }
    return { bits, starts };
  }

  /** Room for every word numbered so far. */
  grow(): void {
    const size = this.fieldWords.size();
    if (size <= this.stamps.length) return;
    const length = Math.max(size, this.stamps.length * 2);
    const grown = <T extends Uint32Array | Int32Array>(array: T, empty: T): T => {
      empty.set(array);
      return empty;
    };
    this.stamps = grown(this.stamps, new Uint32Array(length));
    this.units = grown(this.units, new Int32Array(length));
    this.corrections = grown(this.corrections, new Int32Array(length));
    this.sequenceStarts = grown(this.sequenceStarts, new Int32Array(length));
    this.occurrences = grown(this.occurrences, new Int32Array(length));
  }
}

/**
 * Which units a text holds, for one query: stems and stem sequences, typos within Meilisearch's budget, the prefix.
 * Texts are read as the word numbers FieldWords keeps for them (BM25 reads the same), and each distinct word is judged
 * once per query; a candidate's stems are lined up only when it holds the first word of a sequence it may hold.
 */
/** What the query's units are spelled as, by stem: the tables each word of the candidates is judged by. */
interface Spellings {
  /** The stems and stem sequences of each unit's spellings. */
  stemmed: string[][][];
  /** Per unit, its spellings of more than one word. */
  sequences: string[][][];
  /** Per stem, the units a word of that stem holds (a single-word spelling), and those whose sequences it may start. */
  unitsOfStem: Map<string, number>;
  sequencesStartedBy: Map<string, number>;
  /** The units that are a single word, their only spelling, being typed or held by no chunk: they alone take completions and typos. */
  loose: LooseUnit[];
}

interface LooseUnit {
  unit: QueryUnit;
  index: number;
  raw: string;
  stem: string;
  budget: number;
  stemBudget: number;
}

const bit = (index: number) => 1 << index;

function spellingsOf(units: QueryUnit[], stemWords: (words: string[]) => string[]): Spellings {
  const stemmed = units.map((unit) => unit.spellings.map(stemWords));
  const unitsOfStem = new Map<string, number>();
  const sequencesStartedBy = new Map<string, number>();
  stemmed.forEach((spellings, index) => {
    for (const spelling of spellings) {
      const byStem = spelling.length === 1 ? unitsOfStem : sequencesStartedBy;
      byStem.set(spelling[0], (byStem.get(spelling[0]) ?? 0) | bit(index));
    }
  });
  const loose = units.flatMap((unit, index) => {
    if ((!unit.prefix && !unit.typos) || unit.spellings.length !== 1 || unit.spellings[0].length !== 1) return [];
    const [raw] = unit.spellings[0];
    const [stem] = stemmed[index][0];
    return [{ unit, index, raw, stem, budget: allowedTypos(raw), stemBudget: allowedTypos(stem) }];
  });
  return { stemmed, sequences: stemmed.map((spellings) => spellings.filter((spelling) => spelling.length > 1)), unitsOfStem, sequencesStartedBy, loose };
}

/** The units a word holds only as a completion or by a typo (`exact`: those it holds by its stem). */
function looselyMatched(loose: LooseUnit[], word: string, wordStem: string, exact: number): number {
  let bits = 0;
  for (const { unit, index, raw, stem, budget, stemBudget } of loose) {
    if (exact & bit(index)) continue;
    // Completions of the word as typed, as the embedded index completes it ("polic" is not a prefix of "policy"'s stem "polici").
    let matches = unit.prefix && word.startsWith(raw);
    if (!matches && unit.typos) {
      matches = (budget > 0 && boundedEditDistance(word, raw, budget) <= budget) || (stemBudget > 0 && boundedEditDistance(wordStem, stem, stemBudget) <= stemBudget);
    }
    if (matches) bits |= bit(index);
  }
  return bits;
}

/**
 * Which units a text holds, for one query: stems and stem sequences, typos within Meilisearch's budget, the prefix.
 * Texts are read as the word numbers FieldWords keeps for them (BM25 reads the same), and each distinct word is judged
 * once per query; a candidate's stems are lined up only when it holds the first word of a sequence it may hold.
 */
export function createUnitMatcher(units: QueryUnit[], stemWords: (words: string[]) => string[], judgements: WordJudgements): UnitMatcher {
  const { fieldWords } = judgements;
  const { sequences, unitsOfStem, sequencesStartedBy, loose } = spellingsOf(units, stemWords);
  /** Words judged this query that matched a unit only by a typo or as a completion, in the order first met. */
  let correctedIds: number[] = [];
  const stamp = judgements.begin();

  function judge(fields: Uint32Array[]): void {
    judgements.grow();
    const { stamps, stems } = judgements;
    const unjudged: number[] = [];
    for (const words of fields) {
      for (let position = 0; position < words.length; position += 1) {
        const id = words[position];
        if (stamps[id] === stamp) continue;
        stamps[id] = stamp;
        unjudged.push(id);
      }
    }
    const unstemmed = unjudged.filter((id) => stems[id] === undefined);
    if (unstemmed.length > 0) stemWords(unstemmed.map((id) => fieldWords.wordAt(id))).forEach((wordStem, position) => (stems[unstemmed[position]] = wordStem));
    for (const id of unjudged) {
      const wordStem = stems[id];
      const exact = unitsOfStem.get(wordStem) ?? 0;
      const corrections = loose.length === 0 ? 0 : looselyMatched(loose, fieldWords.wordAt(id), wordStem, exact);
      judgements.units[id] = exact | corrections;
      judgements.corrections[id] = corrections;
      judgements.sequenceStarts[id] = sequencesStartedBy.get(wordStem) ?? 0;
      judgements.occurrences[id] = 0;
      if (corrections !== 0) correctedIds.push(id);
    }
  }

  function wordsOf(fields: string[]): Uint32Array[] {
    const words = fields.map((text) => fieldWords.wordsOf(text));
    if (!judgements.renumbered()) return words;
    // Numbered anew while reading these fields: read them again by the new numbers.
    correctedIds = [];
    return fields.map((text) => fieldWords.wordsOf(text));
  }

  return {
    held(fields) {
      const words = wordsOf(fields);
      judge(words);
      const { bits: judged, starts } = judgements.read(words);
      let bits = judged;
      const unsure = starts & ~bits;
      if (unsure !== 0) {
        sequences.forEach((spellings, index) => {
          if (unsure & bit(index) && spellings.some((sequence) => words.some((field) => occursIn(field, judgements.stems, sequence)))) bits |= bit(index);
        });
      }
      let count = 0;
      for (let index = 0; index < units.length; index += 1) if (bits & bit(index)) count += 1;
      return count;
    },
    correctedWords: () =>
      units.map((unit, index) =>
        correctedIds
          .filter((id) => judgements.corrections[id] & bit(index))
          .sort((a, b) => judgements.occurrences[b] - judgements.occurrences[a])
          .slice(0, unit.prefix ? DEFAULT_MAX_COMPLETIONS : DEFAULT_MAX_CORRECTIONS)
          .map((id) => fieldWords.wordAt(id)),
      ),
  };
}

/** Whether a field's words (numbers) hold the sequence of stems, one after the other. */
function occursIn(field: Uint32Array, stems: string[], sequence: string[]): boolean {
  for (let start = 0; start + sequence.length <= field.length; start += 1) {
    let offset = 0;
    while (offset < sequence.length && stems[field[start + offset]] === sequence[offset]) offset += 1;
    if (offset === sequence.length) return true;
  }
  return false;
}

