// "… & Mr J Foulkes (Clerk). Also: County Councillor Mr A Wyn": a list of those present (or sending apologies) that
// goes on, after a label of its own, to others who came (or sent theirs) beside the members, as Welsh community councils print it.
import type { AttendanceKind } from '../../../core/types';

/** ". Also:", "& ALSO:", "; Also present:": the label, after the first list's end, in any case. */
const ALSO_LABEL = /(?:[.;,]|\s&|\sand)?\s+also(?:\s+present|\s+in\s+attendance)?\s*:\s*/i;

/** "County Councillor, " before "Mr B Owen". */
const COUNCIL_TITLE_COMMA = /^((?:County|District|Borough|Town|City|Community|Parish)\s+(?:Councillor|Councilor|Cllr)),\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)/;

/** The list before an "Also:" label and the one after it, with the attendance each gives; null when the list has none. */
export function alsoLabelledParts(list: string, attendance: AttendanceKind): Array<[string, AttendanceKind]> | null {
  if (!list.includes(':')) return null;
  const label = ALSO_LABEL.exec(list);
  if (!label || label.index === 0) return null;
  // "Also: County Councillor, Mr B Owen": the council's title before the titled name, a comma between, is one person's.
  const others = list.slice(label.index + label[0].length).replace(COUNCIL_TITLE_COMMA, '$1 ');
  return [
    [list.slice(0, label.index), attendance],
    // Those present beside the members attend; apologies from the others are apologies still.
    [others, attendance === 'present' ? 'in attendance' : attendance],
  ];
}
