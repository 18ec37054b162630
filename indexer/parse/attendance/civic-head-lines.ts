// Northern Irish and English borough councils' rolls name their civic head by office first, on a line of their own:
// "The Right Worshipful The Mayor Councillor D Ferris", "The Deputy Mayor Alderman K Hale", "PRESENT: The Right
// Worshipful the Mayor Councillor R T Beckett". Read as printed, the office's words are taken for no one and the line
// ends the roll, the aldermen listed under it lost. Each such line is set as the holder's titled name with the office
// after it in brackets, as a roll's entry: "Councillor D Ferris (Mayor)". The Mayor who heads the roll presides
// ("Mayor", read as the chair); one listed under another member who chairs keeps the office as printed ("Right
// Worshipful The Mayor"), no chair of this meeting.

/** The header's rolls are looked for in the document's first lines only. */
const HEADER_LINES = 60;

const CIVIC_HEAD_LINE =
  /^(?<label>(?:PRESENT|Present)\s*:\s*)?(?:The\s+)?(?<printed>(?:(?:Right|Rt\.?)\s+(?:Worshipful|Hon(?:ourable|\.)?)\s+)?(?:the\s+)?(?<office>(?:Deputy\s+|Lord\s+)?Mayor))\s*,?\s+(?<holder>(?:Councillor|Cllr|Alderman|Ald)\.?\s+\p{Lu}[\p{L}'’. -]{0,40}?)\s*$/iu;
/** A line that may be one: told first by "Mayor" followed by a councillor's or an alderman's title. */
const MAY_BE_CIVIC_HEAD = /Mayor\s*,?\s+(?:Councillor|Cllr|Alderman|Ald)\b/i;
/** Such a line is short: a longer one (a document run onto one line) is not looked into. */
const MAX_CIVIC_HEAD_LINE = 400;

/** `lines` with each civic head's line of a roll set as "Title Name (Office)"; the same array when there is none. */
export function withCivicHeadLinesTitled(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  for (let index = 0; index < Math.min(lines.length, HEADER_LINES); index += 1) {
    if (lines[index].length > MAX_CIVIC_HEAD_LINE || !MAY_BE_CIVIC_HEAD.test(lines[index])) continue;
    const head = CIVIC_HEAD_LINE.exec(lines[index].trim());
    if (!head?.groups) continue;
    const { label, printed, office, holder } = head.groups;
    const presides = label !== undefined && !/deputy/i.test(office);
    const named = `${holder} (${(presides ? office : printed).replace(/\s+/g, ' ')})`;
    (rewritten ??= [...lines])[index] = label === undefined ? named : `${label.trim()} ${named}`;
  }
  return rewritten ?? lines;
}
