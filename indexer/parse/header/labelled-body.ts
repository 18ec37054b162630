// The body a meeting's details table names in a labelled row ("Committee:", "Meeting    Thornbury Vale Police and Crime
// Panel", "Title of Meeting    Suffolk Libraries IPS - AGM"), its value cut where the row's next cell begins.
import { firstMatch } from '../lines';

// "Meeting    Thornbury Vale Police and Crime Panel": a details table's row, its cells apart, labels as a colon does.
// "Title of Meeting    Harbourside Society Ltd - AGM": a society's details table names its meeting so.
const BODY_LABEL = /^(?:(?:Committee|Body|Meeting|Title of (?:the )?meeting|Council|Board|Panel|Forum|Decision maker)\s*:|(?:Committee|Body|Meeting|Title of (?:the )?meeting|Decision maker)\s{2,}(?=\S))\s*(.+)$/i;
/** "COMMITTEE   Full Governing Body   DATE   07/12/2020": the details table's next label, in its own cell on the row, and what follows it. */
const LABELLED_CELL_AFTER = /\s{2,}(?:DATE|Date|TIME|Time|VENUE|Venue)\b\s*[:;]?(?:\s.*)?$/;
/** "Harbourside Community Benefit Society Ltd - AGM": the kind of general meeting after a dash, no part of whose it was. */
const GENERAL_MEETING_AFTER_DASH = /\s+[-–—]\s+(?:AGM|EGM|(?:Annual|Extraordinary|Special)\s+General\s+Meeting)$/i;

/**
 * The first labelled body line of a header, its value (group 1) ending before the row's next labelled cell and before a
 * general meeting's kind after a dash; null when no line is labelled so.
 */
export function labelledBodyLine(lines: string[]): RegExpExecArray | null {
  const labelled = firstMatch(lines, BODY_LABEL);
  if (!labelled || !(LABELLED_CELL_AFTER.test(labelled[1]) || GENERAL_MEETING_AFTER_DASH.test(labelled[1]))) return labelled;
  labelled[1] = labelled[1].replace(LABELLED_CELL_AFTER, '').replace(GENERAL_MEETING_AFTER_DASH, '');
  return labelled;
}
