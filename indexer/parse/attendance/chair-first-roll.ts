// "Councillor G Marsh (in the Chair); Councillors Hale, Reed, Shaw and Vine.": English councils' printed minutes
// (CMIS and Modern.gov meeting pages among them) may set the roll with no label, the chair first and the other members
// after a semicolon, sometimes below the minutes. Such a line is labelled "Present:" so that the attendance rules
// read it as any roll, wherever it stands.
import { contentStart } from '../patterns';

/** The chair named first, the note of the chair in brackets, then the other members after a semicolon or comma. */
const CHAIR_FIRST_ROLL = /^(?:(?:County\s+|District\s+|Borough\s+)?Councillor|Cllr|Alderman)\.?\s+\p{Lu}[\p{L}'’. -]{0,40}?\s*\((?:in\s+the\s+chair|chair(?:man|woman|person)?|presiding)\)\s*[;,]\s+(?:Councillors|Cllrs|Aldermen)\.?\s+\p{Lu}/iu;

/** The letters a roll's first title opens with, in either case. */
const ROLL_INITIALS = 'CADBcadb';

/** `lines` with each such roll labelled as those present; the same array when no line is one. */
export function withChairFirstRollLabelled(lines: string[]): string[] {
  let labelled: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Most lines are let go on their first letter: the roll opens with a councillor's title ("Councillor", "Cllr",
    // "Alderman", "County …", "District …", "Borough …"), in either case, and may be indented as a page sets it.
    const start = contentStart(line);
    if (!ROLL_INITIALS.includes(line.charAt(start)) || !CHAIR_FIRST_ROLL.test(start === 0 ? line : line.slice(start))) continue;
    labelled ??= [...lines];
    labelled[index] = `Present: ${line.slice(start)}`;
  }
  return labelled ?? lines;
}
