// Words as the chat stages see them: tokens with their place in the text, the words that carry
// no topic (English function words and question scaffolding), and stems for matching.
import stem from 'wink-porter2-stemmer';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Followed by 's ("Palmer's"): the possessive is not a token of its own. */
  possessive: boolean;
}

// Letters and digits, joined by inner slashes ("2022/23"); hyphens split ("Vice-Chairman"); "&" stands alone.
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)*|&/gu;
const POSSESSIVE_PATTERN = /^['’]s\b/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const possessive = POSSESSIVE_PATTERN.test(text.slice(end));
    tokens.push({ text: match[0], lower: match[0] === '&' ? 'and' : match[0].toLowerCase(), start, end, possessive });
  }
  return tokens;
}

/** English function words, and the pieces contractions leave behind ("don't" → "don", "t"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any anybody anyone anything are aren around as at be been before
  being below between both but by can cannot could couldn d did didn do does doesn doing don down during each else etc
  ever every few for from further had hadn has hasn have haven having he her here hers herself him himself his how i if
  in into is isn it its itself just ll m me more most much must my myself no nor not now of off on once one only or other
  our ours ourselves out over own re regarding s same shall she should so some something such t than that the their
  theirs them themselves then there these they this those through to too under until up upon us ve very via was wasn we
  were weren what whatever when where whether which while who whom whose why will with within without would you your
  yours yourself`.split(/\s+/),
);

/** Words that frame a question about minutes rather than name its topic. */
const SCAFFOLDING_WORDS: ReadonlySet<string> = new Set(
  `according answer answers anywhere asked ask asking comment comments concerning discuss discussed discussion explain explained
  find give happen happened happening info information know let like list look mention mentioned meeting meetings minute
  minutes panel panels committee committees please question questions raise raised recall recorded remarks said say saying says
  search see show stated talk talked tell thing things think thought told view views want went`.split(/\s+/),
);

export function isContentWord(lower: string): boolean {
  return !STOP_WORDS.has(lower) && !SCAFFOLDING_WORDS.has(lower);
}

/** Porter2 stem of a lower-cased word; numbers and codes ("101", "2022/23") stay as they are. */
export function stemWord(lower: string): string {
  return /^[a-z]+$/.test(lower) ? stem(lower) : lower;
}

/** The distinct stems of the content words in a text. */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const token of tokenize(text)) {
    if (isContentWord(token.lower)) stems.add(stemWord(token.lower));
  }
  return stems;
}
