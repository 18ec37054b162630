// Agenda management exports (BoardDocs and the like) print each item as a record: "Subject : 1.01 Call to Order" over
// its fields ("Meeting : Mar 10, 2025 - Regular Meeting", "Category : 1. Call to Order", "Type : Procedural"). The
// subject is the item's heading; the fields repeat the meeting and the heading above, and are no part of the minutes.

/** "Subject : 1.01 Call to Order": a record's subject, with the item's number. */
const SUBJECT = /^(\s*)Subject\s*:\s*(?=\d)/;
/** The fields under a record's subject. */
const RECORD_FIELD = /^\s*(?:Meeting|Category|Type|Access|Public Content|Administrative Content|Goals|Fiscal Impact|Budgeted|Budget Source|Dollar Amount)\s*:\s/;
/** A record prints its fields right under its subject: read no further than this. */
const MAX_FIELDS = 8;

/** `lines` with each record's subject as its heading and its fields blanked; the same array when there is none. */
export function withAgendaRecords(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Most lines are let go on their first letters.
    if (!line.includes('Subject') || !SUBJECT.test(line)) continue;
    result ??= [...lines];
    result[index] = line.replace(SUBJECT, '$1');
    for (let next = index + 1, fields = 0; next < lines.length && fields < MAX_FIELDS; next += 1) {
      if (lines[next].trim() === '') continue;
      if (!RECORD_FIELD.test(lines[next])) break;
      result[next] = '';
      fields += 1;
    }
  }
  return result ?? lines;
}
