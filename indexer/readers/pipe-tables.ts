// Pipe tables ("| Item | Discussion | Action |" over "|---|---|---|"): each row becomes one line of tab-separated cells,
// as the HTML reader gives a table, so a row is a paragraph of its own. Markdown files have them, and so do plain-text
// notes typed in the same shape.

const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** "|---|:---:|": the line under a table's header row. */
const TABLE_RULE = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;

/** A Markdown text with each table row as tab-separated cells and a blank line after it. */
export function withTablesAsRows(text: string): string {
  if (!text.includes('|')) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (!TABLE_ROW.test(line)) return [line];
      if (TABLE_RULE.test(line)) return [];
      const cells = line.trim().slice(1, -1).split('|').map((cell) => cell.trim());
      return [cells.join('\t'), ''];
    })
    .join('\n');
}

/**
 * A plain text's pipe tables as rows, when it holds one: a line of cells under a header row's rule. Without the rule,
 * lines between bars are left as written.
 */
export function withPlainTextTablesAsRows(text: string): string {
  return text.includes('|') && text.includes('--') && text.split('\n').some((line) => TABLE_RULE.test(line)) ? withTablesAsRows(text) : text;
}
