// "Board members present were Trustee Elton, Trustee Hodge, and Supervisor Lind. Clerk Moss was also present.": small
// US boards (township trustees, city councils, societies' committees) record the roll call as a sentence in the opening
// prose, not as a "Present:" list. The sentence is set as the labelled lists it says ("Present:", "Absent:", "Also
// present:"), so that the attendance rules read them as any list; the rest of its line stays text.

/** "Board members present were", "The trustees present were:", "Members present included": the members, then the list. */
const MEMBERS_PRESENT_WERE =
  /^(?:The\s+)?(?:(?:Board|Council|Commission|Committee)\s+)?(?:members|trustees|commissioners|directors|councilmembers|councilors|councillors|selectmen|aldermen)\s+present\s+(?:were|included)\s*:?\s+(?=\p{Lu})/iu;
/** "Roll Call was as follows:" before a list its sentence ends with "were present". */
const ROLL_CALL_OPENING = /^Roll\s+call\s+was\s+as\s+follows\s*:\s*/i;
/** "… Trustee Sterdivant were present", "Daniel, Braden and Cate were in attendance": the list, then what it says of them. */
const LIST_THEN_PRESENT = /^(\p{Lu}.*?)\s+were\s+(?:all\s+)?(?:present|in\s+attendance)$/u;
/** "Clerk Moss was also present", "City Attorney Bill Kabeiseman was also present": one more person, not a member. */
const ALSO_PRESENT = /^(\p{Lu}.*?)\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)$/u;
/** "Trustee Piacentini Absent", "Trustee Sterdivant (Excused Absent)": a member named in the list who was not there. */
const MARKED_ABSENT = /\s*(?:\((?:excused\s+)?absent\)|\b(?:excused\s+)?absent)$/i;
/** A sentence's end: a full stop after a word (not an initial's), then a capital. */
const SENTENCE_END = /(?<=\p{Ll}{2}|\))\.\s+(?=\p{Lu})/u;
/** "Present:" over the rest of a list wrapped onto an indented line, the whole a sentence ending "were present." */
const PRESENT_LABEL = /^\s*Present\s*:\s*/i;

/**
 * The list's people, each a capitalised name (and title) parted by commas or a last "and": at least two of them. "The
 * Town Clerk and Deputy Town Clerk were in attendance" names offices in a sentence, not members called by name.
 */
function isListOfPeople(list: string): boolean {
  const entries = list.split(/,\s*(?:and\s+)?|\s+and\s+/).filter((entry) => entry.trim() !== '');
  return entries.length >= 2 && entries.every((entry) => /^\p{Lu}/u.test(entry.trim()) && !/^(?:The|A|An|All|Both)\s/.test(entry.trim()) && entry.trim().split(/\s+/).length <= 6);
}

/** The labelled lines a roll-call sentence says, or null when the line holds none. */
function labelledRollCall(line: string): string[] | null {
  const [first, ...rest] = line.trim().replace(/\.$/, '').split(SENTENCE_END);
  const opening = MEMBERS_PRESENT_WERE.exec(first);
  const listed = opening ? first.slice(opening[0].length) : LIST_THEN_PRESENT.exec(first.replace(ROLL_CALL_OPENING, '').replace(PRESENT_LABEL, ''))?.[1];
  if (listed === undefined || !isListOfPeople(listed)) return null;
  const entries = listed.split(/,\s*(?:and\s+)?(?=\p{Lu})|\s+and\s+(?=\p{Lu})/u);
  const absent = entries.filter((entry) => MARKED_ABSENT.test(entry)).map((entry) => entry.replace(MARKED_ABSENT, ''));
  const present = entries.filter((entry) => !MARKED_ABSENT.test(entry));
  const labelled = [`Present: ${present.join(', ')}`];
  if (absent.length > 0) labelled.push(`Absent: ${absent.join(', ')}`);
  const others: string[] = [];
  for (const sentence of rest) {
    const also = ALSO_PRESENT.exec(sentence.trim());
    if (also && others.length === 0) labelled.push(`Also present: ${also[1]}`);
    else others.push(sentence.trim());
  }
  return others.length > 0 ? [...labelled, '', `${others.join('. ')}.`] : labelled;
}

/**
 * How far down a document a roll-call sentence is looked for: the roll call opens the minutes, and further down "Mr Hale
 * and Mrs Kent were present" is the discussion's text, kept as it is.
 */
const ROLL_CALL_REACH = 60;

/** Whether a line may hold a roll-call sentence: the cheap test first, as every line is tried. */
const mayHoldRollCall = (line: string) => line.includes(' present') || line.includes(' attendance');

/**
 * `lines` with each roll-call sentence set as the labelled lists it says; the same array when none holds one. A
 * "Present:" line whose list wraps onto indented lines and ends "… were present." is read whole.
 */
export function withRollCallSentencesAsLists(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    if (index >= ROLL_CALL_REACH) {
      result?.push(...lines.slice(index));
      break;
    }
    let line = lines[index];
    let taken = 1;
    // "Present: Mayor Ann Hale, Councilors Bo Reyes," / "    Di Marsh, and Al Kent were present. …": the label's list, wrapped.
    if (PRESENT_LABEL.test(line) && !mayHoldRollCall(line.replace(PRESENT_LABEL, ' ')) && /^\s+\S/.test(lines[index + 1] ?? '') && (lines[index + 1].includes(' were present') || lines[index + 1].includes(' were in attendance'))) {
      line = `${line.trimEnd()} ${lines[index + 1].trim()}`;
      taken = 2;
    }
    const labelled = mayHoldRollCall(line) ? labelledRollCall(line.replace(/^#{1,6}\s+/, '')) : null;
    // "Clerk Moss was also present." wrapped onto the next line at the sentence's end (a printed page's line).
    const alsoPresent = labelled && labelled[labelled.length - 2] !== '' ? ALSO_PRESENT.exec((lines[index + taken] ?? '').trim().replace(/\.$/, '')) : null;
    if (labelled && alsoPresent) {
      labelled.push(`Also present: ${alsoPresent[1]}`);
      taken += 1;
    }
    if (labelled) {
      result ??= lines.slice(0, index);
      result.push(...labelled);
      index += taken - 1;
    } else result?.push(lines[index]);
  }
  return result ?? lines;
}
