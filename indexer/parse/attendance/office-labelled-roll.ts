// A community council's roll typed with each office-bearer's office as a label before the holder's name, the pairs run
// on one line: "Present: Chair: Mr C Veitch: Secretary: Mr G M Beat: Treasurer: Mr J Kinnear: Vice Chair: Mr D Gray"
// (or with commas between the pairs, or no space after the office's colon: "Chair:Mr D Gray, Secretary:Mr G M Beat").
// Each pair is set as "Name (Office)", the shape the attendance rules read as one person with a role; read as it is,
// the first office reads as a label of its own and the names after it are lost.

/** The header's roll is looked for in the document's first lines only. */
const HEADER_LINES = 60;
/** Fewer pairs than this on a line are no such roll ("Chair: Mr X" alone is the chair's own label, read elsewhere). */
const MIN_PAIRS = 2;

const OFFICE = String.raw`(?:(?:Vice|Deputy)[ -]?(?:Chair(?:man|woman|person)?|Convenor|Convener|President)|Chair(?:man|woman|person)?|Convenor|Convener|Secretary|Treasurer|President|Clerk)`;
const TITLED_NAME = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** One pair: the office, its colon, the holder's titled name, up to the next pair's office or a list mark. */
const OFFICE_THEN_HOLDER = new RegExp(String.raw`(${OFFICE})\s*:\s*(${TITLED_NAME})\s*(?:[:,;]\s*|$)`, 'giu');
/** A line holding a pair: told first by a colon straight after an office's last letters, as most lines hold none. */
const MAY_HOLD_PAIR = /(?:ir|man|son|nor|ner|ary|rer|ent|erk)\s?:/i;

/** The pairs after `start` in `line`, each as "Name (Office)", and where they end; null when fewer than MIN_PAIRS run there unbroken. */
function pairsFrom(line: string, start: number): { names: string[]; end: number } | null {
  const names: string[] = [];
  OFFICE_THEN_HOLDER.lastIndex = start;
  let end = start;
  for (let match = OFFICE_THEN_HOLDER.exec(line); match !== null && match.index === end; match = OFFICE_THEN_HOLDER.exec(line)) {
    names.push(`${match[2].trim()} (${match[1].replace(/\s+/g, ' ')})`);
    end = OFFICE_THEN_HOLDER.lastIndex;
  }
  return names.length >= MIN_PAIRS ? { names, end } : null;
}

/** `lines` with each run of office-labelled holders after a "Present:" label set as "Name (Office)" entries; the same array when none is. */
export function withOfficeLabelledRolls(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  for (let index = 0; index < Math.min(lines.length, HEADER_LINES); index += 1) {
    const line = lines[index];
    if (!MAY_HOLD_PAIR.test(line)) continue;
    const label = /^\s*(?:\*\*)?(?:Members\s+)?Present(?:\*\*)?\s*:\s*/i.exec(line);
    if (!label) continue;
    const pairs = pairsFrom(line, label[0].length);
    if (!pairs) continue;
    const rest = line.slice(pairs.end).trim();
    (rewritten ??= [...lines])[index] = `${label[0].trimEnd()} ${pairs.names.join(', ')}${rest === '' ? '' : `, ${rest}`}`;
  }
  return rewritten ?? lines;
}
