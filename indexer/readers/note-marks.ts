// Notes apps' own Markdown (Obsidian, Logseq, Foam): `[[wikilinks]]` to other notes, `==highlights==`, callouts
// (`> [!note] Decision`), task boxes (`- [ ] Ffion to book the marquee #action`) and `Key:: value` fields. The marks
// are the app's; the minutes are the words inside them.

/** "[[Nadia Whitlow]]", "[[People/Nadia Whitlow|Nadia]]": the link's shown text (its alias, or the note's name). */
const WIKILINK = /\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g;
const HIGHLIGHT = /==(?=\S)([^=\n]+?)==/g;
/** "[!note] Decision" at a quote's start (its marks already gone): a callout's type, then its title. */
const CALLOUT = /^[ \t]*\[!\w+\][+-]?[ \t]*(.*)$/gm;
/** "- [ ] Ffion to book the marquee #action": a task's box and the tags after it. */
const TASK_BOX = /^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]+(.*?)(?:[ \t]+#[\w/-]+)*[ \t]*$/gm;
/**
 * "## Attendance" (or "### Premier member representatives", "**Members present:**") over "- [x] Cory Omand - Studio",
 * "- [ ] Bill Roberts - Adobe": a register kept as a task list, a box ticked for each member there. A heading or label
 * naming those who attend, then task lines each naming a person (capitalised words, a surname's particles, then the end,
 * a dash, a comma or a bracket): no action list ("- [ ] Ffion to book the marquee").
 */
const REGISTER_HEADING = /^[ \t]*(?:#{1,6}[ \t]+.*|\*\*[^*\n]{1,60}\*\*:?|[^\n:]{1,60}:)[ \t]*$/;
const NAMES_ATTENDANCE = /\b(?:attend\w*|present|roll[ \t]+call|members|representatives|participants|directors|trustees|governors|councillors|observers|guests|officers|staff)\b/i;
const BOXED_PERSON = /^[ \t]*[-*+][ \t]+\[([ xX])\][ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:de|del|da|di|du|la|le|van|von|der|den|ter|ap|bin|al)[ \t]+){0,2}\p{Lu}[\p{L}'’.-]*){1,3}(?:[ \t]*[-–—,(].*)?)[ \t]*$/u;

/** A register's boxes as the labels they stand for, one member a line ("Present: Cory Omand - Studio", "Absent: Bill Roberts - Adobe"). */
function withRegisterBoxesAsLabels(text: string): string {
  const lines = text.split('\n');
  let register = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const boxed = register ? BOXED_PERSON.exec(line) : null;
    // "Gordon Bradley, Autodesk": a box holds one member, so what follows the name's comma is their company or office.
    if (boxed) lines[index] = `${boxed[1] === ' ' ? 'Absent' : 'Present'}: ${boxed[2].replace(/^([^,(]+),\s+(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b)([^,()]+)$/, '$1 ($2)')}`;
    else if (REGISTER_HEADING.test(line)) register = NAMES_ATTENDANCE.test(line);
    else if (line.trim() !== '') register = false;
  }
  return lines.join('\n');
}

/** "Location:: [[Orchard Barn]]": a field of the note, written as a label. */
const FIELD = /^([ \t]*[\p{L}][\p{L} ]{0,30})::[ \t]/gmu;

/** `text` with a notes app's marks taken off; the same string when it has none of them. */
export function withoutNoteMarks(text: string): string {
  let result = text;
  if (result.includes('[[')) result = result.replace(WIKILINK, '$1');
  if (result.includes('==')) result = result.replace(HIGHLIGHT, '$1');
  // A callout's title labels what follows it ("Decision: The accounts …"); a callout with no title says nothing.
  if (result.includes('[!')) result = result.replace(CALLOUT, (_, title: string) => (title.trim() === '' ? '' : `${title.trim()}:`));
  if (result.includes('[ ]') || /\[[xX]\]/.test(result)) result = withRegisterBoxesAsLabels(result).replace(TASK_BOX, '$1$2');
  if (result.includes('::')) result = result.replace(FIELD, '$1: ');
  return result;
}
