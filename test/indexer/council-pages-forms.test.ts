// Forms of principal councils' and public authorities' minutes as their web pages give them, each in a small document
// written for this test: a page cut from a committee's minutes that names only an earlier meeting's date.
import { parseMinutes } from '../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });

describe("a date given only for an earlier meeting's minutes", () => {
  it.each([
    'To approve as a correct record the minutes of the meeting held on 14 March 2023.\n\nThe minutes of the meeting held on 14 March 2023 were agreed as a correct record.',
    'Councillor Idris Pennock asked that the minutes be amended.\n\nAccordingly, the minutes of the meeting of the Licensing Panel held on 14 March 2023 were agreed.',
    'RESOLVED – That the public minutes and summary of the meeting held on 14th March 2023 be approved as a correct record.',
    'Minutes of the previous meeting held on 14 March 2023\n\nAgreed without amendment.',
  ])('is no date of the meeting these minutes record: %s', (text) => {
    expect(parse(`Agenda item\n\n${text}\n`).meetings[0].date).toBeNull();
  });

  it("keeps the date of a meeting's own title", () => {
    const title = 'Minutes of the meeting of the Harbour Board held on 2 May 2023\n\nPresent: Councillor Anwen Rees (Chair)\n\n';
    expect(parse(`${title}1. Minutes\nThe minutes of the meeting held on 14 March 2023 were agreed.\n`).meetings[0].date).toBe('2023-05-02');
  });
});

describe("the body in a ModernGov page's header", () => {
  const ITEMS = '\n\n1.\n\nApologies\n\nMinutes:\n\nNone were received.\n\n2.\n\nDeclarations of Interest\n\nMinutes:\n\nThere were none.\n';

  it.each([
    'Venue: Committee Room - 3rd Floor East Wing, Moot Hall. View directions',
    'Contact: Committee Administration 01632 960512, 960513',
    'Minutes of adjourned meeting The draft minutes of the meeting held and adjourned on 4 May 2022 are attached.',
  ])('is not read from "%s"', (line) => {
    expect(parse(`Agenda and minutes\n\n${line}${ITEMS}`).meetings[0].body).toBeNull();
  });

  it('names the committee whose earlier minutes were agreed, past a mention of the previous meeting', () => {
    const text = 'To sign the minutes of the previous meeting\n\nThe minutes of the Harbour Scrutiny Committee held on 4 May 2022 were agreed.';
    expect(parse(`${text}${ITEMS}`).meetings[0].body).toBe('Harbour Scrutiny Committee');
  });

  it('leaves out where and when, bracketed after the body on a "Meeting:" line', () => {
    const text = 'Meeting documents\n\nMeeting: Standards Committee (Shire Hall, Kelmsford - Room 2 - 14/03/2019 10:00:00 AM)';
    expect(parse(`${text}${ITEMS}`).meetings[0].body).toBe('Standards Committee');
  });
});

describe('a ModernGov "Agenda and minutes" page', () => {
  const HEADER = 'Agenda and minutes\n\nHarbour Authority - Monday, 7th March, 2022 10.00 am\n\nVenue: Council Chamber, Quay House. View directions\n\nContact: Ann Tremayne or Luke Pascoe  01632 960204\n\nMedia\n\nItems\nNo. Item\n\n';
  const item = (number: string, title: string, description: string, minutes: string) =>
    `${number}\n\n${title}\n\n${description}\n\nAdditional documents:\n\nMinutes:\n\n${minutes}\n\n`;
  const PAGE =
    HEADER +
    item('14/22', 'Apologies for Absence', 'To receive any apologies for absence.', 'Apologies were received from Councillor Tegen Hosking.') +
    item('15/22', 'Harbour Dues 2022/23', 'To consider the report of the Harbour Master.\n\nThe report sets out the proposed dues.', 'RESOLVED: That the dues be approved.') +
    item('16/22', 'Public Questions', 'To receive any questions from the public.', 'There were no questions.');

  it('titles each item from the line under its number, not from the agenda\'s description above "Additional documents:"', () => {
    const [meeting] = parse(PAGE).meetings;
    expect(meeting.items.map((entry) => [entry.number, entry.title])).toEqual([
      ['14/22', 'Apologies for Absence'],
      ['15/22', 'Harbour Dues 2022/23'],
      ['16/22', 'Public Questions'],
    ]);
    expect(meeting.items[1].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'To consider the report of the Harbour Master.',
      'The report sets out the proposed dues.',
      'RESOLVED: That the dues be approved.',
    ]);
  });

  it('takes no tab, contact line or item anchor for an item or a paragraph', () => {
    const page = PAGE.replace(/Additional documents:\n\n/g, '').replace('Public Questions\n\n', '<AI3>\n\nPublic Questions\n\n');
    const [meeting] = parse(page).meetings;
    expect(meeting.items.map((entry) => entry.title)).toEqual(['Apologies for Absence', 'Harbour Dues 2022/23', 'Public Questions']);
    expect(meeting.items.flatMap((entry) => entry.paragraphs.map((paragraph) => paragraph.text))).not.toContain('<AI3>');
  });
});

