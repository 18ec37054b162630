// "Hon. Ana P. Cruz - - - - - - - City Vice-Mayor & Presiding Officer" / "Hon. Ben D. Reyes - - - - - City Councilor" /
// "Hon. Lito M. Santos - - - - - " "": a Philippine sangguniang's roll (and any typed roll like it), each member's office
// set after a leader of dashes, the offices repeated below with ditto marks. Read as they stand, the dashes are part of
// each role and a ditto is a role of its own; with the office in brackets after the name ("Hon. Ben D. Reyes (City
// Councilor)") and each ditto standing for the office above it, the attendance rules read them as any roll of names
// with offices.

import { TITLE } from '../speakers/speaker-titles';

/** A name, a leader of two or more dashes ("- - - -", "--", "- -"), then what the leader points at. */
const LEADER_ENTRY = /^(\s*)(\p{Lu}[^\d:;()]{2,60}?[\p{L}.])\s*-(?:\s*-)+\s*(.*)$/u;
/** A ditto mark or two ('" "', '“ “', '〃', "do."), with a note in brackets after it ("(On Vacation Leave)"). */
const DITTO = /^(?:["“”„″〃]\s*){1,2}(\(.*\))?$|^(?:do\.|ditto)\s*(\(.*\))?$/iu;
/**
 * A person's name: after a title ("Hon.", "Mrs", "Dr") or with an initial ("Ana P. Cruz"). "Treasurer's Report
 * ---------- Jeanne Banks" (an agenda's topic, a leader, who reports on it) names a topic first, and its leader is one
 * unbroken run of dashes, as a word processor fills a tab.
 */
const PERSON_NAME = new RegExp(String.raw`^(?:(?:${TITLE})\.?\s|.*\s\p{Lu}\.\s)`, 'u');
const UNBROKEN_LEADER = '---';
/** Fewer leader entries in a run than this are no roll: "Monday - - see above" is a line of prose. */
const MIN_ENTRIES = 2;
/** A name of more words than this is a sentence with a dash in it. */
const MAX_NAME_WORDS = 7;

interface LeaderEntry {
  indent: string;
  name: string;
  pointed: string;
}

function leaderEntry(line: string): LeaderEntry | null {
  // Cheap test first: every leader holds a dash after a dash, a space or none between.
  if (!line.includes('--') && !line.includes('- -')) return null;
  const match = LEADER_ENTRY.exec(line);
  if (!match || match[3].trim() === '' || line.includes(UNBROKEN_LEADER) || match[2].trim().split(/\s+/).length > MAX_NAME_WORDS) return null;
  if (!PERSON_NAME.test(`${match[2].trim()} `)) return null;
  return { indent: match[1], name: match[2].trim(), pointed: match[3].trim() };
}

/** How many lines from `from` on are leader entries, blank lines aside. */
function entriesFrom(lines: string[], from: number): number {
  let count = 0;
  for (let index = from; index < lines.length && count < MIN_ENTRIES; index += 1) {
    if (lines[index].trim() === '') continue;
    if (!leaderEntry(lines[index])) break;
    count += 1;
  }
  return count;
}

/** The entry as "Name (Office)", a ditto standing for `previousOffice`; the office it names, for the next ditto. */
function bracketed(entry: LeaderEntry, previousOffice: string | null): { line: string; office: string | null } {
  const ditto = DITTO.exec(entry.pointed);
  if (ditto) {
    const note = ditto[1] ?? ditto[2];
    const office = previousOffice ?? '';
    const inBrackets = [office, note?.slice(1, -1)].filter((part) => part).join('; ');
    return { line: `${entry.indent}${entry.name}${inBrackets ? ` (${inBrackets})` : ''}`, office: previousOffice };
  }
  return { line: `${entry.indent}${entry.name} (${entry.pointed})`, office: entry.pointed };
}

/** `lines` with each run of two or more leader entries read as names with offices in brackets; the same array when there is none. */
export function withLeaderRollsBracketed(lines: string[]): string[] {
  let out: string[] | null = null;
  let office: string | null = null;
  let inRoll = false;
  for (let index = 0; index < lines.length; index += 1) {
    const entry = leaderEntry(lines[index]);
    if (entry && (inRoll || entriesFrom(lines, index) >= MIN_ENTRIES)) {
      out ??= lines.slice(0, index);
      const read = bracketed(entry, inRoll ? office : null);
      out.push(read.line);
      office = read.office;
      inRoll = true;
      continue;
    }
    if (lines[index].trim() !== '') inRoll = false;
    out?.push(lines[index]);
  }
  return out ?? lines;
}
