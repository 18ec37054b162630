// Forms of a meeting's header and its people, each in a small document written for this test: minutes saved from an
// email, and attendees listed without a title who then speak under that name.
import { parseMinutes } from '../../indexer/parse';
import { markdownReader } from '../../indexer/readers/markdown';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });

const MINUTES =
  'BRAMLEY PARISH COUNCIL\nFootpaths Working Group\nMeeting held on Thursday 9 May 2024 at 6.30 pm in the Pavilion\n\n' +
  'Present: Cllr Jo Whitlock (Chair), Ken Tolley, Mary Osei (Ramblers)\n\n' +
  '1. Stiles\nKen Tolley reported that two stiles on FP12 were broken.\nMary Osei said the Ramblers would repair them.\nPeter Grant explained the county budget.\n\n' +
  '2. Signs\nAgreed: to order four new finger posts.\n';

describe('minutes saved from an email', () => {
  it('takes the meeting date and body from the minutes, not from the sent date or the subject', () => {
    const email = `From: Clerk <clerk@example.org>\nSent: 14 May 2024 21:14\nTo: Footpaths Working Group\nSubject: Minutes of the Footpaths Working Group - 9 May 2024\n\nHi all,\n\n${MINUTES}`;
    const [meeting] = parse(email).meetings;
    expect(meeting.date).toBe('2024-05-09');
    expect(meeting.body).toBe('Bramley Parish Council Footpaths Working Group');
    expect(meeting.items.map((item) => item.title)).toEqual(['Stiles', 'Signs']);
  });

  it('keeps a "Date:" line at the top of minutes that are no email', () => {
    const [meeting] = parse(`Date: 12 June 2024\nTo: all members\n\nBramley Parish Council\n\n1. Stiles\nNone broken.\n\n2. Signs\nNone needed.\n`).meetings;
    expect(meeting.date).toBe('2024-06-12');
  });
});