describe('an item number giving the financial year, the committee and the minute', () => {
  it('numbers the item on the line under it ("18-19/FRA/2")', () => {
    const text = 'Items\n\n21-22/FRA/1\n\nApologies\n\nMinutes:\n\nNone were received.\n\n21-22/FRA/2\n\nMembership\n\nMinutes:\n\nThere were no changes.\n';
    expect(parse(text).meetings[0].items.map((entry) => [entry.number, entry.title])).toEqual([
      ['21-22/FRA/1', 'Apologies'],
      ['21-22/FRA/2', 'Membership'],
    ]);
  });
});

describe("a minute's number and year alone on a line, above the item's title", () => {
  it('numbers the item ("47/23" is no page 47 of 23)', () => {
    const item = (number: string, title: string, text: string) => `${number}\n\n${title}\n\n    ${text}\n\n`;
    const text =
      'Vale Police and Crime Panel - Thursday, 9 November 2023 10.30 am\n\n' +
      item('47/23', 'APOLOGIES FOR ABSENCE', 'Apologies were received from Councillor Nia Probert.') +
      item('48/23', 'DECLARATIONS OF INTEREST', 'There were none.') +
      item('49/23', 'PRECEPT PROPOSAL', 'The Panel noted the proposal.');
    expect(parse(text).meetings[0].items.map((entry) => entry.number)).toEqual(['47/23', '48/23', '49/23']);
  });
});

describe('a ModernGov meeting page copied as a table of rows ("No. | Item |")', () => {
  const PAGE = [
    'Venue: Council Chamber, Guild Hall, Wexbury WX1 2AB. View directions',
    'Contact: Ruth Penhale Democratic Services Officer',
    'No. | Item |',
    '---|---|',
    'Apologies Members are reminded that substitutes may attend in their place. Minutes: Apologies were received from Councillor Alun Madoc. |',
    '|',
    'Minutes of the previous meeting To approve the minutes of the meeting held on 3 March 2022.',
    'Minutes: The minutes were approved as a correct record. |',
    '|',
    'Ferry Timetable Consultation To consider the report of the Head of Transport. Minutes: The Panel considered the report.',
    'RESOLVED',
    'That the consultation be launched. |',
  ].join('\n');

  it('makes each row an item: its title, the agenda’s description, then its minutes', () => {
    const [meeting] = parse(PAGE).meetings;
    expect(meeting.items.map((entry) => entry.title)).toEqual(['Apologies', 'Minutes of the previous meeting', 'Ferry Timetable Consultation']);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Members are reminded that substitutes may attend in their place.',
      'Apologies were received from Councillor Alun Madoc.',
    ]);
    expect(meeting.items[2].decisions).toHaveLength(1);
    expect(meeting.venue).toBe('Council Chamber, Guild Hall, Wexbury WX1 2AB');
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Councillor Alun Madoc']);
  });

  it('starts a row after the minutes of the last where the copy dropped its bar', () => {
    const page = ['ELECTION OF CHAIR To elect a Chair for the year.', 'Minutes: Councillor Wyn Ellis was elected.', 'ELECTION OF DEPUTY CHAIR To elect a Deputy Chair for the year.', 'Minutes: Councillor Bethan Rowe was elected. |', '|', 'Any Other Business Minutes: There was none. |'].join('\n');
    expect(parse(page).meetings[0].items.map((entry) => entry.title)).toEqual(['ELECTION OF CHAIR', 'ELECTION OF DEPUTY CHAIR', 'Any Other Business']);
  });
});

