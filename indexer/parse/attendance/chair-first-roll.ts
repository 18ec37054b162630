// "Councillor G Marsh (in the Chair); Councillors Hale, Reed, Shaw and Vine.": English councils' printed minutes
// (CMIS and Modern.gov meeting pages among them) may set the roll with no label, the chair first and the other members
// after a semicolon, sometimes below the minutes. Such a line is labelled "Present:" so that the attendance rules
// read it as any roll, wherever it stands.

/** The chair named first, the note of the chair in brackets, then the other members after a semicolon or comma. */
const CHAIR_FIRST_ROLL = /^(?:(?:County\s+|District\s+|Borough\s+)?Councillor|Cllr|Alderman)\.?\s+\p{Lu}[\p{L}'’. -]{0,40}?\s*\((?:in\s+the\s+chair|chair(?:man|woman|person)?|presiding)\)\s*[;,]\s+(?:Councillors|Cllrs|Aldermen)\.?\s+\p{Lu}/iu;

/** `lines` with each such roll labelled as those present; the same array when no line is one. */
export function withChairFirstRollLabelled(lines: string[]): string[] {
  let labelled: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Most lines are let go on their first letter: the roll opens with a councillor's title.
    const first = line.charCodeAt(0);
    if ((first !== 0x43 && first !== 0x41) || !CHAIR_FIRST_ROLL.test(line)) continue;
    labelled ??= [...lines];
    labelled[index] = `Present: ${line}`;
  }
  return labelled ?? lines;
}