describe('attendees listed without a title', () => {
  it('speak under their name as listed; a name no list gives is no speaker', () => {
    const paragraphs = parse(MINUTES).meetings[0].items[0].paragraphs;
    expect(paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Ken Tolley', 'Mary Osei', null]);
  });
});

describe('a dated title naming the body beside "Minutes"', () => {
  const AFTER_TITLE = '\n\nPresent: Cllr A Penrose (Chair), Cllr B Tranter\n\n1. Apologies\nNone.\n\n2. Footpaths\nCllr Tranter reported a broken stile.\n';

  it.each([
    'Hurstwick Parish Council minutes 5 June 2024',
    'Minutes: Hurstwick Parish Council, 5th June 2024',
    'Hurstwick Parish Council Minutes, 5 June 2024',
    'Hurstwick Parish Council: Minutes of 5 June 2024',
    'Minutes – Hurstwick Parish Council – 5 June 2024',
    'Hurstwick Parish Council minutes of the meeting held on Wednesday 5 June 2024',
  ])('reads the body from "%s"', (title) => {
    const [meeting] = parse(`${title}${AFTER_TITLE}`).meetings;
    expect(meeting.body).toBe('Hurstwick Parish Council');
    expect(meeting.date).toBe('2024-06-05');
  });

  it('names no body for a kind of meeting alone', () => {
    expect(parse(`Minutes of the Council meeting held on 5 June 2024${AFTER_TITLE}`).meetings[0].body).toBeNull();
    expect(parse(`Minutes of the Annual Parish Meeting, 5 June 2024${AFTER_TITLE}`).meetings[0].body).toBeNull();
  });

  it('names no body for an annual parish or town meeting held at a place, with no council named (not "Annual Parish")', () => {
    const held = (kind: string) => `Minutes of the ${kind} Meeting held at the Village Hall, Church Lane, on 3 May 2024 at 7.00pm${AFTER_TITLE}`;
    expect(parse(held('Annual Parish')).meetings[0].body).toBeNull();
    expect(parse(held('Annual Town')).meetings[0].body).toBeNull();
    expect(parse(`OAKLEY PARISH COUNCIL\n\n${held('Annual Parish')}`).meetings[0].body).toBe('Oakley Parish Council');
  });

  it('names the council before a dash on the title line, and a parish meeting by its own name', () => {
    const title = (text: string) => parse(`${text} held at the Village Hall on 3 May 2024${AFTER_TITLE}`).meetings[0].body;
    expect(title('ASTON PARISH COUNCIL - Minutes of the Annual Parish Meeting')).toBe('Aston Parish Council');
    expect(title('Minutes of the Aston Parish Meeting')).toBe('Aston Parish Meeting');
  });
});

describe('attendance labels saying how members attended', () => {
  const minutesWith = (attendance: string) =>
    `Hurstwick Parish Council\nMinutes of the meeting held on 5 June 2024\n\n${attendance}\n\n1. Footpaths\nCllr Tranter reported a broken stile.\n`;
  const present = (attendance: string) =>
    parse(minutesWith(attendance)).meetings[0].attendees.filter((attendee) => attendee.attendance === 'present').map((attendee) => attendee.name);

  it.each([
    ['Present (in person): Cllr A Penrose (Chair), Cllr B Tranter\nPresent (online): Cllr C Moss', ['Cllr A Penrose', 'Cllr B Tranter', 'Cllr C Moss']],
    ['Members present remotely: Cllr A Penrose (Chair), Cllr B Tranter', ['Cllr A Penrose', 'Cllr B Tranter']],
    ['Those present: A. Penrose (Chair), B. Tranter\nApologies: E. Fenwick', ['A. Penrose', 'B. Tranter']],
  ])('reads those present from "%s"', (attendance, names) => {
    expect(present(attendance)).toEqual(names);
  });
});

describe("a meeting's date in a table of fields", () => {
  it('takes the date in the cell beside "Date of meeting" over one written in words below it', () => {
    const notice = 'Tessmouth Combined Authority\n\nDecision Notice\n\nDecision maker\tCombined Authority Board\n\nDate of meeting\t19/03/2025\n\nDate of publication\t21 March 2025\n\n1. Skills plan\nThe Board approved the plan.\n';
    expect(parse(notice).meetings[0].date).toBe('2025-03-19');
  });
});

describe('a header flattened onto one line by a web page', () => {
  const body = (header: string) => parse(`${header}\n\nPresent: Cllr Ann Lee (Chair), Cllr Bob Hart\n\n1. Apologies\n\nNone were received.\n\n2. Planning\n\nThe Council had no objection.\n`).meetings[0].body;

  it.each([
    ['HOLLOWAY GREEN PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 5 March 2025 at 7.00pm in the Village Hall', 'Holloway Green Parish Council'],
    ['DRAFT HOLLOWAY GREEN PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 5 March 2025', 'Holloway Green Parish Council'],
    ['HOLLOWAY GREEN PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the Ordinary Meeting held on Wednesday 5 March 2025', 'Holloway Green Parish Council'],
    ['Holloway Green Parish Council DRAFT Minutes of Holloway Green Parish Council Meeting held on Wednesday 5 March 2025', 'Holloway Green Parish Council'],
  ])('reads the body before the title in "%s"', (header, expected) => {
    expect(body(header)).toBe(expected);
  });

  it('ends a body named after "meeting of" where the next title begins', () => {
    expect(body('Minutes of the March meeting of Holloway Green PC\n\nDRAFT\n\nMinutes of the meeting held on Wednesday 5 March 2025 in the Village Hall')).toBe('Holloway Green PC');
  });
});

describe('a static site\'s page of minutes whose front matter gives a date above the minutes\' own title', () => {
  it('reads the attendance under the title, and the date the minutes give over the date the page was posted', async () => {
    const page = [
      '---',
      'title: "Minutes of the August meeting"',
      'date: "2024-10-02"',
      '---',
      '',
      'MINUTES OF HOLLOWAY GREEN PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL',
      '',
      'TUESDAY AUGUST 6TH 2024',
      '',
      'Present: Mrs R Hale, Mr B Ola, Miss A Rix.',
      '',
      '1. Apologies',
      '',
      'None were received.',
      '',
      '2. Planning',
      '',
      'The Council had no objection to the extension at 4 Mill Lane.',
    ].join('\n');
    const read = await markdownReader.read(Buffer.from(page), 'minutes.md');
    const [meeting] = parseMinutes({ text: read.text, format: 'markdown', file: 'minutes.md', documentId: 'minutes', pageTitle: read.pageTitle }).meetings;
    expect(meeting.date).toBe('2024-08-06');
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Mrs R Hale', 'Mr B Ola', 'Miss A Rix']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Apologies', 'Planning']);
  });
});