describe('a details list with each value under its label, and an "Attendance Details" title', () => {
  const MINUTES = [
    'Licensing Committee Minutes',
    '',
    'Date:',
    'Tuesday, 14th March, 2023',
    'Time:',
    '6.00pm',
    'Place:',
    'Committee Room 2, Civic Offices, Marlow Road',
    '',
    'Attendance Details',
    '',
    'Present:',
    'Councillor Gwen Tresize (Chairman), Councillor Owen Hale (Vice-Chairman) and Councillor Piran Laity.',
    'In attendance:',
    'Morwenna Keast - Licensing Manager',
    '12 APOLOGIES FOR ABSENCE',
    'None were received.',
    '13 MINUTES',
    'RESOLVED: That the Minutes be approved.',
  ].join('\n');

  it('reads the attendance under the title, and the venue under its label', () => {
    const [meeting] = parse(MINUTES).meetings;
    expect(meeting.body).toBe('Licensing Committee');
    expect(meeting.venue).toBe('Committee Room 2, Civic Offices, Marlow Road');
    expect(meeting.attendees.map((attendee) => [attendee.name, attendee.attendance])).toEqual([
      ['Councillor Gwen Tresize', 'present'],
      ['Councillor Owen Hale', 'present'],
      ['Councillor Piran Laity', 'present'],
      ['Morwenna Keast', 'in attendance'],
    ]);
  });
});

describe("a joint panel's members, each with the body that appointed them, run together", () => {
  it('parts each person from the next at their title, the body after the comma as their role', () => {
    const text =
      'MEETING OF THE POLICE AND CRIME PANEL\n\nWednesday 8 March 2023\n\n' +
      'Present: Cllr M Alden, East Wold District Council Cllr Mrs A Bright, Wold City Council Ms A Ferris, Co-opted Member Cty Cllr P Rudd, Wold County Council\n\n' +
      '1 WELCOME\n\nThe Chair welcomed members.\n\n2 MINUTES\n\nAgreed.\n';
    expect(parse(text).meetings[0].attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Cllr M Alden', 'East Wold District Council'],
      ['Cllr Mrs A Bright', 'Wold City Council'],
      ['Ms A Ferris', 'Co-opted Member'],
      ['Cty Cllr P Rudd', 'Wold County Council'],
    ]);
  });
});

describe('a ModernGov "Agenda item" page', () => {
  it("titles the item from the line under \"Agenda item\" when the agenda's description stands above \"Minutes:\"", () => {
    const page = 'Agenda item\n\nHIGHWAYS SCHEME APPROVALS\n\nTo NOTE the schemes listed in the report.\n\nMinutes:\n\nThe Committee noted the schemes.\n\nSupporting documents:\n';
    const [item] = parse(page).meetings[0].items;
    expect(item.title).toBe('HIGHWAYS SCHEME APPROVALS');
    expect(item.paragraphs.map((paragraph) => paragraph.text)).toEqual(['To NOTE the schemes listed in the report.', 'The Committee noted the schemes.']);
  });

  it('titles the item from the line under "Agenda item" on a page copied without its "Minutes:" label', () => {
    const page = 'Agenda item\nReview of the Moorland Access Strategy (KP)\nThe report was presented by the Head of Access.\nThe recommendation was moved, seconded and carried.\n';
    expect(parse(page).meetings[0].items.map((entry) => entry.title)).toEqual(['Review of the Moorland Access Strategy (KP)']);
  });
});

describe('an opening sentence ending "when there were present:", "Councillors" and "Officers" over the names', () => {
  const MINUTES = [
    '14 MARCH 2024',
    'Minutes of a meeting of the LICENSING COMMITTEE held in the Council Chamber,',
    'Council Offices, Quay Road, Portlow at 10.00 am when there were present:',
    'Councillors',
    'Mrs T Pengelly (Chairman)',
    'R Hocking (Vice-Chairman)',
    'J K Nance',
    'Officers',
    'Mr S Rowe – Licensing Manager',
    '(41) APOLOGIES FOR ABSENCE',
    'None were received.',
    '(42) MINUTES',
    'The Minutes were approved.',
  ].join('\n');

  it('reads the members under "Councillors" as present and the officers as in attendance', () => {
    const [meeting] = parse(MINUTES).meetings;
    expect(meeting.attendees.map((attendee) => [attendee.name, attendee.attendance])).toEqual([
      ['Mrs T Pengelly', 'present'],
      ['R Hocking', 'present'],
      ['J K Nance', 'present'],
      ['Mr S Rowe', 'in attendance'],
    ]);
    expect(meeting.items.map((entry) => entry.number)).toEqual(['41', '42']);
  });
});

