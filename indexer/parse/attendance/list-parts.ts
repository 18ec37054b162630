// A list of people cut into its entries: at commas and semicolons, and where a list copied without them still shows
// where one person ends and the next starts; never inside brackets ("(Police and Crime Commissioner)").
import { isWhiteSpaceCode } from '../patterns';
import { PARTICLES } from '../speakers/speaker-titles';

/**
 * One entry of a list and where it stands in the list (`at` to `end`): what goes before or after an entry is read there,
 * not searched for in the whole list (a one-line document's list is the whole document).
 */
export interface ListPart {
  text: string;
  at: number;
  end: number;
}

/**
 * Splits at `separator` wherever no bracket is open: "(Police and Crime Commissioner)" stays whole. The separator is a
 * sticky pattern whose matches start with white space, a comma or a semicolon, and go on alike from anywhere in a run
 * of white space: it is tried only where a match can start, and once per run (tried at every character, a long run of
 * spaces was read to its end from each of them).
 */
const [OPEN_BRACKET, CLOSE_BRACKET, OPEN_SQUARE_BRACKET, CLOSE_SQUARE_BRACKET, COMMA, SEMICOLON] = [...'()[],;'].map((mark) => mark.charCodeAt(0));

function splitOutsideBrackets(text: string, separator: RegExp, marksCloseBrackets: boolean): { parts: ListPart[]; unclosed: boolean } {
  const parts: ListPart[] = [];
  let depth = 0;
  let start = 0;
  let failedInRun = false;
  for (let index = 0; index < text.length; index += 1) {
    // Read by character code: a one-character string per character, trimmed to tell white space, was most of the cost.
    const code = text.charCodeAt(index);
    const isSpace = isWhiteSpaceCode(code);
    if (marksCloseBrackets && (code === COMMA || code === SEMICOLON)) depth = 0;
    if (code === OPEN_BRACKET || code === OPEN_SQUARE_BRACKET) depth += 1;
    else if ((code === CLOSE_BRACKET || code === CLOSE_SQUARE_BRACKET) && depth > 0) depth -= 1;
    else if (depth === 0 && (isSpace ? !failedInRun : code === COMMA || code === SEMICOLON)) {
      separator.lastIndex = index;
      const match = separator.exec(text);
      if (match && match[0].length > 0) {
        parts.push({ text: text.slice(start, index), at: start, end: index });
        start = index + match[0].length;
        index = start - 1;
        failedInRun = false;
        continue;
      }
    }
    failedInRun = isSpace && (failedInRun || depth === 0);
  }
  parts.push({ text: text.slice(start), at: start, end: text.length });
  return { parts, unclosed: depth > 0 };
}

/** "J A Boyd", "P McLean": a surname after initials (to its first lower-case letter). */
export const INITIALLED_NAME = String.raw`(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}`;

/**
 * Where one person of a list ends and the next starts: a comma (not a name's ", Jr."), a semicolon, a titled name after a bracket (two lines of
 * a list joined: "… (Portfolio Holder for Housing) Councillor Owen Pryce", or the plural title of the names after it:
 * "Councillor Wells (Town Mayor) (Chairman) Councillors Banks, Birch …"), a person's title after a titled name (a list
 * copied with its commas lost: "Cllr Jim Hale Cllr Ann Day", "Mr. A. J. Gardiner Mr. D. K. Rowlands"; a table of members
 * and offices with its cells run together: "Alderman J Fourie Speaker Councillor L van der Merwe Councillor …"), a full stop after
 * a word before a titled name ("Mr. Tim Reilly, County Manager. Mr. Joe Hart"; not a title's own stop, as in "Prof. Dr. V. Rao") or one
 * in initials (an old minute book's "Messrs A.E. Garlike. H.R. Langley", the stop typed for a comma), "and" (or "together with") before a capital (any: "and Ó Briain"), "the" and a capital ("and the Clerk", "and the Police": an office or a body, no part of the name before it) or a surname's
 * particle ("and de Souza"), a number ("and 19 local government electors") or "(three) members of the public", "&", a name with its initials
 * in brackets after another's ("Ann Hale (AH) Tom Foy (TF)": its comma lost), a name in initials after one in initials (not after the Welsh
 * "Y Cynghorydd", the councillor) or after a bracket ("P J Boyd T Caskey Mrs E M Doran", "J Irwin (Director of Finance) S T Hanna": a column copied without its
 * breaks, as Northern Irish councils' lists are; "Ald R Cherry, MBE Ald S Hanna": a titled name after an honour), or Welsh "a", "ac" or "a/and" (its "and")
 * before a capital, or a plural title after a name (a group's list run on after another's: "Aldermen J Dillon, G Rice MBE
 * Councillors T Beckett, …", the group's names set apart by commas too; "Parish Councillors …" is one title). "&" in a department's name ("Law & Administration Service", an Illinois city's "Director of Community & Economic Development Conlan") joins no two people.
 */
