// "Minutes of a meeting of the Development Committee held in the Council Chamber … at 9.30 am when there were present:":
// printed minutes end their opening sentence with the label of the list under it. The label is set on a line of its own,
// as "Present:" heads the list in most minutes, so that the attendance rules read the names under it; so is a list run
// on after the opening sentence's full stop.
import { contentEndsWithOneOf, lastContentCharacter } from '../patterns';

/**
 * "… when there were present:", "… at which there were present:", "… there being present:", an Indian institute's board
 * "… in the presence of the following members:" or "… and the following members were present:": the sentence's closing label
 * (an English town's "…, the following members were present: –", a dash after its colon, as a typed list's label may have).
 */
const PRESENT_AT_END = /\s+(?:(?:(?:when|at\s+which)\s+there\s+were|there\s+being)\s+present|in\s+the\s+presence\s+of\s+the\s+following\s+(?:members|persons)|(?:and\s+)?the\s+following\s+members\s+were\s+present)\s*:\s*(?:[-–—]\s*)?$/i;

/**
 * "Minutes of the Council Meeting held on … at the Guildhall. Present: Councillors …", "… Aberwern. Presennol /Present
 * —Y Cynghorwyr /Councillors …": the opening sentence, then the list of those present run on after its full stop.
 */
const PRESENT_AFTER_OPENING = /^(?:Draft\s+)?Minutes?\s+of\b[^.]{0,200}?\bheld\b.{0,300}?\.(?=\s+(?:\p{Lu}\p{Ll}+\s?\/\s?)?Present\s*[:–—-])/u;

/**
 * "Opened the meeting and declared a quorum present. Selectmen present: A, B, C. Also present: …", "The meeting was called
 * to order at 7:00 p.m. by Chairman Hale. Selectmen present included Ann Marsh and Tom Reade.": a small board's opening
 * sentence, then the list of its members present run on after the full stop, labelled with what they are.
 */
const MEMBERS_PRESENT_AFTER_SENTENCE = /^.{0,200}?\p{Ll}\.(?=\s+(?:Selectmen|Senators|Aldermen|Councilmembers|Commissioners|Directors|Trustees|Governors|Members|Board members)\s+present(?:\s*:|\s+included\s))/u;

/**
 * "The meeting was held in the Moot Courtroom. Present: Ann Hale, Ben Ruiz, Cara Diaz, … Absent: …": a web page's
 * minutes run the list of those present on after the opening sentence, a list of three names or more. A planning
 * commission's "… called the meeting to order @ 6:00 p.m. Present: Commissioners A, B, C and D; City Planner E.
 * Absent: …" ends its sentence in the hour, and "Chairman Abels requested the roll call: Present: …" (or "… asked the
 * secretary to call the roll: Present: …") in a colon.
 */
const PRESENT_LIST_AFTER_SENTENCE = /^.{0,400}?(?:(?:\p{Ll}{2}|\b[ap]\.m|\d)\.|\broll(?:\s+call)?:)(?=\s+Present\s*:\s*(?:\p{Lu}[^,:]{1,40},\s*){2}\p{Lu})/u;
/**
 * "I. Call to Order: Chair Freeman called the meeting to order @ 6:00 p.m. Present: …", "A. Chairman Abels requested the
 * roll call: Present: …": an item's (or its lettered paragraph's) own text, whose list the item's attendance rules read
 * (attendance-items.ts); set apart here, the item's heading would be read into the header above the list.
 */
const NUMBERED_OPENING = /^\s*(?:[IVX]{1,5}|\d{1,2}|[A-H])\.\s/;
/** ", Absent: …" inside such a list: the next list, after a comma where a full stop would end the first. */
const NEXT_LIST_AFTER_COMMA = /,\s+(?=(?:Absent|Excused|Also\s+present)\s*:)/g;

/**
 * "Meeting was called to order at 7:30 p.m. with the pledge to the flag. Members Bob Cook, Ann Hale, and Greg Lotter were
 * present.": a township board's opening sentence, then its roll call, a sentence ending "were present" (read as a list
 * by the roll-call sentences' rule once it opens its line).
 */
const ROLL_AFTER_CALL_TO_ORDER = /^.{0,200}?\b(?:called\s+to\s+order|opened|convened)\b.{0,160}?(?:\p{Ll}{2}|\d|\b[ap]\.m)\.(?=\s+(?:(?:Board\s+|Council\s+)?Members\s+)?\p{Lu}[^.()]{3,400}?\s+were\s+(?:all\s+)?(?:present|in\s+attendance)\.)/u;

