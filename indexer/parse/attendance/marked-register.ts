// An attendance register printed as a list of every member, each marked, with a key to the marks under it: "P  Ann Lowe
// (Chairman)", "A  Dora Oates" over "P: Present" / "A: Apologies for absence submitted"; or "* Mrs J Keen (Mayor)", two
// columns run together ("*Mr M Band*Mrs M Hunt"), over "* Present". Each marked member is set on a line of their own under
// the label the key gives the mark, so the attendance rules read them as any labelled list; a member left unmarked was not
// there, and is left out; the key's lines are no one.

/** "P: Present", "A - Apologies for absence submitted", "* Present", "* denotes present": a mark and the attendance it stands for. */
const KEY_LINE = /^\s*([*+✓✔]|[A-Z]{1,2})\s*(?:[:=–—-]\s*|\s+(?:denotes\s+|indicates\s+)?)(present|apolog(?:y|ies)\b[^:]{0,40}|absent)\s*$/i;
/** How far above its key a register may start, and how many lines (not blank) a key may take. */
const REGISTER_REACH = 80;
const MAX_KEY_LINES = 4;
/** Only a header's register is looked for: its key is in the document's first lines. */
const HEADER_LINES = 200;
/** "Mr", "Cllr", a capital: how a member's name starts after a mark. */
const NAME_START = /^\p{Lu}/u;

type Labels = Map<string, string>;

/** The label ("Present", "Apologies", "Absent") a key line gives its mark. */
function labelOfKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.startsWith('apolog') ? 'Apologies' : lower === 'absent' ? 'Absent' : 'Present';
}

/** The keys found from `index` on: each mark's label, and how many lines the key took; null when `lines[index]` is no key. */
function keyAt(lines: string[], index: number): { labels: Labels; length: number } | null {
  const labels: Labels = new Map();
  let end = index;
  // The key's lines may have blank lines between them ("P: Present" / "" / "A: Apologies …").
  for (let at = index; at < lines.length && at - index < MAX_KEY_LINES * 2; at += 1) {
    if (lines[at].trim() === '') continue;
    const key = lines[at].length <= 60 ? KEY_LINE.exec(lines[at]) : null;
    if (!key) break;
    labels.set(key[1], labelOfKey(key[2]));
    end = at + 1;
  }
  return labels.size === 0 ? null : { labels, length: end - index };
}

/** A letter's mark ("P  Ann Lowe"): the mark, then two spaces or more (or one before a titled name), then the name. */
function letterMarked(line: string, labels: Labels): string[] | null {
  const match = /^\s*([A-Z]{1,2})\s+(\S.*)$/.exec(line);
  if (!match || !labels.has(match[1]) || !NAME_START.test(match[2])) return null;
  return [`${labels.get(match[1])}: ${match[2].trim()}`];
}

/** A symbol's marks ("*Mr M Band*Mrs M Hunt", "Captain P Burden*Mrs A Mansell"): the marked members, each under its label. */
function symbolMarked(line: string, labels: Labels): string[] | null {
  const symbols = [...labels.keys()].filter((mark) => mark.length === 1 && !/[A-Z]/.test(mark));
  const symbol = symbols.find((mark) => line.includes(mark));
  if (symbol === undefined) return null;
  const parts = line.split(symbol);
  const marked = parts.slice(1).map((part) => part.trim());
  if (!marked.every((part) => NAME_START.test(part))) return null;
  // "*Mr S D EdgeMr A Rayner": a marked member's cell run on into an unmarked one's, the next title glued to the name.
  return marked.map((part) => `${labels.get(symbol)}: ${part.split(/(?<=\p{Ll})(?=(?:Mr|Mrs|Ms|Miss|Dr|Captain|Cllr)\s)/u)[0]}`);
}

/** `lines` with a register over a key rewritten as labelled lines, one member a line; the same array when there is none. */
export function withMarkedRegisterAsLabels(lines: string[]): string[] {
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 1; index < limit; index += 1) {
    // Most lines are let go on their length and first character: a key's line is short and opens with its mark.
    if (lines[index].length > 60 || !/^\s*[*+✓✔A-Z]/.test(lines[index])) continue;
    const key = keyAt(lines, index);
    if (!key) continue;
    const rewritten = registerAbove(lines, index, key.labels);
    if (rewritten === null) continue;
    return [...lines.slice(0, rewritten.start), ...rewritten.lines, ...lines.slice(index + key.length)];
  }
  return lines;
}

/** The register's lines above the key at `keyIndex`, rewritten, and where they start; null when no marked line is above it. */
function registerAbove(lines: string[], keyIndex: number, labels: Labels): { start: number; lines: string[] } | null {
  const rewritten: string[][] = [];
  let start = keyIndex;
  let marked = 0;
  for (let index = keyIndex - 1; index >= 0 && keyIndex - index <= REGISTER_REACH; index -= 1) {
    const line = lines[index];
    if (line.trim() === '') {
      rewritten.unshift([line]);
      start = index;
      continue;
    }
    const members = letterMarked(line, labels) ?? symbolMarked(line, labels);
    if (members === null) break;
    marked += 1;
    rewritten.unshift(members);
    start = index;
  }
  return marked < 2 ? null : { start, lines: rewritten.flat() };
}