const LIST_SEPARATOR = new RegExp(String.raw`\s*;\s*|\s*,(?!\s*(?:Jr|Sr)\b)\s*|(?<=\p{Ll}{2}\.)(?<!\b(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr|Prof|Rev|Revd|Hon|Shri|Smt|Dist|Cty)\.)\s+(?=(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})|(?<=\p{Ll}{2}\.)(?<!\b(?:Cllrs?|Councill?ors?|Messrs|Crs|Mrs?|Ms|Miss|Dr|Prof|Rev|Revd|Hon|Shri|Smt|Dist|Cty)\.)\s+(?=(?:\p{Lu}\.){1,3}\s?\p{Lu}\p{Ll})|(?<=\))\s+(?=(?:Cllrs?|Councillors?|Crs?|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]|${INITIALLED_NAME})|(?<=(?:^|\s)\p{Lu}\.?\s+\p{Lu}[\p{L}'’-]*\p{Ll})(?<!\b(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr|Cynghor(?:ydd|wyr)))\s+(?=(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?${INITIALLED_NAME})|(?<=\b(?:Cllr|Councillor|Alderman|Ald|Mrs?|Ms|Miss|Dr|Professor)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:${PARTICLES})\s+){0,2}\p{Lu}[\p{L}'’.-]*){1,4})(?<!\b(?:County|District|Borough|Parish|Town|Cllr|Councillor|Alderman|Ald|Mrs?|Ms|Miss|Dr|Professor))\s+(?=(?:(?:County|District|Borough|Parish|Town)\s+)?(?:Cllr|Councillor|Alderman|Ald|Mrs?|Ms|Miss|Dr|Professor)\.?\s+\p{Lu})|\s+(?:and|together\s+with)\s+(?=\p{Lu}|(?:(?:${PARTICLES})\s+){1,2}\p{Lu}|the\s+\p{Lu}|\d|(?:\w+\s+)?(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners|electors|shareholders|observers|visitors|others)\b)|(?<=\(\p{Lu}{2,4}\))\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s+\(\p{Lu}{2,4}\))|(?<=\p{Lu}[\p{L}'’.-]*)(?<!\b(?:County|District|Borough|Parish|Town|City|Ward|Deputy|Vice|Chairman|The))\s+(?=(?:Councillors|Aldermen|Cllrs)\s+\p{Lu}[^,;()]{0,30},)|\s+&\s+(?!(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Services?|Department|Directorate|Division|(?:Support\s+)?Officer|Manager|Development|Regeneration|Recreation|Engineering|Operations|Resources|Culture|Leisure)\b)|\s+(?:ac|a(?:\s?\/\s?and)?)\s+(?=\p{Lu})|(?<=\b(?:MBE|OBE|CBE|BEM|KBE|JP|DL))\s+(?=(?:Cllr|Councillor|Alderman|Ald|Mrs?|Ms|Miss|Dr)\.?\s+\p{Lu})`, 'uy');

/**
 * The list's entries, as printed (none blank). A bracket never closed ("A. Swan (Chair; T. Band (Vice-Chair); S. Amos")
 * was closed by the writer's next comma or semicolon: read to the list's end it held every name after it.
 */
export function listParts(list: string): ListPart[] {
  const split = splitOutsideBrackets(list, LIST_SEPARATOR, false);
  const parts = split.unclosed ? splitOutsideBrackets(list, LIST_SEPARATOR, true).parts.map(withBracketClosed) : split.parts;
  return parts.filter((part) => part.text.trim() !== '');
}

const withBracketClosed = (part: ListPart) => (part.text.lastIndexOf('(') > part.text.lastIndexOf(')') ? { ...part, text: `${part.text.trimEnd()})` } : part);

