// Web pages printed to PDF with their chrome: the site's skip link, cookie banner, menus and breadcrumb arrive as plain
// lines above the minutes' title, and are not read as the body, the date or agenda items.
import { parseMinutes } from '../../../indexer/parse';
import { splitPageChrome } from '../../../indexer/parse/page/page-chrome';
import type { Meeting } from '../../../core/types';

const parse = (text: string): Meeting => parseMinutes({ text, format: 'pdf', file: 'minutes.pdf', documentId: 'd' }).meetings[0];
const items = (meeting: Meeting) => meeting.items.map((item) => [item.number, item.title]);

const MINUTES_UNDER_A_MENU = `Skip to main content
Harrowby Borough Council

    •  Bins and recycling
    •  Planning
    •  Your council

    1.  Home
    2.  Your council
    3.  Committee meetings

# Planning Committee minutes - 14 May 2025

Present: Councillor Alan Bright (Chair), Councillor Ruth Pollard, Councillor Sam Ogden

## 1. Apologies for absence

Apologies were received from Councillor Jean Marsh.

## 2. Land east of Mill Road

The Planning Manager presented the report on the outline application for 40 homes.

RESOLVED that the application be approved subject to conditions.
`;

const MINUTES_UNDER_A_COOKIE_BANNER = `We use cookies to make this site work. Accept all cookies Reject
Home > Meetings > Licensing Sub-Committee > 3 June 2025

# Licensing Sub-Committee

Minutes of the meeting of the Licensing Sub-Committee of Greyfield District Council held at the Town Hall.

Present: Councillors Mary Tulk (Chair), Dev Anand and Peter Rusk

1 Declarations of interest

There were none.

2 Application for a premises licence, The Old Forge

The sub-committee heard from the applicant and from two residents.

RESOLVED that the licence be granted.
`;

describe('a web page printed with its chrome', () => {
  it('reads neither the menu nor the breadcrumb list as agenda items, and finds the title and date under them', () => {
    const meeting = parse(MINUTES_UNDER_A_MENU);
    expect(items(meeting)).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Land east of Mill Road'],
    ]);
    expect(meeting.body).toBe('Planning Committee');
    expect(meeting.date).toBe('2025-05-14');
    expect(meeting.attendees.map((person) => person.name)).toContain('Councillor Alan Bright');
  });

  it("takes the meeting's date from the breadcrumb when the minutes give none", () => {
    const meeting = parse(MINUTES_UNDER_A_COOKIE_BANNER);
    expect(meeting.date).toBe('2025-06-03');
    expect(items(meeting)[0]).toEqual(['1', 'Declarations of interest']);
  });

  it("takes the body from the site's name above the menus when the minutes name none (an agenda item's page)", () => {
    const page = `Skip to main content\nThornmere District Council\nHome > Committees > Agenda item\n\n# Agenda item\n\n## Local Plan consultation\n\n### Minutes:\n\nCouncillor Ferris introduced the report.\n\nThe recommendations were agreed.\n`;
    expect(parse(page).body).toBe('Thornmere District Council');
    expect(parse(MINUTES_UNDER_A_MENU).body).toBe('Planning Committee');
  });

  it('keeps the short lines between the last chrome and the minutes (a title above them)', () => {
    const { lines, chrome } = splitPageChrome(['Skip to content', 'Home > Council > Meetings', 'Fenwick Parish Council', 'Minutes of the meeting held on 2 May 2025.']);
    expect(chrome).toEqual(['Skip to content', 'Home > Council > Meetings']);
    expect(lines[0]).toBe('Fenwick Parish Council');
  });

  it("drops the page's footer under the minutes: its links, copyright and the address under them", () => {
    const footer = ['', '    •  Privacy', '    •  Cookies', 'Harrowby Borough Council, Town Hall, Harrowby', '© 2025 Harrowby Borough Council'];
    const meeting = parse(MINUTES_UNDER_A_MENU + footer.join('\n'));
    const last = meeting.items[meeting.items.length - 1];
    expect(last.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The Planning Manager presented the report on the outline application for 40 homes.',
      'RESOLVED that the application be approved subject to conditions.',
    ]);
    expect(splitPageChrome(['The meeting closed at 9 pm.', 'Accessibility | Privacy notice']).lines).toEqual(['The meeting closed at 9 pm.']);
  });

  it('keeps a last short line that is no footer link', () => {
    expect(splitPageChrome(['The meeting closed at 9 pm.', 'Date of next meeting', 'Privacy matters were raised.']).lines).toHaveLength(3);
  });

  it('drops a cookie banner alone, but not a line that only mentions cookies', () => {
    const minutes = 'Minutes of the meeting of Fenwick Parish Council held on 2 May 2025.';
    expect(splitPageChrome(['This website uses cookies to improve your visit. Accept all cookies', minutes]).lines).toEqual([minutes]);
    expect(splitPageChrome(['Cookies, cakes and the summer fete', minutes]).chrome).toEqual([]);
  });

  it("reads a wiki's page trail printed as a numbered list, its last entry named by the page's title, as a breadcrumb", () => {
    const page = `Wiki   Spaces   Create

    1.  Riverside Housing
    2.  Residents Panel
    3.  Meeting notes

# 2025-04-08 Residents Panel meeting notes

Present: Amira Lowe (Chair), Tom Baird, Joan Fisk

## Goals

Agree the scope of the window repairs review.

## Window repairs

Tom Baird said that 40 flats were still waiting for new frames.
`;
    const meeting = parse(page);
    expect(meeting.body).toBe('Residents Panel');
    expect(meeting.date).toBe('2025-04-08');
    expect(items(meeting)).toEqual([
      [null, 'Goals'],
      [null, 'Window repairs'],
    ]);
    // Entries the heading under them does not name are left to the other signs.
    expect(splitPageChrome(['1. Apologies', '2. Minutes', '3. Planning', '', '# Minutes of the Upper Ashby Parish Council']).chrome).toEqual([]);
  });

  it('leaves a short list at the top of minutes alone when nothing above the title is chrome', () => {
    const top = ['1. Apologies', '2. Minutes', '3. Planning', '', 'Minutes of the meeting of Upper Ashby Parish Council held on 4 March 2025.'];
    expect(splitPageChrome(top).chrome).toEqual([]);
  });
});