describe('a static site\'s page of minutes that gives no date of its own', () => {
  it('takes the date of the page\'s front matter', async () => {
    const page = '---\ntitle: "Planning Committee"\ndate: 2024-03-05\n---\n\n# Holloway Green Parish Council\n\n## 1. Apologies\n\nNone.\n\n## 2. Planning\n\nNo objection.\n';
    const read = await markdownReader.read(Buffer.from(page), 'minutes.md');
    expect(parseMinutes({ text: read.text, format: 'markdown', file: 'minutes.md', documentId: 'minutes', pageTitle: read.pageTitle }).meetings[0].date).toBe('2024-03-05');
  });
});

describe('a title restated just under itself', () => {
  it('is one meeting, not two', () => {
    const { meetings } = parse(
      'Minutes of the January meeting of Holloway Green Parish Council\n\nMinutes of the meeting of Holloway Green Parish Council held on Thursday 9th January 2025 in the Village Hall\n\nPresent: Mrs R Hale, Mr B Ola.\n\n1. Apologies\n\nNone.\n\n2. Planning\n\nNo objection.\n',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0].date).toBe('2025-01-09');
    expect(meetings[0].attendees.map((attendee) => attendee.name)).toEqual(['Mrs R Hale', 'Mr B Ola']);
  });
});

describe('a dated title over the body and a "Meeting held on" sentence', () => {
  it('reads the sentence as the header (its venue the meeting\'s), not as the opening of the minutes', () => {
    const [meeting] = parse(
      '# Amenities Committee Minutes – March 4, 2025\n\n**Dunholme Parish Council – Amenities Committee**\n\n' +
        'Meeting held on Tuesday, March 4, 2025 at 7 pm in the Church Rooms, Mill Lane.\n\nPresent: Cllr Ada Quince (Chair), Cllr Ben Rook\n\n' +
        '**Allotments**\n\nThe waiting list stood at nine.\n\n**Bus shelter**\n\nThe glass had been replaced.\n',
    ).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(['Allotments', 'Bus shelter']);
    expect([meeting.date, meeting.venue]).toEqual(['2025-03-04', 'Church Rooms, Mill Lane']);
  });
});

describe('a header flattened onto one line: the council, a dash, the kind of meeting and its date', () => {
  it('names the council as the body', () => {
    const [meeting] = parse(
      'Ashwell and Pyford Parish Council – Ordinary Meeting Tuesday 4th June 2024, 7.30pm Ashwell Village Hall\n\n' +
        'PRESENT: Cllr P Dunn, Cllr T Ashby\n\n1. PUBLIC FORUM No members of the public were present.\n\n2. APOLOGIES None.\n',
    ).meetings;
    expect([meeting.body, meeting.date]).toEqual(['Ashwell and Pyford Parish Council', '2024-06-04']);
  });
});

describe("a committee system's minutes page", () => {
  it('names the body over "Committee Minutes", which says what the page is', () => {
    const text = 'Meeting documents\n\nCabinet\n\nCommittee Minutes\n\nWed Jan 14 2026\n\nPresent:-\n\nCouncillors Abbot (Chairman), Rowe and Vine\n\n*211 Minutes\n\nRESOLVED that the minutes be signed.\n\n*212 Petitions\n\nThere was no petition.\n';
    expect(parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].body).toBe('Cabinet');
  });
});
