// "Minutes of a meeting of the Development Committee held in the Council Chamber … at 9.30 am when there were present:":
// printed minutes end their opening sentence with the label of the list under it. The label is set on a line of its own,
// as "Present:" heads the list in most minutes, so that the attendance rules read the names under it.

/** "… when there were present:", "… at which there were present:", "… there being present:": the sentence's closing label. */
const PRESENT_AT_END = /\s+(?:(?:when|at\s+which)\s+there\s+were|there\s+being)\s+present\s*:\s*$/i;

/** `lines` with such a sentence's closing label set on a line of its own; the same array when no line ends so. */
export function withPresentLabelApart(lines: string[]): string[] {
  let split: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const label = line.endsWith(':') || line.trimEnd().endsWith(':') ? PRESENT_AT_END.exec(line) : null;
    if (label) (split ??= lines.slice(0, index)).push(line.slice(0, label.index), 'Present:');
    else split?.push(line);
  }
  return split ?? lines;
}
