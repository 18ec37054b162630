// Minutes kept on a wiki and copied as their source (MediaWiki's, or Trac's with a "#!mediawiki" block): "== New
// Business ==" headings, "* " and "** " bullets, '''bold''' and [[links]]. Read as they are, the headings' equals signs
// hide them from the heading rules and a whole meeting comes out as one item; set out as the Markdown marks the other
// readers give, each section is an item and each bullet a line of its own.

/** "== Regular Business ==", "=== Matters ===": a heading, as many equals signs closing it as open it. */
const WIKI_HEADING = /^(={1,6})[ \t]*([^=\s][^=]*?)[ \t]*\1[ \t]*$/;
/** A wiki's bulleted or numbered list line: "* ", "** ", "# ", "#: ", its depth the marks' count. */
const WIKI_LIST_LINE = /^([*#]+):?[ \t]+(?=\S)/;
/** The lines opening and closing a wiki's block of source ("{{{", "#!mediawiki", "}}}"), no text of the minutes. */
const BLOCK_FENCE = /^[ \t]*(?:\{\{\{|\}\}\}|#!mediawiki)[ \t]*$/;
/** '''bold''' and ''italic'': the words stay, the quotes go. */
const QUOTE_MARKUP = /'{2,5}(?=\S)(.+?)(?<=\S)'{2,5}/g;
/** "[[Page|shown words]]", "[[Page]]", "[https://example.org shown words]": a link's shown words. */
const WIKI_LINK = /\[\[(?:[^\]|]*\|)?([^\]]+)\]\]|\[(?:https?|ftp):\/\/\S+\s+([^\]]+)\]/g;
/** A text with fewer wiki headings is no wiki page ("= Total =" may close a table of figures). */
const MIN_HEADINGS = 2;

/** Whether a line may be a wiki heading: most lines are let go on their first character. */
function mayBeHeading(line: string): boolean {
  return line.charCodeAt(0) === 61 /* = */ && WIKI_HEADING.test(line);
}

/** One line of wiki source as the Markdown marks the parse rules read. */
function asMarkdown(line: string): string {
  const heading = mayBeHeading(line) ? WIKI_HEADING.exec(line) : null;
  if (heading) return `${'#'.repeat(heading[1].length)} ${heading[2]}`;
  if (BLOCK_FENCE.test(line)) return '';
  const listed = line.replace(WIKI_LIST_LINE, (marks: string) => `${'  '.repeat(marks.replace(':', '').trim().length - 1)}- `);
  return listed.includes("''") || listed.includes('[') ? listed.replace(QUOTE_MARKUP, '$1').replace(WIKI_LINK, (_link, shown?: string, titled?: string) => shown ?? titled ?? '') : listed;
}

/** The lines of a wiki page's source set out as Markdown; the same array when the text has no wiki headings. */
export function withWikiMarkupAsMarkdown(lines: string[]): string[] {
  let headings = 0;
  for (let index = 0; index < lines.length && headings < MIN_HEADINGS; index += 1) if (mayBeHeading(lines[index])) headings += 1;
  return headings < MIN_HEADINGS ? lines : lines.map(asMarkdown);
}
