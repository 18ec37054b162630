// Weighing the two legs before they are fused: how much the semantic ranking counts for this query (by its shape, or
// by how much of it keyword search found), and which semantic candidates are trusted enough to take part. Pure.
import type { KeywordMatching } from '../../core/search-types';
import { contentStems } from '../../core/text/stem';
import { isContentWord } from '../../core/text/stop-words';
import { holdsTerms, tokenise, tokensAsWritten } from '../../core/text/tokens';
import { asksForDecision } from './decision-query';
import type { FusedCandidate, SemanticCandidate } from './fusion';
import type { HybridSettings, QueryShape } from './fusion-settings';

/**
 * How one hybrid query is fused: the semantic ranking's weight, whether scores rather than ranks are fused, and the
 * query's shape (null for a model not measured by shape). By the query's shape for a model measured that way, a query
 * asking what was decided weighed no more than one naming something; otherwise by rank, a weak model giving way to
 * keyword search on the queries whose words the minutes hold (semanticWeight). `bestHitText` is only read for the shape; `rarestWord` is the
 * rarest word keyword search counted (KeywordMatching.words[0]).
 */
export function hybridFusionFor(
  query: string,
  coverage: number,
  bestHitText: () => string | null,
  settings: HybridSettings,
  rarestWord: string | null = null,
): { weight: number; byScore: boolean; shape: QueryShape | null } {
  if (!settings.shapeWeights) return { weight: semanticWeight(settings.semanticRatio, settings.keywordCoverageTrust, coverage), byScore: false, shape: null };
  const shape = queryShape(query, coverage, bestHitText(), rarestWord);
  // A question about an outcome is answered by a resolution's own words, as a name is: the model ranks resolutions by
  // their items' titles, and a resolution of another item ("RESOLVED to note the report.") as often as the one asked of.
  const weight = asksForDecision(query) ? Math.min(settings.shapeWeights[shape], settings.shapeWeights.exact) : settings.shapeWeights[shape];
  return { weight, byScore: settings.fuseByScore.includes(shape), shape };
}

/**
 * The best keyword hit's share of the query's words (`coverage` counts only the words keyword search looked for),
 * with the words no chunk holds (KeywordMatching.unknown) counted as missed: a question in words the minutes never
 * use is not answered by the few of its words they do use, and meaning should lead, not the keyword side.
 */
export function queryCoverage(coverage: number, matching: KeywordMatching | null | undefined): number {
  const counted = matching?.words.length ?? 0;
  const unknown = (matching?.unknown ?? []).filter((word) => word.split(' ').some(isContentWord)).length;
  return counted + unknown === 0 ? coverage : (coverage * counted) / (counted + unknown);
}

/**
 * The rarest word keyword search counted (KeywordMatching.words[0], rarest first), unless no chunk holds it as typed
 * and keyword search corrected it (the spelling suggestion replaced it): a misspelt name ("Operaton Moris") names
 * nothing the minutes hold as written, so the query is weighed as the typo it is, not as a name (namesRareWord).
 */
export function rarestWordAsTyped(matching: KeywordMatching | null | undefined): string | null {
  const rarest = matching?.words[0] ?? null;
  if (rarest === null || matching?.suggestion === undefined) return rarest;
  return tokenise(matching.suggestion).includes(rarest) ? rarest : null;
}

/**
 * The semantic candidates that take part in hybrid fusion: those that stand out from the query's band of similarities
 * (for a weak model) and, unless keyword search found them too, reach the model's minimum similarity. In semantic
 * mode every candidate takes part.
 */
export function candidatesWorthFusing(
  candidates: SemanticCandidate[],
  keywordIds: ReadonlySet<string>,
  settings: Pick<HybridSettings, 'minSimilarity' | 'minStandout'>,
  hybrid: boolean,
): SemanticCandidate[] {
  if (!hybrid) return candidates;
  const standingOut = standsOut(candidates, settings.minStandout);
  return candidates.filter((candidate) => standingOut(candidate) && (keywordIds.has(candidate.id) || candidate.similarity >= settings.minSimilarity));
}

/**
 * The semantic weight for one query: the model's ratio, less the share it gives up as keyword search finds
 * the query's words (`coverage`, 0..1, the best keyword hit's share of them). See FusionSettings.keywordCoverageTrust.
 */
export function semanticWeight(semanticRatio: number, keywordCoverageTrust: number, coverage: number): number {
  return semanticRatio * (1 - keywordCoverageTrust * Math.min(1, Math.max(0, coverage)));
}

/**
 * A passage holding fewer content words than this says nothing of its own: a heading left as a paragraph ("Coming
 * Soon…", "Complaints"), a bare "RESOLVED:". Its vector is mostly its item's title (passageText puts the title first),
 * so by meaning it ranks high for any query on that item's subject; on corpus/ such fragments filled up to five of a
 * semantic top ten.
 */
