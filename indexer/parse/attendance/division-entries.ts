// Prairie municipalities list their council by the division each member sits for: "PRESENT: Div. 5 - Bob Long, Reeve;
// Div. 1 - Ann Ruiz, Deputy Reeve; … ABSENT - Div. 4 Glen Ko, Councillor." or "Councillors: Division 1 – Tom Reid - Late
// Division 2 – …". A division is no person, and the office after a member's name and comma is theirs (a surname such
// as "Reeve" is never set after a comma in such an entry): the line is set out as lists the attendance rules read,
// "PRESENT: Bob Long (Reeve); Ann Ruiz (Deputy Reeve)", a label inside it ("ABSENT -") and an office's holder after
// the last member ("CAO: Joanne Loy") each on a line of their own.

/** "Div. 5 - ", "Division 2 – ", "Div 3 ": a division's number before a member's name (the dash may be left out). */
const DIVISION_MARKER = /\bDiv(?:ision|\.)?\s?\d{1,2}\s*(?:[-–—]\s*)?(?=\p{Lu})/gu;
/** ". ABSENT - ", "; Absent: ": an attendance label inside the line, after an entry's end. */
const INNER_LABEL = /[.;]\s+(ABSENT|Absent|REGRETS|Regrets|ALSO PRESENT|Also Present)\s*[-–—:]\s*/g;
/** "… Councillors:" ending the text before the first division: a group's label (one word), its own list's. */
const GROUP_LABEL_AT_END = /^(.*?)\s*(\p{Lu}\p{L}{2,30}:)\s*$/u;
/** " CAO: Joanne Loy" after the last member: an office and its holder. */
const OFFICE_HOLDER_AFTER = /\s(?=\p{Lu}[\p{L}.]{1,20}:\s+\p{Lu})/u;
/** "Bob Long, Reeve", "Carol Ruiz, Councillor (by video conferencing)": a name, a comma, an office of a few words. */
const NAME_COMMA_OFFICE = /^([^,]+),\s*(\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,3})(\s*\(.*\))?$/u;
/** "Tom Reid - Late": a name and a note after a dash. */
const NAME_DASH_NOTE = /^(.+?)\s+[-–—]\s+\S/;

/** How many divisions a line names before it is read as such a list. */
const MIN_DIVISIONS = 2;
/**
 * How long such a list's line may be, and how far into it its first division may stand (after the label and an office
 * or two): a document run together onto one line names divisions in its prose and lists, and was set out whole as one.
 */
const MAX_LIST_LINE = 1000;
const MAX_FIRST_DIVISION = 80;

/** `lines` with each line listing members by division set out as lists; the same array when there is none. */
export function withDivisionEntriesListed(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // A fixed string before any pattern: most lines name no division.
    if (!line.includes('Div') || line.length > MAX_LIST_LINE || line.search(DIVISION_MARKER) > MAX_FIRST_DIVISION || (line.match(DIVISION_MARKER)?.length ?? 0) < MIN_DIVISIONS) {
      result?.push(line);
      continue;
    }
    result ??= lines.slice(0, index);
    result.push(...line.replace(INNER_LABEL, '.\n$1: ').split('\n').flatMap(listedByDivision));
  }
  return result ?? lines;
}

/** One part of the line (its first, or one after an inner label) set out as lines of lists. */
function listedByDivision(part: string): string[] {
  const [head, ...entries] = part.split(DIVISION_MARKER);
  const group = GROUP_LABEL_AT_END.exec(head);
  // "Present Reeve: Wes Hal" before "Councillors:": the office named before the members' group, on its own line too.
  const before = group && group[1] !== '' ? group[1].split(OFFICE_HOLDER_AFTER) : [];
  const label = group ? group[2] : head.trim();
  const listed: string[] = [];
  const after: string[] = [];
  for (const entry of entries.flatMap((text) => text.split(';'))) {
    const [member, ...holders] = entry.split(OFFICE_HOLDER_AFTER);
    const cleaned = entryText(member);
    if (cleaned !== '') listed.push(cleaned);
    after.push(...holders.map((holder) => holder.trim()));
  }
  return [...before, `${label} ${listed.join('; ')}`.trim(), ...after];
}

/**
 * "Bob Long, Reeve" → "Bob Long (Reeve)"; "Tom Reid - Late" → "Tom Reid" (a note of when they came is no office the
 * list could give them); the entry's closing stop or comma dropped.
 */
function entryText(entry: string): string {
  const text = entry.trim().replace(/[.,;]$/, '');
  const office = NAME_COMMA_OFFICE.exec(text);
  if (office) return `${office[1].trim()} (${office[2]})${office[3] ?? ''}`;
  const note = NAME_DASH_NOTE.exec(text);
  return note ? note[1] : text;
}
