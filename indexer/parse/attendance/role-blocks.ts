// A table of people and their offices printed to PDF (or typed so) column by column: under "Present:" (or "In
// attendance:", "Voting members:"), each name on a line of its own, then each office in the same order ("Dr Jo Kerr" /
// "Sam Hale" / "Chair" / "Chief Finance Officer"), as Western Australian shires, NSW councils and English NHS boards
// print them. Each name is set on one line with its office, as "Name (Office)", the line the attendance rules read as
// one person with a role; the offices' lines are blanked, so that no office is read as a person.
import { attendanceLabelOf } from './attendance-labels';
import { OFFICE_WORDS, PERSON_TITLE } from './person-words';
import { contentLineFrom } from '../patterns';

/** How far into a document the header's lists are looked for. */
const HEADER_LINES = 200;
/** Fewer names than this are no such block. */
const MIN_NAMES = 2;
/** A label alone is short; an office's line too. */
const [LONGEST_LABEL, LONGEST_OFFICE] = [40, 70];

/** A title before a name: "Councillor Roz Gladden" is a name, whatever office its title's word names. */
const NAME_TITLE = /^(?:Cr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Revd?|Alderman)\.?\s+/;
/**
 * A name alone on its line: a title or initials ("Cr", "Prof", "JP") and a name of one to three capitalised words, or
 * two to four capitalised words; honours after it ("OAM", "MBE").
 */
const NAME_LINE =
  /^(?:(?:Cr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Revd?|Alderman)\.?\s+)?(?:\p{Lu}{1,3}\.?\s+)*\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|van|von|der|le|la)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?:OAM|AM|AO|MBE|OBE|CBE|JP|PSM))?$/u;

/** Words of an office outside OFFICE_WORDS, which a column of offices may hold alone: "Member", "GP", "Councillor". */
const ROLE_WORDS = /\b(?:Member|Councillor|GP|Nurse|Doctor|Consultant|Representative|Trustee|Observer|Volunteer|Governor|Mayor|President|Vice)\b/;

const isRoleLike = (line: string) => OFFICE_WORDS.test(line) || ROLE_WORDS.test(line);

/** Whether a line names one person only: a name, with no office's words and no label. */
const isNameLine = (line: string) => /\s/.test(line) && NAME_LINE.test(line) && !isRoleLike(line.replace(NAME_TITLE, '')) && attendanceLabelOf(line) === null;

/** Whether a line may be an office in the column of offices: short, no label, no titled name ("Chief Officer" is an office), no sentence, no item's number. */
function mayBeOffice(line: string): boolean {
  return line.length <= LONGEST_OFFICE && /^\p{Lu}/u.test(line) && !line.endsWith('.') && !line.endsWith(':') && !(PERSON_TITLE.test(line) && isNameLine(line)) && attendanceLabelOf(line) === null;
}

/**
 * The offices' lines gathered into one office each, as the indexes of their lines: a line left hanging ("Lay Member –",
 * "Head of Operations &") goes on in the next, and a single word with no office's words ("Engagement") ends the office above it.
 */
function officesOf(lines: string[], indexes: number[]): number[][] {
  const offices: number[][] = [];
  let hanging = false;
  for (const index of indexes) {
    const line = lines[index].trim();
    if (offices.length > 0 && (hanging || (!/\s/.test(line) && !isRoleLike(line) && !/^\p{Lu}{2,4}$/u.test(line)))) offices[offices.length - 1].push(index);
    else offices.push([index]);
    hanging = /(?:[–—&,/-]|\b(?:and|of|for|the))$/.test(line);
  }
  return offices;
}

/** The indexes of the names' lines and the offices' lines (one array of lines each) under the label at `label`, when they pair one to one. */
function blockUnder(lines: string[], label: number): { names: number[]; offices: number[][] } | null {
  const names: number[] = [];
  let at = contentLineFrom(lines, label + 1);
  while (at < lines.length && isNameLine(lines[at].trim())) {
    names.push(at);
    at = contentLineFrom(lines, at + 1);
  }
  if (names.length < MIN_NAMES || at >= lines.length || !isRoleLike(lines[at])) return null;
  const candidates: number[] = [];
  // Each office may be wrapped once: the column holds at most twice as many lines as names.
  while (at < lines.length && candidates.length < names.length * 2 && mayBeOffice(lines[at].trim())) {
    candidates.push(at);
    at = contentLineFrom(lines, at + 1);
  }
  // The column may run on into lines of the page after it ("Page 1 of 19"): its offices are the first the names need,
  // where no office is left over.
  const offices = officesOf(lines, candidates);
  if (offices.length < names.length || offices.slice(names.length).some((office) => office.some((index) => isRoleLike(lines[index])))) return null;
  const taken = offices.slice(0, names.length);
  const texts = taken.map((office) => office.map((index) => lines[index].trim()).join(' '));
  return texts.filter(isRoleLike).length * 2 < texts.length ? null : { names, offices: taken };
}

/** `lines` with each block of names over a block of their offices set as "Name (Office)"; the same array when none is. */
export function withRoleBlocksPaired(lines: string[]): string[] {
  let paired = lines;
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < limit; index += 1) {
    const line = lines[index].trim();
    // A label alone is short and opens with a letter: most lines are let go on their length or first character.
    if (line === '' || line.length > LONGEST_LABEL || !/^[A-Za-z]/.test(line)) continue;
    const label = attendanceLabelOf(line);
    if (label === null || label.rest !== '') continue;
    const block = blockUnder(lines, index);
    if (block === null) continue;
    if (paired === lines) paired = [...lines];
    block.names.forEach((name, at) => {
      const office = block.offices[at].map((line) => lines[line].trim()).join(' ');
      paired[name] = office.includes('(') ? `${lines[name].trim()} – ${office}` : `${lines[name].trim()} (${office})`;
      for (const line of block.offices[at]) paired[line] = '';
    });
    index = block.offices[block.offices.length - 1].at(-1)!;
  }
  return paired;
}