export const MIN_CONTENT_WORDS = 4;
/**
 * A decision's subject is its item, so its title-led vector is what it means: "RESOLVED to note the decision" under
 * "Decision OPCC.D.034.23 - PFI North Kent Police Station" answers what became of it. It needs only this many.
 */
export const MIN_DECISION_CONTENT_WORDS = 2;

/** True when a passage's own text holds too few content words (see isContentWord) to be shown for its meaning. */
export function saysTooLittle(passage: { text: string; isDecision: boolean }): boolean {
  return !holdsTerms(passage.text, passage.isDecision ? MIN_DECISION_CONTENT_WORDS : MIN_CONTENT_WORDS, isContentWord);
}

/**
 * The fused candidates less those found by meaning alone that say too little (saysTooLittle); a fragment keyword
 * search matched holds the query's words and stays. Dropped after fusion, so the others keep the ranks the model gave
 * them. `passagesOf` reads the candidates by id.
 */
export function withoutWordless(fused: FusedCandidate[], passagesOf: (ids: string[]) => Map<string, { text: string; isDecision: boolean }>): FusedCandidate[] {
  const passages = passagesOf(fused.filter((candidate) => candidate.keywordRank === null).map((candidate) => candidate.id));
  return fused.filter((candidate) => {
    const passage = passages.get(candidate.id);
    return candidate.keywordRank !== null || (passage !== undefined && !saysTooLittle(passage));
  });
}

/** Below this many candidates a mean and spread of their similarities say too little to judge one against them. */
const MIN_CANDIDATES_FOR_STANDOUT = 10;

/**
 * A test of whether a candidate's similarity stands `minStandout` standard deviations above the mean of all
 * the query's candidates. Accepts everything when minStandout is null or there are too few candidates.
 */
export function standsOut(candidates: SemanticCandidate[], minStandout: number | null): (candidate: SemanticCandidate) => boolean {
  if (minStandout === null || candidates.length < MIN_CANDIDATES_FOR_STANDOUT) return () => true;
  const mean = candidates.reduce((sum, { similarity }) => sum + similarity, 0) / candidates.length;
  const spread = Math.sqrt(candidates.reduce((sum, { similarity }) => sum + (similarity - mean) ** 2, 0) / candidates.length);
  if (spread === 0) return () => false;
  return ({ similarity }) => (similarity - mean) / spread >= minStandout;
}

/** An acronym as typed in a query ("ASB", "PCSOs"): an exact term keyword search answers better than a model. */
const ACRONYM = /\b\p{Lu}{2,6}s?\b/u;
/** Queries of at most this many content words are names of things, not descriptions of them. */
const MAX_EXACT_WORDS = 2;

/** Written as a name: a capital then a small letter ("Luker", "Fairfield"; not "PCSOs", which ACRONYM reads). */
const NAME_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * True when the rarest word keyword search counted (`rarestWord`) is written in the query as a name: a person, a place,
 * a scheme ("what did Brian Luker ask about travellers"). A model knows nothing of who Luker is, while the few chunks
 * naming him are exactly what is asked for. The query's first word counts only when the next is a name too ("Alan
 * Horton question"): a capital at the start is how sentences begin. A common name ("Kent", "Police") is seldom the
 * rarest of a query's words, and a description's rarest word seldom has a capital.
 */
export function namesRareWord(query: string, rarestWord: string | null): boolean {
  if (rarestWord === null) return false;
  const tokens = tokensAsWritten(query);
  const isName = (index: number) => index < tokens.length && NAME_CASE.test(tokens[index].text);
  return tokens.some((token, index) => token.lower === rarestWord && isName(index) && (index > 0 || isName(1)));
}

/**
 * The query's shape (see QueryShape), from what keyword search made of it: `coverage` is the share of the query's
 * words its best hit holds, `bestHitText` that hit's text (null when nothing matched), `rarestWord` the rarest word it
 * counted. A word counts as found as typed when its stem is among the best hit's; otherwise keyword search matched it
 * through a correction or a synonym. A query whose rarest word is written as a name is `exact` whatever its coverage.
 */
export function queryShape(query: string, coverage: number, bestHitText: string | null, rarestWord: string | null = null): QueryShape {
  if (bestHitText !== null && namesRareWord(query, rarestWord)) return 'exact';
  if (bestHitText === null || coverage < 1) return 'partial';
  const queryStems = contentStems(query);
  const hitStems = contentStems(bestHitText);
  if ([...queryStems].some((stem) => !hitStems.has(stem))) return 'corrected';
  // Words, not tokens: "anti-social behaviour" names one thing in two words.
  const words = query.split(/\s+/).filter((word) => tokensAsWritten(word).some((token) => isContentWord(token.lower)));
  return words.length <= MAX_EXACT_WORDS || ACRONYM.test(query) ? 'exact' : 'phrase';
}
