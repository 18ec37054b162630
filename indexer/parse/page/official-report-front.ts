// The front page of a parliamentary committee's Official Report (the Scottish Parliament's, and those printed in its
// shape): the committee's offices in capitals, each over its members ("CONVENER" / "*Morag Sinclair (Caithness and
// Sutherland) (SNP)"), an asterisk before each who attended and "*attended" under the list, then "THE FOLLOWING ALSO
// PARTICIPATED:" and "CLERK TO THE COMMITTEE" over their people. Rewritten as the attendance lines minutes print, so
// the attendance rules read it as they read any other.

/** The key under the members' list: the one line only such a front page has. */
const ATTENDED_KEY = /^\s*\*\s*attended\s*$/i;
/** A heading of the front page, in capitals, and what it makes of the people under it. */
const SECTIONS: ReadonlyArray<{ heading: RegExp; role: string | null; attendance: 'members' | 'in attendance' | 'venue' }> = [
  { heading: /^(?:DEPUTY|VICE)[ -]CONVENER$/, role: 'Vice-Chair', attendance: 'members' },
  { heading: /^CONVENER$/, role: 'Chair', attendance: 'members' },
  { heading: /^(?:COMMITTEE )?MEMBERS$/, role: null, attendance: 'members' },
  { heading: /^(?:THE FOLLOWING ALSO PARTICIPATED|ALSO PARTICIPATING|ALSO PRESENT|IN ATTENDANCE):?$/, role: null, attendance: 'in attendance' },
  { heading: /^(?:ASSISTANT )?CLERKS? TO THE (?:COMMITTEE|PANEL|BOARD)$/, role: 'Clerk', attendance: 'in attendance' },
  { heading: /^LOCATION$/, role: null, attendance: 'venue' },
];
/** Other headings of the page: the end of the section above, and no people under them. */
const OTHER_HEADING = /^[A-Z][A-Z ,'’-]{2,40}:?$/;
/** "(Caithness and Sutherland) (SNP)": a member's seat and party, after the name; an office in brackets stays. */
const SEAT_AND_PARTY = /(?:\s*\([^()]*\))?\s*\((?:SNP|Con|Lab|LD|Green|Ind|Alba|Reform|PC|Plaid Cymru|DUP|SF|UUP|SDLP|Alliance)\)\s*$/;

interface FrontPeople {
  present: string[];
  absent: string[];
  inAttendance: string[];
  venue: string[];
}

function personEntry(line: string, role: string | null): string {
  const name = line.replace(SEAT_AND_PARTY, '').trim();
  return role ? `${name} (${role})` : name;
}

/** "[The Convener opened the meeting at 09:30]": the stage direction the report's text starts with. */
const OPENING_DIRECTION = /^\[[^\]]{0,60}\bopened the meeting\b[^\]]{0,30}\]$/;
/** How far below the room the report's title may end. */
const MAX_TITLE_LINES = 6;

/** The lines of the report's title under the front page (down to its opening stage direction); none when it has none. */
function repeatedTitle(lines: string[], from: number): number[] {
  const to = Math.min(lines.length, from + MAX_TITLE_LINES);
  for (let index = from; index < to; index += 1) {
    if (OPENING_DIRECTION.test(lines[index].trim())) return Array.from({ length: index - from + 1 }, (_, offset) => from + offset);
  }
  return [];
}

/** The people under the front page's headings (between `start` and `end`), and the lines they were read from. */
function readFrontPage(lines: string[], start: number, end: number): { people: FrontPeople; used: number[] } {
  const people: FrontPeople = { present: [], absent: [], inAttendance: [], venue: [] };
  const used: number[] = [];
  let section: (typeof SECTIONS)[number] | null = null;
  for (let index = start; index <= end; index += 1) {
    const line = lines[index].trim();
    if (line === '') continue;
    const heading = SECTIONS.find((candidate) => candidate.heading.test(line));
    if (heading || ATTENDED_KEY.test(line) || (OTHER_HEADING.test(line) && section !== null)) {
      section = heading ?? null;
      used.push(index);
      continue;
    }
    if (!section) continue;
    used.push(index);
    // The room is one line: the report's own title follows it, repeating the header down to "[The Convener opened the meeting at 09:30]".
    if (section.attendance === 'venue') {
      people.venue.push(line);
      section = null;
      used.push(...repeatedTitle(lines, index + 1));
      continue;
    }
    const attended = line.startsWith('*');
    const entry = personEntry(line.replace(/^\*\s*/, ''), section.role);
    if (section.attendance === 'in attendance') people.inAttendance.push(entry);
    else (attended ? people.present : people.absent).push(entry);
  }
  return { people, used };
}

/** How far above the "*attended" key the front page's first heading may stand. */
const MAX_FRONT_PAGE_LINES = 40;

/** `lines` with such a front page as "Venue:", "Present:", "Absent:" and "In attendance:" lines (its report's repeated title gone); the same array without one. */
export function withOfficialReportFront(lines: string[], text: string): string[] {
  if (!text.includes('attended')) return lines;
  const key = lines.findIndex((line) => line.includes('attended') && ATTENDED_KEY.test(line));
  if (key === -1) return lines;
  // The page ends with its last section (the clerk's, or the location's) before the report's own title.
  let end = key;
  while (end + 1 < lines.length && (lines[end + 1].trim() === '' || !/[.?!]$/.test(lines[end + 1].trim())) && end - key < 20) end += 1;
  const { people, used } = readFrontPage(lines, Math.max(0, key - MAX_FRONT_PAGE_LINES), end);
  if (people.present.length === 0) return lines;
  const attendance = [
    people.venue.length > 0 ? `Venue: ${people.venue.join(', ')}` : '',
    `Present: ${people.present.join(', ')}`,
    people.absent.length > 0 ? `Absent: ${people.absent.join(', ')}` : '',
    people.inAttendance.length > 0 ? `In attendance: ${people.inAttendance.join(', ')}` : '',
  ].filter((line) => line !== '');
  const result = [...lines];
  for (const index of used) result[index] = '';
  result.splice(used[0], 1, ...attendance.flatMap((line, position) => (position === 0 ? [line] : ['', line])));
  return result;
}
