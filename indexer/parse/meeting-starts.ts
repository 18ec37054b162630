// Where each meeting of a pack of minutes starts: at its "Minutes of …" title followed by a date (general.ts tells
// those), with the council's and committee's names in capitals just above it.
import { isCapsLine } from './capitals';
import { isBlank } from './patterns';

/** Each meeting's first line; [0] for a document of one meeting (fewer than two titles). */
export function meetingStarts(lines: string[], isMeetingAnchor: (lines: string[], index: number) => boolean): number[] {
  // A loop, not flatMap: an array per line of a large document was most of the cost.
  const anchors: number[] = [];
  for (let index = 0; index < lines.length; index += 1) if (isMeetingAnchor(lines, index) && !restatesTitle(lines, anchors[anchors.length - 1], index)) anchors.push(index);
  if (anchors.length < 2) return [0];
  // Upper-case headings just above an anchor (the council and committee names) belong to its meeting.
  return anchors.map((anchor, position) => {
    let start = anchor;
    const floor = position === 0 ? 0 : anchors[position - 1] + 1;
    for (let index = anchor - 1; index >= floor && anchor - index <= 6; index -= 1) {
      if (isCapsLine(lines[index]) || /^#{1,6}\s/.test(lines[index].trim())) start = index;
      else if (!isBlank(lines[index])) break;
    }
    return position === 0 ? 0 : start;
  });
}

/** Lines of text after a meeting's title within which another title restates it: "Minutes of the January meeting of X" over "Minutes of the meeting of X held on …". */
const RESTATED_TITLE_LINES = 3;

function restatesTitle(lines: string[], previousAnchor: number | undefined, anchor: number): boolean {
  if (previousAnchor === undefined || anchor - previousAnchor > RESTATED_TITLE_LINES * 2 + 1) return false;
  return lines.slice(previousAnchor + 1, anchor).filter((line) => !isBlank(line)).length < RESTATED_TITLE_LINES;
}
