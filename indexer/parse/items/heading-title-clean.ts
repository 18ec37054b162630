// A heading's title as the item keeps it: without the page reference, the PDF's size, the bold marks and the forward
// plan's key-decision marker printed beside it, and without the colon or dash closing it.
import { collapseWhiteSpace, endsWithOneOf } from '../patterns';

/** "(Pages 5 - 12)", "(Item 4)": where the agenda pack has the item, after its title. */
export const PAGE_REFERENCE = /\s*\((?:Pages?|Item)\s*[\d\s-]*\)\s*$/i;

const KEY_DECISION_MARK = /\s*(?:[◆♦■●•*–—-]\s*|\()\s*(?:KEY DECISION|Key [Dd]ecision)\s*\)?$/;

/** The title without what is printed beside it (page references, a PDF's size, bold marks, a key decision's marker) and its closing mark. */
export function cleanTitle(title: string): string {
  let text = title.trim();
  if (text.endsWith(')')) text = text.replace(PAGE_REFERENCE, '');
  // The size ends the title ("… PDF 238 KB"): a title ending in no "B" has no size to cut.
  if (endsWithOneOf(text, 'bB') && (text.includes('pdf icon') || text.includes('PDF'))) text = text.replace(/\s*(?:pdf icon\s+)?PDF\s+[\d.]+\s*[KMG]B\s*$/i, '');
  if (text.includes('**')) text = text.replace(/\*\*/g, '');
  // "… CONTRACT ◆ KEY DECISION", "… (Key Decision)": the forward plan's marker, not the item's title.
  // The mark's words hold "ecision" or "ECISION": a title ending in "n" holds neither, mostly, and the pattern (not
  // anchored at the start) is not tried from each of its characters.
  if (endsWithOneOf(text, 'Nn)') && text.length > 16 && /ecision|ECISION/.test(text) && KEY_DECISION_MARK.test(text)) text = text.replace(KEY_DECISION_MARK, '');
  text = text.trimEnd();
  while (endsWithOneOf(text, ':–—-')) text = text.slice(0, -1).trimEnd();
  return /\s\s/.test(text) ? collapseWhiteSpace(text) : text;
}
