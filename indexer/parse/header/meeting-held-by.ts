// Sentences and titles that name a meeting's body with no "Minutes of" before it, as Scottish community councils and
// Welsh community councils head their minutes: "At a meeting of Braehead Community Council held in …", "Pentre
// Community Council Meeting held on Wednesday 16th June 2021".
import { leadingText } from '../patterns';
import { BODY_WORDS, GENERIC_BODY } from './body-names';

/**
 * The kinds of meeting these forms name before "meeting of": "Annual", "Statutory", "General"; a Scottish community
 * council's first meeting after its election is its "Inaugural Meeting", one carried over its "Reconvened" meeting; a US
 * church's "called" (special) meeting.
 */
const KINDS = 'annual|ordinary|extraordinary|special|regular|monthly|general|statutory|inaugural|reconvened|adjourned|called';

/**
 * A body's name between "meeting of" and what follows it: no punctuation, but for the full stop of "St." or "Mt." (a saint's
 * church's vestry, a town named for a mountain), which names, not sentences, hold.
 */
const NAME_RUN = String.raw`(?:[^,.;:()]|(?<=\b(?:St|Mt|Ft))\.)`;

/**
 * "At a meeting of BRAEHEAD COMMUNITY COUNCIL held in the Board Room …", "At the Annual Meeting of the Planning Committee
 * held on …": the body is the words between "meeting of" and "held" (at most 80 characters, no punctuation among them).
 */
const AT_MEETING_OF = new RegExp(
  String.raw`\bat\s+(?:an?|the)\s+(?:(?:${KINDS})\s+)*meeting\s+of\s+(?:the\s+)?([^\s,.;:()]${NAME_RUN}{1,79}?),?\s+(?:was\s+)?held\b`,
  'i',
);

/**
 * "A Regular Meeting of the Hollin County Board of Supervisors was held on …", "The 12th meeting of the Academic Board was
 * held on …": the sentence opening a county's or a school's minutes, with no "At" before it. "was held" says it is this
 * meeting's own record ("the meeting of the Panel held on 3 May" may be another meeting's, named in passing).
 * A US city's names its state after a comma: "A REGULAR MEETING OF THE COUNCIL OF THE CITY OF RIVERTON, OREGON WAS HELD
 * THIS 4TH DAY OF MARCH, 2025" (the state no part of the council's name).
 */
const MEETING_OF_WAS_HELD = new RegExp(
  String.raw`\b(?:an?|the)\s+(?:(?:${KINDS}|\d{1,3}(?:st|nd|rd|th))\s+)*meeting\s+of\s+(?:the\s+)?([^\s,.;:()]${NAME_RUN}{1,79}?)(?:,\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s+(?:was\s+held|took\s+place)\b`,
  'i',
);

/**
 * "Mayor Tierney called a Regular Meeting of the Hollin City Council to order at 7:00 p.m.": the sentence opening a US
 * city's minutes names the body whose meeting the mayor opened. "The March 3, 2021 meeting of the Hollin Library Board was
 * called to order at 5:02pm", "The regular meeting of the Faculty Senate, held on May 4, 2017, was called to order …": the
 * same, told of the meeting.
 */
const MEETING_OF_TO_ORDER = new RegExp(
  String.raw`\bcalled\s+(?:an?|the)\s+(?:(?:${KINDS})\s+)*meeting\s+of\s+(?:the\s+)?([^\s,.;:()]${NAME_RUN}{1,79}?)\s+to\s+order\b|\bmeeting\s+of\s+(?:the\s+)?([^\s,.;:()]${NAME_RUN}{1,79}?)(?:,\s[^,]{1,40}(?:,\s[^,]{1,20})?,)?\s+was\s+(?:duly\s+)?called\s+to\s+order\b`,
  'i',
);

