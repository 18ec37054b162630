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
/** "Location:: [[Orchard Barn]]": a field of the note, written as a label. */
const FIELD = /^([ \t]*[\p{L}][\p{L} ]{0,30})::[ \t]/gmu;

/** `text` with a notes app's marks taken off; the same string when it has none of them. */
export function withoutNoteMarks(text: string): string {
  let result = text;
  if (result.includes('[[')) result = result.replace(WIKILINK, '$1');
  if (result.includes('==')) result = result.replace(HIGHLIGHT, '$1');
  // A callout's title labels what follows it ("Decision: The accounts …"); a callout with no title says nothing.
  if (result.includes('[!')) result = result.replace(CALLOUT, (_, title: string) => (title.trim() === '' ? '' : `${title.trim()}:`));
  if (result.includes('[ ]') || /\[[xX]\]/.test(result)) result = result.replace(TASK_BOX, '$1$2');
  if (result.includes('::')) result = result.replace(FIELD, '$1: ');
  return result;
}
