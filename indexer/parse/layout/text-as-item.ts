// A document read whole into its meeting's header is still minutes: a list of those present that runs on into the text
// (as a page flattened onto one line gives it, "… Ms J Haynes – Press Minutes 01/25/01 – Welcome …") left no line for
// an item, and the document was turned away as holding no minutes.
import type { GeneralDraft } from './general';
import { isBlank } from '../patterns';
import { MINUTES_TITLE } from '../types';

/** The drafts that hold items; when none does but the text holds some, the first draft with all of `lines` as its one item. */
export function draftsWithItems(drafts: GeneralDraft[], lines: string[]): GeneralDraft[] {
  const withItems = drafts.filter((draft) => draft.meeting.items.length > 0);
  if (withItems.length > 0 || drafts.length === 0 || lines.every((line) => isBlank(line))) return withItems;
  const [first] = drafts;
  return [{ ...first, meeting: { ...first.meeting, items: [{ number: null, title: MINUTES_TITLE, lines }] } }];
}
