// Forms from council minutes templates not met in the layout fixtures, each in a small document written for this test:
// an office named before its holder after a dash or a colon in an attendance list, a decision whose numbered or lettered
// parts start on its own line, "Action Minutes" and a "Quarterly Panel Meeting" that name no body, and a closing
// section in capitals after a US council's numbered items.
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' = 'text'): Meeting =>
  parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);

const PARISH_HEADER = 'BRAMLEY CROSS PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Thursday 6th February 2025 at 7.30pm in the Village Hall\n\n';
const PARISH_ITEMS = '\n\n1. To receive apologies for absence\nNone.\n2. Planning\nNo objection.\n';

describe('an office named before its holder in an attendance list', () => {
  it.each([
    ['a dash, in a list parted by semicolons', 'In attendance: Clerk – Mrs B Aldous; PCSO N Grant; 2 members of the public'],
    ['a dash, in a list parted by commas', 'In attendance: Clerk - Mrs B Aldous, PCSO N Grant and 2 members of the public'],
  ])("reads 'Clerk – Mrs B Aldous' as the clerk and the people after it as themselves (%s)", (_, line) => {
    expect(people(parse(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\n${line}${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Mrs B Aldous', 'Clerk', 'in attendance'],
      ['PCSO N Grant', null, 'in attendance'],
    ]);
  });

  it("reads an office and a colon before an untitled holder ('Clerk: Beth Aldous')", () => {
    expect(people(parse(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\nIn attendance: Clerk: Beth Aldous${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Beth Aldous', 'Clerk', 'in attendance'],
    ]);
  });

  it("reads a rank before a name as the person's title ('Chief Constable Rachel Amis – Eastshire Police')", () => {
    expect(people(parse(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\nAlso present: Chief Constable Rachel Amis – Eastshire Police${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Chief Constable Rachel Amis', 'Eastshire Police', 'in attendance'],
    ]);
  });

  it("keeps a person's office after a dash as their role ('Tony Henley – Community Safety Manager, CSU')", () => {
    expect(people(parse(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\nIn attendance: Tony Henley – Community Safety Manager, CSU${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Tony Henley', 'Community Safety Manager, CSU', 'in attendance'],
    ]);
  });
});

describe('a decision whose parts start on its own line', () => {
  const item = (decision: string) =>
    parse(`Minutes of a meeting of the Audit Committee held on 3 February 2025\n\n46. Winter pressures\nThe Director introduced the report.\n${decision}\n\n47. Work programme\nNoted.\n`).items[0];

  it("keeps '(2) That …' under 'Resolved - (1) That …' in the decision", () => {
    const { decisions, paragraphs } = item('Resolved - (1) That the report be noted.\n(2) That a further update be brought in June.\n(3) the Chair write to the Minister.');
    expect(decisions).toEqual(['Resolved - (1) That the report be noted. 2. That a further update be brought in June. 3. the Chair write to the Minister.']);
    expect(paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false, true, true, true]);
  });

  it("keeps '(b) …' under 'RESOLVED: (a) That …', and the sentence after the parts out of it", () => {
    const { decisions, paragraphs } = item('RESOLVED: (a) That the report be noted.\n(b) a further update be brought in June.\nThe Chair thanked the officers.');
    expect(decisions).toEqual(['RESOLVED: (a) That the report be noted. (b) a further update be brought in June.']);
    expect(paragraphs.map((paragraph) => [paragraph.isDecision, paragraph.speaker])).toEqual([[false, 'The Director'], [true, null], [true, null], [false, 'The Chair']]);
  });

  it('takes only the next part in sequence: a number that skips one is not a part', () => {
    const { paragraphs } = item('RESOLVED that 1. the report be noted;\n2. a further update be brought.\n\n4. The Chair closed the item.');
    expect(paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false, true, true, false]);
  });
});

describe('names that are what the meeting or the minutes were, not who met', () => {
  it("takes 'Action Minutes' for what the document is ('CITY COUNCIL ACTION MINUTES' under 'CITY OF MAPLE HOLLOW')", () => {
    const meeting = parse('CITY OF MAPLE HOLLOW\nCITY COUNCIL ACTION MINUTES\nTuesday, January 21, 2025 – 6:00 p.m.\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. CONSENT CALENDAR\nApproved.\n');
    expect(meeting.body).toBe('City of Maple Hollow City Council');
  });

  it("names the body from the title, not a 'Meeting: Quarterly Panel Meeting' label", () => {
    const meeting = parse("# Riverside Residents' Panel\n\n**Meeting:** Quarterly Panel Meeting\n\n**Date:** Wednesday, 5 March 2025\n\n## 1. Welcome\n\nThe Chair welcomed everyone.\n\n## 2. Repairs\n\nThe backlog had fallen.\n", 'markdown');
    expect(meeting.body).toBe("Riverside Residents' Panel");
  });
});

describe('a closing section in capitals after numbered items', () => {
  it("makes 'ADJOURNMENT' over a sentence an item after the last numbered one, with a lettered sub-item among them", () => {
    const meeting = parse(
      'CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. PUBLIC HEARINGS\nA. Ordinance No. 2025-02 Amending Chapter 10 (Parking)\nThe Director presented the report.\n\n3. COUNCIL REPORTS\nCouncilmember Brooks reported on the League of Cities meeting.\n\nADJOURNMENT\nThe meeting was adjourned at 7:15 p.m.\n',
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'PUBLIC COMMENT'],
      ['2', 'PUBLIC HEARINGS'],
      ['A', 'Ordinance No. 2025-02 Amending Chapter 10 (Parking)'],
      ['3', 'COUNCIL REPORTS'],
      [null, 'ADJOURNMENT'],
    ]);
    expect(meeting.items[4].paragraphs[0].text).toBe('The meeting was adjourned at 7:15 p.m.');
  });
});

describe('points lettered in capitals', () => {
  const paragraphsOf = (lines: string) =>
    parse(`CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025\n\n1. CONSENT CALENDAR\n${lines}\n\n2. COUNCIL REPORTS\nNone.\n`).items[0].paragraphs.map((paragraph) => paragraph.text);

  it("makes each of a run 'A.', 'B.', 'C.' a paragraph, its letter kept", () => {
    expect(paragraphsOf('A. Approval of minutes of January 7, 2025\nB. Warrant register No. 24-25/14 in the amount of $1,204,337.18\nC. Award of contract for sidewalk repairs\nMotion carried 5-0.')).toEqual([
      'A. Approval of minutes of January 7, 2025',
      'B. Warrant register No. 24-25/14 in the amount of $1,204,337.18',
      'C. Award of contract for sidewalk repairs',
      'Motion carried 5-0.',
    ]);
  });

  it("leaves an initial alone that no next letter follows ('A. Smith' wrapped from the line above)", () => {
    expect(paragraphsOf('The consent calendar was moved by Councilmember\nA. Smith and approved unanimously.')).toEqual([
      'The consent calendar was moved by Councilmember A. Smith and approved unanimously.',
    ]);
  });
});

describe("an agenda pack's stamp above the minutes", () => {
  const minutes = (stamp: string) =>
    parse(`${stamp}\nNORTH FENWICK DISTRICT COUNCIL\n\nLICENSING AND REGULATORY COMMITTEE\n\nMINUTES of a meeting held at the Council Offices, Fenwick on Tuesday,\n10 December 2024 at 10.00 am.\n\nLR.31   APOLOGIES FOR ABSENCE\n        Apologies were received from Councillor M. Young.\n\nLR.32   FARES\n        The Licensing Manager presented the report.\n`);

  it.each([
    ['set to the right', '                                                   Agenda Item 4'],
    ['at the margin', 'Agenda Item 4'],
    ["broken in its box, as a PDF's text gives it", '                      Agenda Item\n4'],
  ])(
    "reads 'Agenda Item 4' (%s) as no item, and the header under it as the meeting's",
    (_, stamp) => {
      const meeting = minutes(stamp);
      expect([meeting.body, meeting.date]).toEqual(['North Fenwick District Council Licensing and Regulatory Committee', '2024-12-10']);
      expect(meeting.items.map((item) => item.number)).toEqual(['LR.31', 'LR.32']);
    },
  );

  it("keeps 'Item 1' as an item where no minutes' header follows it", () => {
    const meeting = parse('Item 1\nApologies\n\nNone were received.\n\nItem 2\nFinance\n\nThe accounts were noted.\n');
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2']);
  });
});

describe('the venue', () => {
  it("reads a line of its own that names a council's building ('City Hall Council Chambers, 400 Elm Street')", () => {
    const meeting = parse('CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025 – 6:00 p.m.\nCity Hall Council Chambers, 400 Elm Street\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. CONSENT CALENDAR\nApproved.\n');
    expect(meeting.venue).toBe('City Hall Council Chambers, 400 Elm Street');
  });

  it("leaves the time out of a labelled venue ('Venue: The Guildhall, Westmoor. Start: 6.30pm')", () => {
    const meeting = parse('Westmoor District Council\nPlanning Committee\n12 March 2025\nVenue: The Guildhall, Westmoor. Start: 6.30pm\n\n78 Declarations of interest\nNone.\n\n79 Appeals\nNoted.\n');
    expect([meeting.venue, meeting.time]).toEqual(['The Guildhall, Westmoor', '18:30']);
  });

  it("ends the venue with the header's sentence, not at a table's head row under it", () => {
    const meeting = parse('HOLLINGWORTH TOWN COUNCIL\n\nMinutes of the Finance Committee meeting held on Tuesday 8th April 2025 at 6pm in the Library Meeting Room\n\nPresent: Cllr S Barker (Chair), Cllr D Holmes\n\nMinute No.\tItem\tAction\n\nFA25/01\tApologies for absence\nNone.\n\nFA25/02\tGrants policy\nAgreed.\n');
    expect(meeting.venue).toBe('Library Meeting Room');
  });

  it("reads the venue from the header's sentence where a blank line breaks it ('… held on 14 January 2025' over 'at the Council Offices, …')", () => {
    const meeting = parse('WESTBROOK DISTRICT COUNCIL\n\nMinutes of a meeting held on 14 January 2025\n\nat the Council Offices, Westbrook, commencing at 6.30 pm\n\n1. APOLOGIES\nNone.\n\n2. MINUTES\nAgreed.\n');
    expect(meeting.venue).toBe('Council Offices, Westbrook');
  });

  it("reads the building after a header line's time ('Monday 13 January 2025, 7pm, Glenbrae Church Hall')", () => {
    const meeting = parse('**Glenbrae Community Council**\n\n**Minutes of Meeting – Monday 13 January 2025, 7pm, Glenbrae Church Hall**\n\n**1. Welcome**\n\nThe Chair welcomed everyone.\n\n**2. Police report**\n\nNo report.\n', 'markdown');
    expect([meeting.venue, meeting.time]).toEqual(['Glenbrae Church Hall', '19:00']);
  });

  it('takes no sentence for a venue line', () => {
    const meeting = parse('Westmoor District Council\nPlanning Committee\n12 March 2025\nCouncil Chamber works were completed in May.\n\n78 Declarations of interest\nNone.\n\n79 Appeals\nNoted.\n');
    expect(meeting.venue).toBeNull();
  });
});

describe('a run-in heading before the first item', () => {
  it("keeps 'CALL TO ORDER: Mayor … called the meeting to order …' as the opening, the roll call as attendance", () => {
    const meeting = parse(
      'CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025\n\nCALL TO ORDER: Mayor Dana Whitfield called the meeting to order at 6:02 p.m.\n\nROLL CALL:\nPresent: Mayor Whitfield, Councilmembers Hale and Brooks\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. CONSENT CALENDAR\nApproved.\n',
    );
    expect(meeting.items[0].title).toBe('Opening of the meeting');
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['CALL TO ORDER: Mayor Dana Whitfield called the meeting to order at 6:02 p.m.']);
    expect(meeting.attendees.map((person) => person.name)).toEqual(['Mayor Whitfield', 'Councilmember Hale', 'Councilmember Brooks']);
  });
});

describe('a question labelled before its asker', () => {
  it("names the asker after 'Q.' as the answerer after 'A.' is named", () => {
    const meeting = parse('Minutes of the Cabinet held on 3 March 2025\n\n12. Housing Strategy\n\nQ. Councillor Amin asked whether the target included affordable homes.\nA. The Leader replied that 40% would be affordable.\n\n13. Close\nNone.\n');
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Councillor Amin', 'The Leader']);
  });
});

describe("an annual meeting's title over the council's name", () => {
  it("names the council, not 'Annual Parish Meeting' run into it ('Minutes of the Annual Parish Meeting' over 'Little Sutton Parish Council')", () => {
    const meeting = parse('Minutes of the Annual Parish Meeting\nLittle Sutton Parish Council\nheld at Little Sutton Village Hall on Wednesday 14 May 2025 at 7.00pm\n\n1. Welcome\nThe Chairman welcomed everyone.\n\n2. Reports\nNone.\n');
    expect(meeting.body).toBe('Little Sutton Parish Council');
  });
});