/**
 * The list of members present set before the opening sentence it was run on after, and the sentences after a list
 * that "included" them on a line of their own: the attendance rules read the list, and the opening sentence, under it,
 * opens the minutes (above the list, it was read into the header and lost).
 */
function membersPresentFirst(opening: string, list: string): string[] {
  const listEnd = / included /.test(list) ? /(?<=\p{Ll}{2}\.)\s+(?=\p{Lu})/u.exec(list) : null;
  return listEnd ? [list.slice(0, listEnd.index), '', opening, list.slice(listEnd.index).trim()] : [list, '', opening];
}

/**
 * "The following members could not attend the meeting and the leave of absence was" / "granted to them:": a sentence
 * introducing a list of people, wrapped before its closing colon.
 */
const FOLLOWING_MEMBERS_WRAPPED = /^\s*The\s+following\s+(?:[a-z]+\s+){0,2}?(?:could\s+not\s+attend|were\s+(?:present|absent))\b[^:]*$/i;

/**
 * "Mayor Cr. R S Loughnan chaired the meeting Cr. J P Bartels, Cr. J L Chambers, … and Lauren Fraser Minutes Officer in
 * attendance.": an Australian council's opening sentence naming who chaired and who attended, with no label.
 */
const CHAIRED_WITH_ATTENDANCE = /^(\p{Lu}.{2,60}?)\s+chaired\s+the\s+meeting(?:\s+with)?[\s,:]+(\p{Lu}.{10,}?)\s+(?:were\s+)?in\s+attendance\.?\s*$/u;
/** How far into its line such a sentence says who chaired: a line saying so further on (a long line, perhaps a whole document) is not read with the lines after it. */
const CHAIRED_REACH = 100;

/**
 * "The Cathaoirleach, Cllr. H. Kenny, was in the Chair.", "An Cathaoirleach Councillor Jo Deane presided." (Irish county
 * councils): who chaired, told in a sentence of its own over the lists of those present; set as the chair's label.
 */
/** A Hansard's "[The Deputy Speaker (Hon. Kenga) in the Chair]": who chaired the sitting, in brackets under the time it met. */
const BRACKETED_CHAIR = /^\s*\[(?:The\s+)?(?:(?:Deputy|Temporary)\s+)?(?:Speaker|Chair(?:man|woman|person)?)\s+\(([^()]{3,60})\)\s+in\s+the\s+Chair\]\s*$/;
const CHAIR_SENTENCE = /^\s*(?:(?:An|The)\s+)?(?:(?:Cathaoirleach|Chair(?:man|woman|person)?|(?:Deputy\s+|Lord\s+)?Mayor|President|Reeve|Warden),?\s+)?((?:Cllr|Councillor|Cr|Alderman|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’. -]{1,40}?),?\s+(?:presided|was\s+in\s+the\s+[Cc]hair)\.?\s*$/u;
/** A chair's label alone on its line, the sentence under it naming who chaired. */
const BARE_CHAIR_LABEL = /^\s*(?:Cathaoirleach|Chair(?:man|woman|person)?|In\s+the\s+Chair)\s*:?\s*$/i;
/** How far down the minutes such a sentence is read: further down, who chaired an item is the discussion's. */
const CHAIR_SENTENCE_LINES = 80;

/** The last character of a line ending in such a label: its colon, or the dash after it. */
const LABEL_END = ':-–—';

/** How far into its line a sentence naming those present (the patterns above, each a bounded reach) says so. */
const SENTENCE_REACH = 1000;
/** A sentence saying who chaired is a line of its own, no longer than this. */
const MAX_CHAIR_SENTENCE = 400;

/** How many lines such a sentence may be printed over. */
const MAX_SENTENCE_LINES = 8;

/** The sentence starting at `index`, its lines joined up to the one ending in a full stop (or the paragraph's end), and its last line. */
function sentenceLines(lines: string[], index: number): { text: string; last: number } {
  let last = index;
  while (last + 1 < lines.length && last - index < MAX_SENTENCE_LINES && !contentEndsWithOneOf(lines[last], '.') && lines[last + 1].trim() !== '') last += 1;
  return { text: lines.slice(index, last + 1).map((line) => line.trim()).join(' '), last };
}

/**
 * "…, Director Infrastructure – Glen Marsh, …": an officer in such a sentence, the office first and the name after a
 * dash; set as "Glen Marsh (Director Infrastructure)", so the comma before it parts it from the councillor before.
 */
/**
 * "A REGULAR MEETING OF THE COUNCIL OF THE CITY OF … WAS HELD THIS 4TH DAY OF MARCH, 2025 AT 9:30 A.M.  THOSE PRESENT
 * WERE:  Mayor …": a US city's opening sentence, in the title's capitals, then its list of those present run on.
 */
