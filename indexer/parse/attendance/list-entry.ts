// An entry of an attendance list still being read ("Councillor A Brown (Chair), Councillor"), and what the list's rules
// ask of its end as lines join it: asked of the whole entry at each line, a list of thousands of names took minutes.
import { isBlank, whiteSpaceStart } from '../patterns';

/**
 * A title or an initial that cannot end a list's entry: its name is still to come ("…, Cllr" / "Jane Ewart, …"). So
 * is an initial alone after the list's comma, where the list gives its title once before all its names ("Cllrs P.
 * Ahern, S. McInerney, B." / "Moloney, C. Nolan, …"): no name ends in its initial.
 */
const TITLE_OR_INITIAL_AT_END = /(?:\b(?:Cllrs?|Councillors?|Crs?|Councilmembers?|Alderm[ae]n|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Sir|Dame|PC|Shri|Smt|Mayor|Deputy|Vice)\.?|[,;]\s*\p{Lu}\.|(?<!\bthe )\b(?:Commissioners?|Trustees?|Supervisors?|Board|Members)(?!\.))(?:\s+\p{Lu}(?:\.\p{Lu})*\.?)*\s*$/u;

/** How much of an entry's end is kept apart to read its last marks, titles and initials from. */
const ENTRY_TAIL = 200;

/**
 * An entry of an open list, with what `continuesEntry` asks of it counted as it grows and its last characters kept:
 * asked of the whole entry at each line (and the entry joined again to be asked), a list of thousands of names wrapped
 * over as many lines took minutes. Counts add up across the space that joins a line on (no bracket, comma or word
 * spans it).
 */
export class ListEntry {
  unclosedBrackets: number;
  separators: number;
  /** The entry's last ENTRY_TAIL characters (all of a shorter entry). */
  tail: string;
  private readonly parts: string[];
  private length: number;

  constructor(text: string) {
    this.parts = [text];
    this.length = text.length;
    this.tail = text.slice(-ENTRY_TAIL);
    this.unclosedBrackets = unclosedBracketsOf(text);
    this.separators = separatorsOf(text);
  }

  append(line: string): this {
    this.parts.push(line);
    this.length += line.length + 1;
    this.tail = `${this.tail} ${line}`.slice(-ENTRY_TAIL);
    this.unclosedBrackets += unclosedBracketsOf(line);
    this.separators += separatorsOf(line);
    return this;
  }

  /** Whether the tail is all of the entry. */
  get whole(): boolean {
    return this.length === this.tail.length;
  }

  /** How many lines the entry was read from. */
  get lineCount(): number {
    return this.parts.length;
  }

  /** The lines joined by a space, but for a name broken at its hyphen ("Longley-" over "Cook"): the hyphen is the name's. */
  get text(): string {
    return this.parts.reduce((text, part) => (/\p{L}-$/u.test(text) && /^\p{L}/u.test(part) ? `${text}${part}` : `${text} ${part}`));
  }
}

const unclosedBracketsOf = (text: string) => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;

/**
 * "Cllr A Brown (Chair of the" over "Finance Committee), …": a bracket the entry left open carries it on to the next
 * line, but across a blank line only to a line that closes it. "Present: A. Swan (Chair; T. Band (Vice-Chair); …", its
 * first bracket never closed, took every line of the minutes after it into one person.
 */
export function bracketCarriesOn(entry: ListEntry, line: string, afterBlankLine: boolean): boolean {
  return entry.unclosedBrackets > 0 && (!afterBlankLine || unclosedBracketsOf(line) < 0);
}
const separatorsOf = (text: string) => (text.match(/[,;]|\band\b/g) ?? []).length;

/**
 * Whether an entry ends with one of `marks` before any trailing white space: `/[marks]\s*$/`, read from the end of its
 * tail (of all of it when the tail is white space only).
 */
export function endsWithMarkBeforeSpace(entry: ListEntry, marks: string): boolean {
  const text = entry.whole || !isBlank(entry.tail) ? entry.tail : entry.text;
  const end = whiteSpaceStart(text, text.length);
  return end > 0 && marks.includes(text[end - 1]);
}

/**
 * "Marcus Flint, Head of Revenues and Benefits", "Gordon Reid, Chief Financial Officer, Police Service": a line of one
 * untitled person, a comma and an office, perhaps with whom it is held (no second person); "Mrs G Groat, Project
 * Manager, Housing and Property Service, Orkney Islands Council": the office, its service and the council it serves.
 */
export const NAME_THEN_OFFICE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?!(?:Cllrs?|Councillors?|Council\s?Members?|Mr|Mrs|Ms|Miss|Dr|Mayor\s+\p{Lu})\b)[^,;]+(?:,\s+(?!(?:Cllrs?|Councillors?|Council\s?Members?|Mr|Mrs|Ms|Miss|Dr|Mayor\s+\p{Lu})\b)[^,;]+){0,2}$/u;

/** Longer than any title TITLE_OR_INITIAL_AT_END names, with its plural and full stop ("Councilmembers."). */
const LONGEST_TITLE = 16;

/** TITLE_OR_INITIAL_AT_END tested on the entry's tail, and on all of it only where the two could differ. */
export function endsInTitleOrInitial(entry: ListEntry): boolean {
  const match = TITLE_OR_INITIAL_AT_END.exec(entry.tail);
  if (entry.whole) return match !== null;
  // A match at the tail's start may lack the word boundary it has there, and a tail of nothing but white space, capitals
  // and full stops (past where a title cut by the tail's start could end) may be the initials of a match that starts
  // before it.
  if ((match && match.index > 0) || (!match && !/^[\s\p{Lu}.]*$/u.test(entry.tail.slice(LONGEST_TITLE)))) return match !== null;
  return TITLE_OR_INITIAL_AT_END.test(entry.text);
}

/**
 * "PRESENT: Reeve Ann Hale Deputy Reeve Bo Reed Councillor" over "Cy Marsh Councillor Di Penn …": a prairie municipality's
 * council run together on one line with no comma (run-together-people.ts parts it), wrapped; the next line goes on with it.
 */
const RUN_OF_COUNCIL_OFFICES = /^(?:[\p{L} ]{2,30}:\s*)?(?:Reeve|Mayor)\s+\p{Lu}/u;
export function wrapsRunOfCouncilOffices(entry: ListEntry, line: string): boolean {
  return entry.separators === 0 && /^\p{Lu}/u.test(line) && !line.slice(0, 30).includes(':') && RUN_OF_COUNCIL_OFFICES.test(entry.text) && /\bCouncill?or\b/.test(`${entry.text} ${line}`);
}