/**
 * "The Hollin County Board of Commissioners met in regular session …", "The City Council of the City of Hollin, Texas,
 * met …", "The Hollin County Board of County Commissioners, in and for Hollin County, Florida, convened in a regular
 * meeting …": a sentence opening with the body, capitalised words, then what it did (a clause between commas may come
 * first). It opens a line, or follows a sentence's end, the title's date ("… November 22, 2011 The City Council …") or a
 * title in capitals ("MARCH 26TH, 2019 MEETING The Larkmoor Township Trustees met …"). "The Board of Supervisors of the Hollin
 * Soil and Water Conservation District held its monthly meeting on …": the same, the meeting held.
 */
const BODY_MET = /(?:^|(?<=[.:;]\s|\d\s|\p{Lu}{2}\s))The\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&-]*)){1,11})(?:,\s[^;.]{1,80}?,)?\s+(?:met|convened|assembled|held\s+its\s+(?:[a-z]+\s+){0,2}meeting)\s/u;
/**
 * "Mt. Zion Public Library District Board met July 10.": the opening line of a board's minutes as a local paper reprints
 * them, the body's name (an abbreviated "Mt." or "St." in it) with no "The" before it, then "met"; "Glanrhyd and Pentre
 * Community Council held their meeting remotely via Zoom at 7.30pm on …", a Welsh community council's opening line.
 */