const THOSE_PRESENT_AFTER_SENTENCE = /^.{0,400}?\.(?=\s+(?:THOSE\s+PRESENT\s+WERE|Those\s+present\s+were)\s*:)/u;
/** "Mayor Dale, Presiding;": the member who chaired, the office after a comma where a list's next entry would stand. */
const PRESIDING_AFTER_COMMA = /,\s*(Presiding)(?=\s*[;,]|\s*$)/;
const withPresidingInBrackets = (list: string) => (list.includes('Presiding') ? list.replace(PRESIDING_AFTER_COMMA, ' ($1)') : list);
const OFFICE_DASH_NAME = /(?<=,\s)((?:\p{Lu}[\p{L}'’-]*\s){0,5}\p{Lu}[\p{L}'’-]*)\s+[–—-]\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?=,|\s+and\s|$)/gu;

/** `lines` with such a sentence's closing label, or the list run on after it, set on a line of its own; the same array when no line holds one. */
export function withPresentLabelApart(lines: string[]): string[] {
  let split: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Its two lines joined, so that the attendance rules read the sentence's label whole.
    if (line.startsWith('The') && index + 1 < lines.length && lastContentCharacter(lines[index + 1]) === ':' && FOLLOWING_MEMBERS_WRAPPED.test(line)) {
      (split ??= lines.slice(0, index)).push(`${line.trimEnd()} ${lines[index + 1].trim()}`);
      index += 1;
      continue;
    }
    const last = lastContentCharacter(line);
    const label = last !== '' && LABEL_END.includes(last) ? PRESENT_AT_END.exec(line) : null;
    const opening = label === null && line.startsWith('M') ? PRESENT_AFTER_OPENING.exec(line) : null;
    // The sentences below open their lines, read so far in: a long line (a document run onto one) is looked into no further.
    const lead = line.length > SENTENCE_REACH ? line.slice(0, SENTENCE_REACH) : line;
    const membersPresent = label === null && opening === null && lead.includes(' present') ? (MEMBERS_PRESENT_AFTER_SENTENCE.exec(line) ?? ROLL_AFTER_CALL_TO_ORDER.exec(line)) : null;
    const listed =
      label === null && opening === null && membersPresent === null
        ? (lead.includes('. Present') || lead.includes('call: Present') || lead.includes('roll: Present')) && !NUMBERED_OPENING.test(line)
          ? PRESENT_LIST_AFTER_SENTENCE.exec(line)
          : lead.includes('RESENT WERE') || lead.includes('resent were')
            ? THOSE_PRESENT_AFTER_SENTENCE.exec(line)
            : null
        : null;
    const chairedAt = line.indexOf(' chaired the meeting');
    const sentence = chairedAt !== -1 && chairedAt <= CHAIRED_REACH ? sentenceLines(lines, index) : null;
    const chaired = sentence === null ? null : CHAIRED_WITH_ATTENDANCE.exec(sentence.text);
    const chairSentence = index < CHAIR_SENTENCE_LINES && line.length <= MAX_CHAIR_SENTENCE && (line.includes('presided') || line.includes(' the Chair') || line.includes(' the chair')) ? (CHAIR_SENTENCE.exec(line) ?? BRACKETED_CHAIR.exec(line)) : null;
    if (chairSentence) {
      split ??= lines.slice(0, index);
      // "CATHAOIRLEACH:" alone over the sentence (Sligo's web page): the label is the sentence's, taken with it.
      const lastLine = split.findLastIndex((above) => above.trim() !== '');
      if (lastLine >= 0 && BARE_CHAIR_LABEL.test(split[lastLine])) split.splice(lastLine);
      split.push(`Present: ${chairSentence[1]} (Chair)`);
    } else if (chaired) {
      (split ??= lines.slice(0, index)).push(`Chair: ${chaired[1]}`, `Present: ${chaired[2].replace(OFFICE_DASH_NAME, '$2 ($1)')}`);
      index = sentence!.last;
    } else if (label) (split ??= lines.slice(0, index)).push(line.slice(0, label.index), 'Present:');
    else if (opening) (split ??= lines.slice(0, index)).push(opening[0], line.slice(opening[0].length).trim());
    else if (membersPresent) (split ??= lines.slice(0, index)).push(...membersPresentFirst(membersPresent[0], line.slice(membersPresent[0].length).trim()));
    else if (listed) (split ??= lines.slice(0, index)).push(listed[0], ...withPresidingInBrackets(line.slice(listed[0].length).trim()).split(NEXT_LIST_AFTER_COMMA));
    else split?.push(line);
  }
  return split ?? lines;
}
