// An Alaska borough assembly's roll call: "There were present:" over the members, the presiding officer first ("James
// Skogstad, Presiding, and"), the rest typed two or three to a line with no commas ("Burt Anderson Jack Brown"), then
// "comprising a quorum of the Assembly; and" over the officers who attended, one a line ("Donna Smith, Borough Clerk").
// The block is set out as the attendance rules read one: "Present:" over one member a line, "Also present:" over the
// officers.
import { isBlank } from '../patterns';

/** "There were present:", a margin's "ROLL CALL" run on after it (a scanned page's margin note). */
const THERE_WERE_PRESENT = /^\s*There\s+were\s+present\s*:?\s*(?:ROLL\s+CALL\s*)?$/i;
/** "comprising a quorum of the Assembly; and": the members' list ends, the officers' begins. */
const QUORUM_LINE = /^\s*comprising\s+a\s+quorum\b[^;]{0,60}(?:;\s*and)?\s*$/i;
/** How many lines the members' list may run to before its quorum line. */
const MAX_MEMBER_LINES = 20;
/** "James Skogstad, Presiding, and": the presiding officer, named with the office. */
const PRESIDING = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s*(Presiding)(?:,?\s*and)?$/u;
/** A line of names typed with no commas: capitalised words only, a first name and a surname each. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}[\p{Ll}]*\p{Lu}[\p{Ll}'’-]+$/u;

/** The names a line of pairs holds, each a forename and a surname; null when the line is no such run. */
function namesInPairs(line: string): string[] | null {
  const words = line.trim().split(/\s+/);
  if (words.length < 4 || words.length % 2 !== 0 || !words.every((word) => NAME_WORD.test(word))) return null;
  return words.flatMap((word, index) => (index % 2 === 0 ? [`${word} ${words[index + 1]}`] : []));
}

/** One member line set out: the presiding officer bracketed with the office, a run of names one a line, else as it is. */
function memberLines(line: string): string[] {
  const text = line.trim().replace(/,?\s+and$/, '');
  const presiding = PRESIDING.exec(line.trim());
  if (presiding) return [`${presiding[1]} (${presiding[2]})`];
  return namesInPairs(text) ?? [text];
}

/** `lines` with each such roll call set out as labelled lists; the same array when there is none. */
export function withQuorumRollsListed(lines: string[]): string[] {
  const out: string[] = [];
  let found = false;
  for (let index = 0; index < lines.length; index += 1) {
    // Lines are let go on their first letter: only "There were present" opens such a roll.
    const quorum = /^\s*T/.test(lines[index]) && THERE_WERE_PRESENT.test(lines[index]) ? quorumLineAfter(lines, index) : -1;
    if (quorum === -1) {
      out.push(lines[index]);
      continue;
    }
    found = true;
    out.push('Present:', ...lines.slice(index + 1, quorum).filter((line) => !isBlank(line)).flatMap(memberLines), '', 'Also present:');
    index = quorum;
  }
  return found ? out : lines;
}

/** The quorum line closing the members' list under the roll's opening line at `from`; -1 when none does. */
function quorumLineAfter(lines: string[], from: number): number {
  for (let index = from + 1; index < lines.length && index <= from + MAX_MEMBER_LINES; index += 1) if (QUORUM_LINE.test(lines[index])) return index;
  return -1;
}
