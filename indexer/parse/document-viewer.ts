// A document viewer's page copied with the document's text: Laserfiche WebLink, where many US towns keep their records,
// prints "Loading..." and its own name above the text, and "HomeMy WebLinkAbout" run into the document's file name
// ("HomeMy WebLinkAboutFCMeetingMinutes_11.18.04") before the text's first words, on the same line.

/** How many of a text's first lines (not blank) may hold the viewer's lead. */
const LEAD_LINES = 3;
/** The viewer's own lines, alone. */
const VIEWER_LINE = /^(?:Loading(?:\.{3}|…)|Laserfiche WebLink)$/;
/** Its breadcrumb and the document's file name, run together before the text. */
const VIEWER_TRAIL = /^\s*HomeMy WebLinkAbout\S*\s*/;

/** The lines without a document viewer's lead above the document's text; the same array when there is none. */
export function withoutDocumentViewerLead(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0, seen = 0; index < lines.length && seen < LEAD_LINES; index += 1) {
    const line = lines[index];
    if (line.trim() === '') continue;
    seen += 1;
    const trail = VIEWER_TRAIL.exec(line);
    if (!trail && !VIEWER_LINE.test(line.trim())) continue;
    result ??= [...lines];
    result[index] = trail ? line.slice(trail[0].length) : '';
  }
  return result ?? lines;
}