/** A table's column heading alone in its cell ("Members", "Role"): the title over the names or offices under it. */
export const COLUMN_TITLE = /^(?:Name|Members?|Role|Position|Office|Designation|Representing)$/i;
/**
 * ". County Councillor Joan Peel was in attendance …": a sentence after a list's last name, saying who else came (one
 * giving apologies, "There were apologies from …", is read as its own list); "… and Cllr H Allen (leave). These were
 * accepted.", "… The meeting accepted these as proper reasons for non-attendance.": what the meeting made of the apologies.
 * The full stop comes first, its lookbehind after it: V8 then skips to each full stop instead of trying every position.
 */
export const SENTENCE_AFTER_LIST =
  /\.(?:(?<=\p{Ll}{2}\.)\s+(?=\p{Lu}(?![^.]*\b(?:[Aa]polog|[Aa]bsen))[^.]{0,80}?\s(?:was|were|attended|joined|arrived)\s).*$|(?<=[\p{Ll})]\.)\s+(?=(?:The|These|This|They|All|Both|Council|Members)\s[^.]{0,60}?\b(?:accepted|noted|approved|agreed|resolved|consented)\b).*$)/u;

/** "Present: Members: Ann Hale, …": the group the label's list is of, named again before it (a club's AGM). */
export const GROUP_AFTER_LABEL = /^Members\s*:\s+(?=\p{Lu})/u;

/**
 * Lines of an item with the sentence after its list of names (SENTENCE_AFTER_LIST) cut off, read across the lines its
 * paragraph was wrapped onto: "… and Cllr B Tranter (work" over "commitment). The meeting accepted these as proper" over
 * "reasons for non-attendance.": the lines after the cut are left blank.
 */
export function withoutSentenceAfterList(lines: string[]): string[] {
  const out = [...lines];
  for (let start = 0; start < out.length; ) {
    let end = start;
    while (end < out.length && out[end].trim() !== '') end += 1;
    const offsets: number[] = [];
    let joined = '';
    for (let index = start; index < end; index += 1) {
      offsets.push(index === start ? 0 : joined.length + 1);
      joined = index === start ? out[index] : `${joined} ${out[index]}`;
    }
    const cut = end > start ? joined.search(SENTENCE_AFTER_LIST) : -1;
    for (let index = start; cut !== -1 && index < end; index += 1) {
      const from = offsets[index - start];
      if (from >= cut) out[index] = '';
      else if (from + out[index].length > cut) out[index] = out[index].slice(0, cut - from);
    }
    start = Math.max(end, start + 1);
  }
  return out;
}

/**
 * A list this long is looked at for where it ends: a roll of a hundred members with their offices is a few thousand
 * characters, and a longer one is the rest of a document run onto one line after its label (read whole, each label on
 * the line read it to the end again).
 */
const LIST_REACH = 10_000;
/** A word in lower case other than the small words of names and offices ("Head of Planning and Transport"). */
const PROSE_WORD = new RegExp(String.raw`(?<=^|\s)(?!(?:and|of|the|for|on|in|at|to|${PARTICLES})\s)\p{Ll}[\p{Ll}'’-]+(?=[\s.,;:)]|$)`, 'gu');
/** This many such words between two commas make a sentence: "… Jan Ito. CALL TO ORDER: Chair Akana called the meeting to order at 7:02 p.m. …". */
const PROSE_WORDS = 6;

/** The list, or where it is longer than LIST_REACH, its part before the first stretch between commas or semicolons that is prose. */
export function withinListReach(list: string): string {
  if (list.length <= LIST_REACH) return list;
  const separator = /[,;]/g;
  for (let start = 0; ; ) {
    const found = separator.exec(list);
    const end = found ? found.index : list.length;
    if ((list.slice(start, end).match(PROSE_WORD)?.length ?? 0) >= PROSE_WORDS) return list.slice(0, Math.max(start - 1, 0));
    if (!found) return list;
    start = end + 1;
  }
}

/** A name's particles and the list's "and": lower-case words a list of names alone may hold ("Ann de Vere and Tom Reade"). */
const LIST_SMALL_WORD = new RegExp(`^(?:and|of|${PARTICLES})$`);

/** Whether a text is names alone (brackets aside): "Leon Brook and Bernd Fell.", not "Cllr Lamb were received and accepted." */
export function namesAlone(text: string): boolean {
  const words = text.replace(/\([^()]*\)/g, ' ').split(/[\s,;]+/);
  return words.some((word) => /^\p{Lu}/u.test(word)) && words.every((word) => !/^\p{Ll}/u.test(word) || LIST_SMALL_WORD.test(word.replace(/[.]$/, '')));
}
