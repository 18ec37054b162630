// Tables written as HTML inside Markdown. A blog or site that publishes minutes as Markdown (a WordPress export, a
// static site's page) keeps a table the clerk built in the editor as its raw `<table>…</table>`, often one long line
// holding the whole of the minutes: numbered items, their discussion and an action column. Markdown shows it as a
// table; left as tags, the parser would see a single line of markup. Each such table is read by the HTML reader, so its
// rows reach the parser as an HTML page's table rows do.
import { htmlToText } from './html';

const TABLE_OPENING = /^[ \t]{0,3}<table[\s>]/i;
const TABLE_TAG = /<(\/?)table[\s>]/gi;

/** How many tables the line opens less how many it closes. */
function tableDepthChange(line: string): number {
  let change = 0;
  for (const tag of line.matchAll(TABLE_TAG)) change += tag[1] === '/' ? -1 : 1;
  return change;
}

/**
 * The text split into runs of lines, each either a table (from a line opening with `<table` to the line that closes
 * it, or the text's end) or the Markdown between tables.
 */
function tableRuns(lines: string[]): { lines: string[]; isTable: boolean }[] {
  const runs: { lines: string[]; isTable: boolean }[] = [];
  let depth = 0;
  for (const line of lines) {
    const opens = depth === 0 && TABLE_OPENING.test(line);
    if (opens || depth > 0) {
      if (opens) runs.push({ lines: [], isTable: true });
      depth = Math.max(0, depth + tableDepthChange(line));
    } else if (runs.length === 0 || runs[runs.length - 1].isTable) {
      runs.push({ lines: [], isTable: false });
    }
    runs[runs.length - 1].lines.push(line);
  }
  return runs;
}

/** The Markdown with each raw HTML table replaced by the lines the HTML reader makes of it. */
export async function withHtmlTablesAsText(markdown: string): Promise<string> {
  if (!markdown.includes('<table') && !markdown.includes('<TABLE')) return markdown;
  const runs = tableRuns(markdown.split('\n'));
  const texts = await Promise.all(runs.map(async (run) => (run.isTable ? `\n${await htmlToText(run.lines.join('\n'))}\n` : run.lines.join('\n'))));
  return texts.join('\n');
}