const NAME_THEN_MET = /^(\p{Lu}[\p{L}'’&-]*\.?(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&-]*)){1,11})\s+(?:met|held\s+(?:its|their)\s+(?:[a-z]+\s+){0,2}meeting)\s/u;

/**
 * "REGULAR MEETING OF THE HOLLIN COUNTY BOARD OF SUPERVISORS HELD THE FOURTH DAY OF MAY …": the same as a title in
 * capitals, whose "HELD" goes without "was" (a title in capitals is the document's own, never prose naming another meeting),
 * or after "WHICH WAS" ("… MEETING OF MAKHADO MUNICIPALITY WHICH WAS HELD ON …", as South African municipalities title them).
 */
const MEETING_OF_HELD_IN_CAPITALS = new RegExp(
  String.raw`\b(?:(?:${KINDS.toUpperCase()})\s+)*MEETING\s+OF\s+(?:THE\s+)?([A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,11}?)\s+(?:(?:WHICH|THAT)\s+WAS\s+)?HELD\b`,
);

/**
 * "Pentre Community Council Meeting held on …", "GLYN VALE TOWN COUNCIL ORDINARY MEETING HELD ON …": a title line that
 * starts with the body's name (capitalised words), then the meeting it held; not a motion's "THAT the Regular Council
 * Meeting held on … be called to order".
 */
const BODY_MEETING_HELD =
  /^(?!(?:THAT|That|WHEREAS|Whereas|RESOLVED|Resolved|IT|It)\s)(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|&|the|\p{Lu}[\p{L}'’&.-]*)){1,7}?)\s+(?:(?:Annual|Ordinary|Extraordinary|Special|Monthly|Main|Full|ANNUAL|ORDINARY|EXTRAORDINARY|SPECIAL|MONTHLY|MAIN|FULL)\s+)?(?:Meeting|MEETING)\s+(?:was\s+|WAS\s+)?(?:held|HELD)\b/u;

/**
 * "Annual General Meeting of the Eastmoor Parish Council held on …", "Meeting of the Finance Committee held at …": the
 * same as a title opening a line of the header in any case (prose naming another meeting opens no line with it); a US
 * village's "Regular Meeting of the Board of Trustees of the Village of X, NY was held on …", its state after a comma; a
 * Manitoba council's "Regular Meeting of the members of Council of the Town of X, held in …" (its members are the council).
 */
const MEETING_OF_HELD_AT_LINE_START = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:(?:an?|the)\s+)?(?:(?:${KINDS})\s+)*meeting\s+of\s+(?:the\s+)?(?:members\s+of\s+(?:the\s+)?)?([^\s,.;:()][^,.;:()]{1,79}?)(?:,\s+[A-Z]{2})?,?\s+(?:was\s+)?held\b`,
  'i',
);

/** "… 2026 Regular Meeting of the members of Council of the Town of X, held in …": the Manitoba form run on after the title. */
const MEMBERS_OF_BODY_HELD = new RegExp(String.raw`\bmeeting\s+of\s+the\s+members\s+of\s+(?:the\s+)?([^\s,.;:()][^,.;:()]{1,79}?),?\s+held\b`, 'i');

/** Capitalised words of a name, "of", "and", "&" and "the" between them. */
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|and|&|the|\p{Lu}[\p{L}'’&-]*)){0,7}?`;
const CAPITALISED_KINDS = KINDS.split('|').map((kind) => `${kind[0].toUpperCase()}${kind.slice(1)}`).join('|');

/**
 * "The Little Ashby Parish Council meeting was held in …", "The Planning Committee meeting of Brayford Town Council took
 * place …": a sentence opening the minutes names the body before "meeting" (and whose it is after "of").
 */
const BODY_MEETING_WAS_HELD = new RegExp(
  String.raw`(?:^|(?<=[.:]\s|\p{Lu}{2}\s|\d\s|\bMinutes\s))(?:An?|The)\s+(?:(?:${KINDS}|${CAPITALISED_KINDS})\s+)*(${CAPITALISED_NAME})\s+meeting(?:\s+of\s+(?:the\s+)?(${CAPITALISED_NAME}))?\s+(?:was\s+held|took\s+place)\b`,
  'u',
);

/** The body a "The X meeting (of Y) was held …" sentence names: X, or Y's X; null where X names no body. */
function bodyBeforeMeetingWasHeld(text: string): string | null {
  const held = text.includes(' meeting ') ? BODY_MEETING_WAS_HELD.exec(text) : null;
  const body = held ? asNamedBody(held[1]) : null;
  if (body === null || held![2] === undefined) return body;
  const owner = asNamedBody(held![2]);
  return owner ? `${owner} ${body}` : null;
}

/** A body's name read from one of the forms above: one naming a body by its word, not only a kind of meeting ("Community Council"). */
function asNamedBody(name: string | undefined): string | null {
  if (name === undefined || /\bminutes\b/i.test(name)) return null;
  return BODY_WORDS.test(name) && !GENERIC_BODY.test(name.trim()) ? name.trim() : null;
}

/** "Board of Super- visors": a word a PDF's line end split, run onto one line with its hyphen kept. */
const SPLIT_WORD = /(\p{Ll})- (\p{Ll})/gu;

/** "The following decisions were taken on WEDNESDAY, 12 MARCH 2025 by the CABINET": a record of decisions, by the body that took them. */
const DECISIONS_TAKEN_BY = /\b[Dd]ecisions\s+(?:were\s+)?(?:taken|made)\s+(?:on\s+[^.;:]{3,40}?\s+)?by\s+(?:the\s+)?(\p{Lu}[\p{Lu}&' -]{2,60}?(?=\s*$|\s*[.:]|\s+\p{Lu}\p{Ll})|\p{Lu}[\p{L}&' -]{2,60}?(?=\s*(?:[.:]|$)|\s(?:on|at|held)\b))/u;

/** The body an "At a meeting of X held …" sentence (or "A meeting of X was held …") names in a header's text, or null. */
export function bodyAtMeetingOf(text: string): string | null {
  const named =
    AT_MEETING_OF.exec(text)?.[1] ?? MEETING_OF_WAS_HELD.exec(text)?.[1] ?? MEETING_OF_HELD_IN_CAPITALS.exec(text)?.[1] ?? MEETING_OF_HELD_AT_LINE_START.exec(text)?.[1] ?? MEMBERS_OF_BODY_HELD.exec(text)?.[1];
  return asNamedBody(named?.replace(SPLIT_WORD, '$1$2')) ?? bodyBeforeMeetingWasHeld(text);
}

/**
 * "A Parish Meeting was held in the Village Hall, Little Ashby, on Tuesday …": a parish with no council meets as its Parish
 * Meeting, and its minutes name the parish only as the place it met, after the venue's last comma (a parish's annual
 * meeting, which a parish council holds too, names no body so).
 */
const PARISH_MEETING_HELD = /(?:^|(?<=[.:]\s|\p{Lu}{2}\s))(?:An?|The)\s+(?:(?:Ordinary|Extraordinary|Special)\s+)?Parish\s+Meeting\s+was\s+held\s+(?:in|at)\s+[^.;:]{3,80}?,\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),?\s+on\b/u;

/** The parish a "A Parish Meeting was held in …, <parish>, on …" sentence names, as its Parish Meeting; or null. */
function parishMeetingHeld(text: string): string | null {
  const held = text.includes('Parish Meeting was held') ? PARISH_MEETING_HELD.exec(text) : null;
  return held ? `${held[1]} Parish Meeting` : null;
}

/**
 * The body a sentence saying it met ("The X met …") or that its meeting was called to order names in a header's text,
 * or null: a US board's opening sentence names it in full, read when no title line names it.
 */
export function bodyThatMet(text: string): string | null {
  const toOrder = text.includes(' to order') ? MEETING_OF_TO_ORDER.exec(text) : null;
  const opened = toOrder ? (toOrder[1] ?? toOrder[2]) : undefined;
  const decided = /decisions/i.test(text) ? DECISIONS_TAKEN_BY.exec(text)?.[1] : undefined;
  const met = asNamedBody(opened) ?? asNamedBody(BODY_MET.exec(text)?.[1]) ?? asNamedBody(NAME_THEN_MET.exec(text)?.[1]) ?? asNamedBody(decided) ?? parishMeetingHeld(text);
  if (met === null) return null;
  // "Hollin County Board of Supervisors of Hollin County": the place it serves, named again after it, is no part of its name.
  const of = met.lastIndexOf(' of ');
  return of > 0 && met.slice(0, of).includes(met.slice(of + 4)) ? met.slice(0, of) : met;
}

/** The body a title line "X Meeting held on …" names, or null. */
export function bodyBeforeMeetingHeld(line: string): string | null {
  return asNamedBody(BODY_MEETING_HELD.exec(line)?.[1]);
}

/** How much of the meeting's first item is read for a sentence naming the body: its opening sentence or two. */
const OPENING_REACH = 600;

/**
 * The body the meeting's opening sentence names, read in its first item when the header names none: US boards head
 * their minutes with a date or "Call to Order" alone and name themselves in the sentence under it ("The regular meeting
 * of the Hollin Library Board was called to order …", "A called meeting of the Vestry of St. Ann's Church was held …").
 */
export function bodyInOpeningSentence(lines: readonly string[]): string | null {
  const text = leadingText(lines, OPENING_REACH);
  return text === '' ? null : (bodyThatMet(text) ?? bodyAtMeetingOf(text));
}

/**
 * "RISHTON URBAN DISTRICT COUNCIL.": a typist of old minutes stopped a heading in capitals as a sentence; the stop is
 * no sign of prose there (a line in capitals holds no sentence's words in lower case), so the heading is read without it.
 */
const CAPITALS_STOPPED = /^[^\p{Ll}.]{3,80}\.$/u;
export const withoutCapitalsStop = (line: string) => (line.endsWith('.') && CAPITALS_STOPPED.test(line) ? line.slice(0, -1) : line);

const nameWords = (name: string) => name.toLowerCase().split(/[\s,]+/).filter((word) => word !== '' && word !== 'of' && word !== 'the').sort().join(' ');
/** "Urban District Council of Rishton" and "RISHTON URBAN DISTRICT COUNCIL": one name, its words in another order. */
export const sameWordsAs = (name: string, other: string) => name.length <= 120 && other.length <= 120 && nameWords(name) === nameWords(other);
