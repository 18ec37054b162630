// Markdown that pandoc wrote from a Word document: its own marks for what plain Markdown cannot say. Underlined and
// highlighted runs become bracketed spans ("[Apologies]{.underline}"), pictures keep their size ("![](media/image1.png){width="1in"}"),
// a line break inside a paragraph ends its line with "\", dashes are written "--" and "---", and a table whose cells hold
// more than one line is drawn as a grid of "+---+" rules and "|" walls. The marks are pandoc's; the minutes are the
// words inside them.

/** `{.underline}`, `{#intro .unnumbered}`, `{custom-style="Body Text"}`, `{width="1.2in" height="0.8in"}`. */
const ATTRIBUTES = String.raw`\{(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|[^\s}]+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|[^\s}]+)))*\}`;
/** A picture with its attributes: Word's logo or signature, nothing a reader of the minutes reads. */
const IMAGE = new RegExp(String.raw`!\[[^\[\]]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)(?:${ATTRIBUTES})?`, 'g');
/** "[Apologies for Absence]{.underline}": a run set apart by its style; its words stay. */
const SPAN = new RegExp(String.raw`\[([^\[\]]*)\]${ATTRIBUTES}`, 'g');
/** "## Apologies {#apologies .unnumbered}": a heading's anchor and classes. */
const HEADING_ATTRIBUTES = new RegExp(String.raw`^(#{1,6}[ \t].*?)[ \t]+${ATTRIBUTES}[ \t]*$`, 'gm');
/**
 * "Community Pantry -- £750", "the hall---and the field": pandoc writes an en dash as "--" and an em dash as "---"
 * (its "smart" typography, on by default); between words, never in a table's rule ("| --- |") or a rule of its own.
 */
const SPACED_DASH = /(?<=[\p{L}\d.,;:)’'"”]) (---?) (?=[\p{L}\d£$€(‘'"“])/gu;
const JOINING_EM_DASH = /(?<=\p{L})---(?=\p{L})/gu;
/** A backslash closing a line: pandoc's line break inside a paragraph (Word's Shift+Enter). */
const LINE_BREAK = /\\(\r?\n)/g;

/** A grid table's rule: "+----+-----+", or "+====+=====+" under its header row. */
const GRID_RULE = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
const GRID_ROW = /^[ \t]*\|.*\|[ \t]*$/;

/**
 * One cell's lines as the cell reads: lines ending in a line break stay lines, a blank line parts paragraphs, and the
 * other lines are one paragraph pandoc wrapped to fit the column.
 */
function cellText(lines: string[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of lines) {
    const text = line.trim();
    if (text === '') close();
    else if (text.endsWith('\\') && !text.endsWith('\\\\')) {
      current.push(text.slice(0, -1).trimEnd());
      close();
    } else current.push(text);
  }
  close();
  return paragraphs.join('\n');
}

/** A row's lines cut at the columns its rule's "+" marks set, each cell's text joined by tabs as the HTML reader gives a row. */
function rowText(rule: string, lines: string[]): string {
  const walls = [...rule].flatMap((character, index) => (character === '+' ? [index] : []));
  const cells = walls.slice(1).map((wall, column) => cellText(lines.map((line) => line.slice(walls[column] + 1, wall))));
  return cells.filter((cell) => cell !== '').join('\t');
}

/** `text` with each grid table's rows as lines of tab-separated cells, a blank line after each row. */
export function withGridTablesAsRows(text: string): string {
  if (!text.includes('+-')) return text;
  const lines = text.split('\n');
  const output: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const rule = lines[index];
    index += 1;
    if (!GRID_RULE.test(rule) || index >= lines.length || !GRID_ROW.test(lines[index])) {
      output.push(rule);
      continue;
    }
    let row: string[] = [];
    while (index < lines.length && (GRID_ROW.test(lines[index]) || GRID_RULE.test(lines[index]))) {
      if (GRID_RULE.test(lines[index])) {
        const cells = rowText(rule, row);
        if (cells !== '') output.push(cells, '');
        row = [];
      } else row.push(lines[index]);
      index += 1;
    }
  }
  return output.join('\n');
}

/** `text` with pandoc's spans, pictures, heading attributes and line-break backslashes taken off, and its dashes as dashes. */
export function withoutPandocMarks(text: string): string {
  let result = text;
  if (result.includes(']{') || result.includes('![')) result = result.replace(IMAGE, '').replace(SPAN, '$1');
  if (result.includes('{')) result = result.replace(HEADING_ATTRIBUTES, '$1');
  if (result.includes('--')) result = result.replace(JOINING_EM_DASH, '—').replace(SPACED_DASH, (_, dash: string) => (dash === '--' ? ' – ' : ' — '));
  return result.includes('\\') ? result.replace(LINE_BREAK, '$1') : result;
}
