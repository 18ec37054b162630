// Dates, start times, bodies, venues and attendee lists as printed in meeting headers.

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

const DATE_PATTERN = new RegExp(
  String.raw`\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS.join('|')}),?\s+(\d{4})\b`,
  'i',
);
const TIME_PATTERN = /\b(\d{1,2})[.:](\d{2})\s*(am|pm)\b/i;

/** The first written date ("Tuesday, 28th March, 2017", "20 July 2017") as YYYY-MM-DD, or null. */
export function findDate(text: string): string | null {
  const match = DATE_PATTERN.exec(text.replace(/\s+/g, ' '));
  if (!match) return null;
  const day = Number(match[1]);
  const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The first written time ("2.00 pm") as 24-hour HH:MM, or null. */
export function findTime(text: string): string | null {
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  const hours = (Number(match[1]) % 12) + (match[3].toLowerCase() === 'pm' ? 12 : 0);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'by']);

/** "CRIME AND DISORDER (OVERVIEW AND SCRUTINY) COMMITTEE" → "Crime and Disorder (Overview and Scrutiny) Committee". */
export function titleCaseHeading(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word, index) => {
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(/^([^a-z]*)([a-z])/, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
    })
    .join(' ');
}

/** Words that say what kind of authority a council is, not which one. */
const GENERIC_COUNCIL_WORDS = new Set(['county', 'borough', 'district', 'city', 'council', 'metropolitan', 'london', 'of', 'the', 'and']);

/**
 * A committee named without its authority ("Crime and Disorder (Overview and Scrutiny) Committee") is
 * qualified with the council heading above it; a name that already says whose it is ("Kent and Medway
 * Police and Crime Panel" under "KENT COUNTY COUNCIL") is kept as printed.
 */
export function qualifyBody(committee: string, councilHeading: string | null): string {
  if (!councilHeading) return committee;
  const council = titleCaseHeading(councilHeading);
  const committeeWords = new Set(committee.toLowerCase().split(/\W+/));
  const distinctive = council.toLowerCase().split(/\W+/).filter((word) => word && !GENERIC_COUNCIL_WORDS.has(word));
  return distinctive.some((word) => committeeWords.has(word)) ? committee : `${council} ${committee}`;
}

/** "Council Chamber, Sessions House, County Hall, Maidstone. View directions" → the place only. */
export function cleanVenue(venue: string): string | null {
  const cleaned = venue.replace(/\.?\s*View directions\.?\s*$/i, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

const PERSON_TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Insp\.?|Sir|Dame)\b`;
/** Splits "Mr P M Hill, OBE (Chairman), Mr Gurvinder Sandher (Vice-Chairman) and Cllr B Bradford". */
const BETWEEN_PEOPLE = new RegExp(String.raw`,\s+(?=${PERSON_TITLE})|\s+and\s+(?=${PERSON_TITLE})`);

/** Sections of an attendance block that list people who were there (ABSENT and apologies are left out). */
const ATTENDING_LABEL = /^(?:PRESENT|ALSO PRESENT|IN ATTENDANCE|CABINET MEMBERS|PRESENT TO RESPOND[^:]*)\s*:-?\s*/;
const OTHER_LABEL = /^(?:[A-Z][A-Z ,&'’()-]+|[A-Z][A-Za-z ]+ Officers)\s*:-?\s*/;

/**
 * People under PRESENT, ALSO PRESENT, IN ATTENDANCE (and officer lists) in a printed attendance block.
 * One person per line, or several per line separated by commas before a title (Mr, Cllr, ...);
 * a line ending in a space was wrapped by the PDF and continues on the next line.
 */
export function parseAttendees(lines: string[]): string[] {
  const entries: string[] = [];
  let attending = false;
  let pending = '';
  const flush = () => {
    const entry = pending.replace(/\s+/g, ' ').trim();
    if (attending && entry !== '') entries.push(...entry.split(BETWEEN_PEOPLE).map((person) => person.trim()).filter(Boolean));
    pending = '';
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (!/[a-z]/.test(line) && !line.includes(':')) {
      flush();
      attending = false;
      continue;
    }
    const attendingLabel = ATTENDING_LABEL.exec(line);
    const otherLabel = attendingLabel ? null : OTHER_LABEL.exec(line);
    if (attendingLabel || otherLabel) {
      flush();
      attending = attendingLabel !== null || /Officers\s*:-?\s*$/.test(line);
      pending = line.slice((attendingLabel ?? otherLabel)![0].length);
    } else {
      pending = pending === '' ? line : `${pending} ${line}`;
    }
    if (!/\s$/.test(raw) && !/[(&,]\s*$/.test(line)) flush();
  }
  flush();
  return entries;
}
