// Attendance records: "Present:", "In attendance:", "Apologies:" blocks and "Apologies were received from …"
// sentences → attendees with a role and a kind of attendance.
import type { Attendee, AttendanceKind } from '../../core/types';
import { collapseWhiteSpace } from './patterns';

const LABELS: ReadonlyArray<{ pattern: RegExp; attendance: AttendanceKind }> = [
  { pattern: /^(?:members?|councillors?|council\s*members?|trustees?|governors?)\s+(?:not\s+present|absent)\b/i, attendance: 'absent' },
  { pattern: /^absent\b/i, attendance: 'absent' },
  { pattern: /^apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|given|noted|accepted)(?:\s+and\s+(?:accepted|noted|approved))?(?:\s+from)?)?\b/i, attendance: 'apologies' },
  { pattern: /^(?:[A-Z][\w&'’-]*\s+){1,4}(?:officers?|officials?)(?:\s+(?:present|in\s+attendance))?(?=\s*:)/i, attendance: 'in attendance' },
  {
    pattern: /^(?:also\s+(?:present|in\s+attendance)|in\s+attendance|(?:officers?|officials?)(?:\s+(?:present|in\s+attendance))?|present\s+to\s+respond[^:]*|cabinet\s+members|clerk|staff(?:\s+present)?|attending)\b/i,
    attendance: 'in attendance',
  },
  {
    pattern: /^(?:(?:members?|councillors?|panel\s+members?|committee\s+members?|governors?|trustees?|directors?|board\s+members?|council\s*members?)\s+present|present|sederunt|attendees|attendance)\b/i,
    attendance: 'present',
  },
];

/** The line without Markdown bold marks; most lines have none, and a plain test is cheaper than a pattern's replace. */
const withoutBold = (line: string) => (line.includes('**') ? line.replaceAll('**', '') : line);

/** "ROLL CALL: Council Members Present: …": the US heading before the label it introduces. */
const ROLL_CALL = /^roll\s+call\s*:\s*/i;
/** Where a second label starts on an attendance line: after a full stop or semicolon, a few words and a colon. */
const INLINE_LABEL = /[.;]\s+(?=[A-Z][A-Za-z ]{0,40}:)/;

/** "Chair: Mrs J Kerr", "Presiding: Cllr S Ó Briain": the person who chaired, labelled with the office. */
const CHAIR_LABEL = /^(?:Chair(?:man|woman|person)?|In the Chair|Presiding|Cathaoirleach)\s*:\s*(\S.*)$/i;

/** A label that starts an attendance block: "Present:", "PRESENT", "Members present:", "In attendance -". */
export function attendanceLabelOf(line: string): { attendance: AttendanceKind; rest: string } | null {
  const text = withoutBold(line).replace(ROLL_CALL, '').trim();
  if (text === '' && line.trim() !== '') return { attendance: 'present', rest: '' };
  const chair = text.length < 120 ? CHAIR_LABEL.exec(text) : null;
  // The chair is present; a name with no office of its own after it takes the label's.
  if (chair) return { attendance: 'present', rest: /[(,–—]|\s-\s/.test(chair[1]) ? chair[1] : `${chair[1]} (Chair)` };
  // Bilingual labels: "Yn bresennol / Present:".
  const translated = /^[^:/]{1,40}?\s\/\s+(.*)$/.exec(text);
  return labelOf(text) ?? (translated ? labelOf(translated[1]) : null);
}

function labelOf(text: string): { attendance: AttendanceKind; rest: string } | null {
  for (const { pattern, attendance } of LABELS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const after = text.slice(match[0].length);
    const separated = /^\s*(?:[:–—-]+|\.\s|$)/.exec(after);
    if (!separated) continue;
    return { attendance, rest: after.slice(separated[0].length).trim() };
  }
  return null;
}

/** Letters after a name, and acronyms that qualify a role ("Community Safety Manager, CSU"). */
const HONOURS = /^(?:O\.?B\.?E|M\.?B\.?E|C\.?B\.?E|K\.?B\.?E|J\.?P|D\.?L|Q\.?P\.?M|B\.?E\.?M|K\.?C|Q\.?C|MP|MEP|FCA|CPFA|BSc|MA|PhD)\b|^[A-Z&-]{2,6}$/;
const NOT_A_PERSON =
  /\b(?:members? of (?:the )?public|press|public|residents?|none|nil|no apologies|observers?|visitors?)\b|^(?:Non-)?(?:Executive|Independent|Elected|Co-opted|Voting|Non-voting)?\s*(?:Members|Officers|Directors|Councillors|Governors|Trustees|Representatives)$/i;
const ROLE_NAMES: ReadonlyArray<{ pattern: RegExp; role: string }> = [
  { pattern: /^(?:in the )?vice[- ]?chair(?:man|woman|person)?$|^leas-ch?athaoirleach$/i, role: 'Vice-Chair' },
  { pattern: /^(?:in the )?chair(?:man|woman|person)?(?: of the (?:meeting|committee|council|panel))?$|^presiding$|^mayor$|^cathaoirleach$/i, role: 'Chair' },
];
const PERSON_TITLE = /^(?:Cllr|Councillor|Cr|Councilmember|Council Member|Trustee|County|District|Borough|Parish|Town|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd|Sir|Dame|Lord|Lady|PC|PCSO|Sgt|Insp|Inspector|Supt|Superintendent|Chief|DCI|DI|DS|Alderman|Mayor)\b\.?/;

/** "Chairman" → "Chair"; "the Clerk" → "Clerk"; other offices kept as printed. */
export function normaliseRole(printed: string): string {
  const role = printed
    .replace(/^[^/]{1,30}\/\s*/, '').replace(/\s+/g, ' ').replace(/^(?:the|as)\s+/i, '').replace(/[.,;:]+$/, '').trim();
  return ROLE_NAMES.find(({ pattern }) => pattern.test(role))?.role ?? role;
}

/** "Cllr A Smith (Chairman)", "Councillor J Smith - Chairman", "Mrs C Green, Clerk", "Cllr B Jones in the Chair". */
function attendeeOf(entry: string, attendance: AttendanceKind): Attendee | null {
  let text = collapseWhiteSpace(entry).replace(/^(?:and|&)\s+/i, '').replace(/[.;:,]+$/, '').trim();
  if (text === '' || /^\d/.test(text)) return null;
  let role: string | null = null;
  const dashed = /\s+[–—-]\s+(.+)$/.exec(text);
  const bracketed = /\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/.exec(text);
  if (dashed) {
    text = text.slice(0, dashed.index).trim();
    role = normaliseRole(dashed[1]);
  } else if (bracketed) {
    text = text.slice(0, bracketed.index).trim();
    role = normaliseRole(bracketed[1]);
  }
  // "Councillor R Ashdown (Leader of the Council) (Chair)": the name ends before its first bracket.
  const earlier = role && /\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/.exec(text);
  if (earlier) {
    text = text.slice(0, earlier.index).trim();
    if (!ROLE_NAMES.some(({ role: known }) => known === role)) role = normaliseRole(earlier[1]);
  }
  if (role && /\bin the chair\b/i.test(role)) role = 'Chair';
  // "Chief Executive (Ms M Farrant)": the office is printed first and the person in brackets.
  if (role && PERSON_TITLE.test(role) && (!PERSON_TITLE.test(text) || CHIEF_OFFICE.test(text)) && OFFICE_WORDS.test(text)) [text, role] = [role, text];
  // "Town Administrator Carol Whitney", "City Manager Dean Pruitt": an office before an untitled name.
  const officeFirst = role === null ? OFFICE_BEFORE_NAME.exec(text) : null;
  if (officeFirst) {
    text = officeFirst[2];
    role = normaliseRole(officeFirst[1]);
  }
  const inTheChair = /\s+(?:in the chair|presiding)$/i.exec(text);
  if (inTheChair) {
    text = text.slice(0, inTheChair.index).trim();
    role = 'Chair';
  }
  if (!/^\p{Lu}/u.test(text) || text.split(' ').length > 8 || !/\p{Ll}/u.test(text) || NOT_A_PERSON.test(text)) return null;
  return { name: text, role, attendance };
}

const OFFICE_WORDS =
  /\b(?:Clerk|RFO|Chair\w*|Officer|Manager|Director|Holder|Leader|Head|Commissioner|Chief|Deputy|Assistant|Lead|Secretary|Treasurer|Solicitor|Advis[eo]r|Executive|Controller|Engineer|Planner|Co-?ordinator|Minute Taker|Administrator|Attorney|Headteacher|Governor|(?:Independent|Lay|Executive|Non-Executive|Associate|Co-opted|Board) Member|Cathaoirleach|Leas-Chathaoirleach)\b/i;

/**
 * Splits at `separator` wherever no bracket is open: "(Police and Crime Commissioner)" stays whole. The separator is a
 * sticky pattern whose matches start with white space, a comma or a semicolon, and go on alike from anywhere in a run
 * of white space: it is tried only where a match can start, and once per run (tried at every character, a long run of
 * spaces was read to its end from each of them).
 */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let failedInRun = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const isSpace = char.trim() === '';
    if (char === '(' || char === '[') depth += 1;
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    else if (depth === 0 && (isSpace ? !failedInRun : char === ',' || char === ';')) {
      separator.lastIndex = index;
      const match = separator.exec(text);
      if (match && match[0].length > 0) {
        parts.push(text.slice(start, index));
        start = index + match[0].length;
        index = start - 1;
        failedInRun = false;
        continue;
      }
    }
    failedInRun = isSpace && (failedInRun || depth === 0);
  }
  parts.push(text.slice(start));
  return parts;
}

/** Splits a list at commas, semicolons and "and", keeping honours ("Mr P M Hill, OBE") and "Name, Clerk" roles with the name. */
function splitList(list: string): string[] {
  const parts = splitOutsideBrackets(list, /\s*[;,]\s*|\s+and\s+(?=[A-Z])|\s+&\s+/y).filter((part) => part.trim() !== '');
  const entries: string[] = [];
  for (const part of parts) {
    const previous = entries.length - 1;
    const isQualifier = HONOURS.test(part) || /^\(/.test(part);
    const isRoleOfPrevious =
      previous >= 0 &&
      (!PERSON_TITLE.test(part) || CHIEF_OFFICE.test(part)) &&
      !OFFICE_BEFORE_NAME.test(part) &&
      OFFICE_WORDS.test(part) &&
      !entries[previous].includes('(') &&
      (PERSON_TITLE.test(entries[previous]) || (UNTITLED_NAME.test(entries[previous]) && !OFFICE_WORDS.test(entries[previous])));
    if (previous >= 0 && isQualifier) entries[previous] += `, ${part}`;
    else if (previous >= 0 && isRoleOfPrevious) entries[previous] += ` (${part})`;
    else entries.push(part);
  }
  return withSharedTitles(entries.map((entry) => entry.replace(/, \(/g, ' (')));
}

const SHARED_TITLE = /^((?:County |District |Borough |Town |Parish )?)(Cllrs|Councillors|Messrs|Crs|Councilmembers|Trustees)\.?\s+/;
const SINGULAR_TITLES: Readonly<Record<string, string>> = { Messrs: 'Mr', Cllrs: 'Cllr', Councillors: 'Councillor', Crs: 'Cr', Councilmembers: 'Councilmember', Trustees: 'Trustee' };
/** "Chief Executive", "Chief Fire Officer": an office, though "Chief" can start a title ("Chief Inspector Lee"). */
const CHIEF_OFFICE = /^Chief\s+(?:Executive|Officer|Fire Officer|Finance Officer|Operating Officer|Constable)\b/;
const OFFICE_BEFORE_NAME =
  /^((?:(?:Town|City|Village|County|Borough|Finance|Deputy|Assistant|Vice|Chief|Executive|Planning|Public Works)\s+){0,3}(?:Chair(?:man|woman|person)?|Administrator|Director|Manager|Clerk|Attorney|Engineer|Treasurer|Secretary|Solicitor))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+)$/u;
/** A name with no title: two to four capitalised words ("Dean Pruitt"). */
const UNTITLED_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** "Cllrs Morgan (Mayor), Ellis and Quinn": a plural title covers the untitled names after it. */
function withSharedTitles(entries: string[]): string[] {
  let shared: string | null = null;
  return entries.map((entry) => {
    const plural = SHARED_TITLE.exec(entry);
    if (plural) {
      shared = plural[1] + SINGULAR_TITLES[plural[2]];
      return `${shared} ${entry.slice(plural[0].length)}`;
    }
    if (PERSON_TITLE.test(entry)) shared = null;
    return shared && !HONOURS.test(entry) ? `${shared} ${entry}` : entry;
  });
}

export function attendeesFromList(rawList: string, attendance: AttendanceKind): Attendee[] {
  const list = rawList.trim();
  // One person with an office after a dash: "Tony Henley – Community Safety Manager, CSU".
  const entries = (list.match(/\s[–—-]\s/g) ?? []).length === 1 ? [list] : splitList(list);
  return entries
    .map((entry) => attendeeOf(entry, attendance))
    .filter((attendee): attendee is Attendee => attendee !== null);
}

export interface AttendanceOptions {
  /** In PDF text a line that ends in a space was wrapped and goes on in the next line. */
  trailingSpaceWraps: boolean;
  /**
   * Past this line, reading stops at the first line that is neither a label nor in a list, and at an
   * "Apologies" label standing alone (there it heads an agenda item). Infinity to read every line.
   */
  stopAfter?: number;
}

const PERSON_START = /^(?:[•·*-]\s+)?(?:Cllrs?|Councillors?|Crs?|Councilmembers?|Mayor|County|District|Borough|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Sir|Dame|Lord|Lady|PC|Insp|Inspector|Supt|Chief)\b/;
/** A name without a title: capitalised words (initials allowed), then the end, a comma, a bracket or a dash. */
const NAME_AT_START = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]+(?:\s*(?:[–—,(-]|$))/u;
const NOT_A_LIST = /\b(?:was|were|is|are|had|has|held|meeting|opened|welcomed|declared|noted|received|reported|explained|minutes?)\b/i;

/** A line that can belong to a list of people: it starts with a title, or is a short capitalised line that is not a sentence. */
function looksLikeListLine(line: string): boolean {
  if (/^(?:\d|(?:Item|Minute|Agenda item)\s+\d)/i.test(line)) return false;
  if (PERSON_START.test(line)) return true;
  return NAME_AT_START.test(line) && line.split(/\s+/).length <= 14 && !NOT_A_LIST.test(line);
}

/** The heading row of a table of people: "Name    Role". */
const COLUMN_HEADINGS = /^(?:Name|Member|Attendee)s?\s{2,}(?:Role|Position|Title|Organisation|Representing|Capacity|Office)$/i;

/** Which cells of a table's rows hold the name, role and attendance, and the attendance when no cell says. */
interface TableColumns {
  name: number;
  role: number | null;
  attendance: number | null;
  kind: AttendanceKind;
}

/** A table row's cells: "| Jenny Fowler | Chair | Present |" or "Jenny Fowler    Chair    Present"; null for a line of prose. */
function cellsOf(line: string): string[] | null {
  if (/^\|.*\|$/.test(line)) return line.slice(1, -1).split('|').map((cell) => cell.trim());
  const cells = line.split(/\s{2,}/);
  return cells.length >= 2 ? cells : null;
}

/** Column headings over an item list ("Item    Action", "Minute    Lead"): not people. */
const ITEM_COLUMN_HEADINGS = /^(?:Item|Minute|Min(?:ute)? No\.?|No\.?)\s{2,}(?:Item|Action|Lead|By|Owner|Subject)$/i;
const TABLE_HEADING_WORDS =
  /^(?:Name|Member|Attendee|Governor|Councillor|Trustee|Director|Role|Position|Title|Organisation|Representing|Capacity|Office|Type|Category|Attendance|Attended|Present|Status|Present\/Apologies|Notes?|Initials|)s?$/i;

/** The heading row of a table of people: a "Name" column, with "Role" and "Attendance" columns if it has them. */
function tableColumnsOf(cells: string[]): TableColumns | null {
  const find = (pattern: RegExp) => {
    const index = cells.findIndex((cell) => pattern.test(cell));
    return index === -1 ? null : index;
  };
  const name = find(/^(?:Name|Member|Attendee|Governor|Councillor|Trustee|Director)s?$/i);
  if (name === null || cells.length > 5 || !cells.every((cell) => TABLE_HEADING_WORDS.test(cell))) return null;
  const attendance = find(/^(?:Attendance|Attended|Present|Status|Present\/Apologies)$/i);
  const role = find(/^(?:Role|Position|Title|Organisation|Representing|Capacity|Office|Type|Category)$/i);
  if (attendance === null && role === null) return null;
  return { name, role, attendance, kind: 'present' };
}

/** "Mr Samuel Osei    Chief Executive" (tab-aligned columns or a table row): the second column is the role. */
function inColumns(line: string): string {
  const columns = /^(\S.*?\S)\s{2,}(\S.*)$/.exec(line);
  return columns && !columns[1].includes('(') && !/[,;]/.test(columns[1]) ? `${columns[1]} (${columns[2]})` : line;
}

/**
 * Attendance blocks in a meeting's header: each label ("PRESENT:", "In attendance:", "Apologies") starts one;
 * its people follow on the same line and the lines after it, until a line that is no list of people.
 * Returns the people and the indexes of the lines they were read from.
 */
export function readAttendance(lines: string[], options: AttendanceOptions): { attendees: Attendee[]; used: Set<number> } {
  const attendees: Attendee[] = [];
  const used = new Set<number>();
  let open: { attendance: AttendanceKind; entries: string[] } | null = null;
  let wrapped = false;
  let labelHeadingLevel: number | null = null;
  const flush = () => {
    if (open) attendees.push(...open.entries.flatMap((entry) => attendeesFromList(entry, open!.attendance)));
    open = null;
  };
  const stopAfter = options.stopAfter ?? Infinity;
  let table: TableColumns | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index];
    const unbold = withoutBold(raw);
    const line = (unbold.startsWith('#') ? unbold.replace(/^#{1,6}\s+/, '') : unbold).trim();
    if (line === '') continue;
    // A table of people (Markdown pipes, or the columns of a Word or HTML table): one attendee per row.
    const cells = line.includes('|') || line.includes('  ') ? cellsOf(line) : null;
    const header = cells ? tableColumnsOf(cells) : null;
    if (header || (table && cells && /^[\s|:-]+$/.test(line))) {
      // Under "Apologies:" a table without an attendance column lists apologies.
      const kind: AttendanceKind = (open as { attendance: AttendanceKind } | null)?.attendance ?? (table as TableColumns | null)?.kind ?? 'present';
      flush();
      table = header ? { ...header, kind } : table;
      used.add(index);
      continue;
    }
    if (table && cells && cells.length > table.name && cells[table.name] !== '') {
      const role = table.role === null ? '' : (cells[table.role] ?? '');
      const attended = table.attendance === null ? '' : (cells[table.attendance] ?? '');
      const kind = /apolog/i.test(attended) ? 'apologies' : /absent|^no$|^n$|^✗$/i.test(attended) ? 'absent' : table.kind;
      attendees.push(...attendeesFromList(role === '' || role === '-' ? cells[table.name] : `${cells[table.name]} (${role})`, kind));
      used.add(index);
      continue;
    }
    table = null;
    if (ITEM_COLUMN_HEADINGS.test(line)) {
      flush();
      continue;
    }
    const label = attendanceLabelOf(line);
    // "### Apologies" under "### Attendance" (a heading of the same level) goes on with the attendance, not an item.
    const headingLevel = /^#{1,6}(?=\s)/.exec(raw.trim())?.[0].length ?? null;
    const besideLabel = headingLevel !== null && headingLevel === labelHeadingLevel;
    // "Apologies:" alone on its line under "Present:" and "In attendance:" blocks is one more block of them.
    const anotherBlock = /:$/.test(line) && (attendees.length > 0 || ((open as { entries: string[] } | null)?.entries.length ?? 0) > 0);
    if (index > stopAfter && label?.attendance === 'apologies' && label.rest === '' && !besideLabel && !anotherBlock) break;
    if (label && headingLevel !== null) labelHeadingLevel = headingLevel;
    const endsHeader = index > stopAfter && !label && (/^(?:#|\d)/.test(line) || !/[a-z]/.test(line) || line.length > 100);
    const current = open as { attendance: AttendanceKind; entries: string[] } | null;
    const last = current ? current.entries.length - 1 : -1;
    const openBracket = last >= 0 && (current!.entries[last].match(/\(/g) ?? []).length > (current!.entries[last].match(/\)/g) ?? []).length;
    const continues = current !== null && last >= 0 && (wrapped || openBracket || /(?:,|\band|&|\(|[–—-])$/.test(current.entries[last]) || /^[a-z(]/.test(line));
    if (label) {
      flush();
      // "Council Members Present: A, B. Council Members Absent: C.": a second label on the same line.
      let { attendance, rest } = label;
      for (let next = INLINE_LABEL.exec(rest); next; next = INLINE_LABEL.exec(rest)) {
        const following = attendanceLabelOf(rest.slice(next.index + next[0].length));
        if (!following) break;
        attendees.push(...attendeesFromList(rest.slice(0, next.index), attendance));
        ({ attendance, rest } = following);
      }
      open = { attendance, entries: rest === '' ? [] : [rest] };
      used.add(index);
    } else if (current && continues) {
      current.entries[last] += ` ${line}`;
      used.add(index);
    } else if (current && COLUMN_HEADINGS.test(line)) {
      used.add(index);
    } else if (current && looksLikeListLine(line) && (/[a-z]/.test(line) || PERSON_START.test(line))) {
      current.entries.push(inColumns(line.replace(/^[•·*-]\s+/, '')));
      used.add(index);
    } else {
      flush();
      if (endsHeader) break;
    }
    wrapped = options.trailingSpaceWraps && /\s$/.test(raw);
  }
  flush();
  return { attendees, used };
}

const APOLOGIES_SENTENCE =
  /\bapolog(?:y|ies)\s+(?:for\s+absence\s+)?(?:(?:were|was|had\s+been)\s+)?(?:received|given|noted|accepted|tendered|intimated|submitted)\s+(?:from|on\s+behalf\s+of|by)\s+([^.]+?)(?:\.(?:\s|$)|$)/i;
const ABSENT_SENTENCE = /\b(?:absent|not present)(?: without apolog(?:y|ies))?:?\s+((?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b[^.]+)/i;

/** People named in an item's own words: "Apologies for absence were received from Cllr X and Cllr Y." */
export function attendeesFromSentence(text: string): Attendee[] {
  const apologies = APOLOGIES_SENTENCE.exec(text);
  const absent = ABSENT_SENTENCE.exec(text);
  return [
    ...(apologies ? attendeesFromList(apologies[1].replace(/\s*\bwho\b.*$/, ''), 'apologies') : []),
    ...(absent ? attendeesFromList(absent[1], 'absent') : []),
  ];
}

/** One record per person: a name listed twice keeps its first listing, with a role from either. */
export function mergeAttendees(attendees: Attendee[]): Attendee[] {
  const byName = new Map<string, Attendee>();
  for (const attendee of attendees) {
    const key = attendee.name.toLowerCase();
    const known = byName.get(key);
    if (!known) byName.set(key, { ...attendee });
    else if (known.role === null) known.role = attendee.role;
  }
  return [...byName.values()];
}