describe('who chaired, in the header\'s capitals', () => {
  it('heads no item ("COUNCILLOR TREGEAR in the Chair")', () => {
    const text =
      'STANDARDS COMMITTEE\n\nAT A MEETING of the STANDARDS COMMITTEE held at the Guildhall on MONDAY 4 MARCH 2024 at 10.00 a.m.\n\n' +
      'PRESENT\nCOUNCILLOR TREGEAR in the Chair\nCouncillors Angove and Polglase.\n\n' +
      'S1 Code of Conduct Complaints\n\nThe Committee considered a report.\n\nS2 Training for Members\n\nThe Committee considered a report.\n';
    expect(parse(text).meetings[0].items.map((entry) => entry.title)).toEqual(['S1 Code of Conduct Complaints', 'S2 Training for Members']);
  });
});

describe('a time printed with its seconds', () => {
  it('reads "09:30:00 AM" as half past nine', () => {
    const text = 'Meeting documents\n\nMeeting: Audit Committee (Shire Hall - Room 4 - 13/03/2019 09:30:00 AM)\n\n1. Minutes\nAgreed.\n\n2. Internal Audit\nNoted.\n';
    expect(parse(text).meetings[0].time).toBe('09:30');
  });
});

describe('a title naming the kind of meeting before the body', () => {
  it('names the body after "MEETING OF"', () => {
    const text = 'MEETING OF WOLD POLICE AND CRIME PANEL\n\nWednesday 8 March 2023 Shire Hall\n\n1 WELCOME\n\nThe Chair welcomed members.\n\n2 MINUTES\n\nAgreed.\n';
    expect(parse(text).meetings[0].body).toBe('Wold Police and Crime Panel');
  });
});

describe("a printed header's time and date run together", () => {
  it('reads the date after the time ("6.30pm4 March 2024")', () => {
    const text = 'Wexbury City Council\nHousing Committee\n6.30pm4 March 2024\nCouncil Chamber\nMINUTES\n\n1 Apologies\n1.1 None were received.\n\n2 Minutes\n2.1 Agreed.\n';
    const [meeting] = parse(text).meetings;
    expect([meeting.date, meeting.time]).toEqual(['2024-03-04', '18:30']);
  });
});

describe("a title in the header's capitals on an attendance line", () => {
  it('reads "COUNCILLOR TREGEAR in the Chair" under "PRESENT" as the chair, present', () => {
    const text =
      'STANDARDS COMMITTEE\n\nAT A MEETING of the STANDARDS COMMITTEE held at the Guildhall on MONDAY 4 MARCH 2024 at 10.00 a.m.\n\n' +
      'PRESENT\nCOUNCILLOR TREGEAR in the Chair\n\nCouncillors Angove and Polglase.\n\n' +
      'S1 Code of Conduct Complaints\n\nThe Committee considered a report.\n\nS2 Training for Members\n\nThe Committee considered a report.\n';
    expect(parse(text).meetings[0].attendees.map((attendee) => [attendee.name, attendee.role, attendee.attendance])).toEqual([
      ['Councillor TREGEAR', 'Chair', 'present'],
      ['Councillor Angove', null, 'present'],
      ['Councillor Polglase', null, 'present'],
    ]);
  });
});

describe('a supplementary pack whose covering letter brings the minutes', () => {
  it('reads the minutes under the pack\'s stamp, not the letter above them', () => {
    const text = [
      'Public Document Pack',
      'Please ask for: Ann Tremayne',
      'Date: 2 May 2023',
      'Dear Councillor',
      'LICENSING COMMITTEE - WEDNESDAY, 3RD MAY, 2023',
      'I now enclose the minutes of the previous meeting, which were not ready when the agenda was printed.',
      'Ann Tremayne',
      'Democratic Services Officer',
      'This page is intentionally left blank',
      'Agenda Item 4',
      '1',
      'LICENSING COMMITTEE',
      'Wednesday, 19 April 2023',
      'Present: Councillor Keast (Chairman)',
      'Councillors Angove, Hocking and Nance',
      'APOLOGIES',
      'LIC12/22',
      'There were no apologies.',
      'DECLARATIONS OF INTEREST',
      'LIC13/22',
      'There were no declarations of interest.',
      'SITE VISITS',
      'LIC14/22',
      'Members had visited the premises earlier in the day.',
    ].join('\n');
    const [meeting] = parse(text).meetings;
    expect([meeting.body, meeting.date]).toEqual(['Licensing Committee', '2023-04-19']);
    expect(meeting.attendees.map((attendee) => attendee.name)).toContain('Councillor Keast');
    expect(meeting.items.map((entry) => entry.title)).toEqual(['APOLOGIES', 'DECLARATIONS OF INTEREST', 'SITE VISITS']);
  });
});
