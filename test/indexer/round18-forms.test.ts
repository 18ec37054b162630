// Forms found in round 18 of the layout fixtures, each in a small document written for this test: Channel Islands
// parish assemblies, a combined authority's decision notice, a cabinet record, US ordinances and roll calls, plain-text
// exports of word processors, action notes kept as tables, and minutes filed under their date.
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import type { Meeting, SourceFormat } from '../../core/types';
import { makePdf } from './make-pdf';

const LIMITS = { maxFileBytes: 10_000_000 };
const read = async (text: string, file: string) => (await readDocument(Buffer.from(text), file, LIMITS)).text;
const parse = (text: string, format: SourceFormat = 'text', file = 'minutes'): Meeting => parseMinutes({ text, format, file, documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const paragraph = (meeting: Meeting, start: string) => paragraphs(meeting).find((found) => found.text.startsWith(start));
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);
const items = (meeting: Meeting) => meeting.items.map((item) => [item.number, item.title]);

describe('people and speakers', () => {
  it("names a Channel Islands parish's Deputy, Connétable and Centenier, and a US board's Clerk and Member, as speakers", () => {
    const meeting = parse(
      'PARISH OF ST LAWRENCE\nParish Assembly held on 22 January 2025\n\n1. Rates\nThe Connétable presented the report.\nDeputy Falle asked whether the Parish had applied for a grant.\nCentenier Le Cornu seconded the proposition.\nClerk Feld asked that the item be pulled.\nMember Amadi asked whether staff had been offered other posts.\n',
    );
    expect(paragraph(meeting, 'The Connétable')?.speaker).toBe('The Connétable');
    expect(paragraph(meeting, 'Deputy Falle')?.speaker).toBe('Deputy Falle');
    expect(paragraph(meeting, 'Centenier')?.speaker).toBe('Centenier Le Cornu');
    expect(paragraph(meeting, 'Clerk Feld')?.speaker).toBe('Clerk Feld');
    expect(paragraph(meeting, 'Member Amadi')?.speaker).toBe('Member Amadi');
  });

  it("gives each name under a 'Councillors:' sub-label of Present the councillor's title, and reads 'Officers:' beside it", () => {
    const meeting = parse(
      'MOORBRIDGE TOWN COUNCIL\nMinutes of the meeting held on 10 March 2025\n\nPresent:\nCouncillors: Wendy Ashworth (Town Mayor), Shabana Akhtar,\nPeter Dunne and Tony Wrigley\nOfficers: Andrea Cole (Town Clerk)\n\n1. Apologies\nNone.\n',
    );
    expect(people(meeting)).toEqual([
      ['Councillor Wendy Ashworth', 'Town Mayor', 'present'],
      ['Councillor Shabana Akhtar', null, 'present'],
      ['Councillor Peter Dunne', null, 'present'],
      ['Councillor Tony Wrigley', null, 'present'],
      ['Andrea Cole', 'Town Clerk', 'in attendance'],
    ]);
  });

  it("reads people listed one a line as 'Name, Office, Organisation' as one person each, the office keeping its organisation", () => {
    const meeting = parse(
      'POLICING AUTHORITY\nResources Committee\nMinutes of the meeting held on 6 February 2025\n\nIn attendance:  Gordon Reid, Chief Financial Officer, Police Service\n                Karen Auld, Director of Finance, Authority\n                Lynne Cowie, Board Secretary\n\n1. Apologies\nNone.\n',
    );
    expect(people(meeting)).toEqual([
      ['Gordon Reid', 'Chief Financial Officer, Police Service', 'in attendance'],
      ['Karen Auld', 'Director of Finance, Authority', 'in attendance'],
      ['Lynne Cowie', 'Board Secretary', 'in attendance'],
    ]);
  });

  it("leaves a closing count of the public ('and 34 Principals and Electors of the Parish') out of the last person's office", () => {
    const meeting = parse(
      'PARISH ASSEMBLY\nMinutes of the meeting held on 22 January 2025\n\nPresent:\nMr Clive Renouf, Procureur du Bien Public\nMrs Jane Gallichan, Parish Secretary\nand 34 Principals and Electors of the Parish.\n\n1. Rates\nApproved.\n',
    );
    expect(people(meeting)).toEqual([
      ['Mr Clive Renouf', 'Procureur du Bien Public', 'present'],
      ['Mrs Jane Gallichan', 'Parish Secretary', 'present'],
    ]);
  });

  it("reads 'Also present: Mayor X; Law Director Y; Clerk of Council Z.' as offices printed before each name", () => {
    const meeting = parse(
      'CITY OF CEDAR BLUFF, OHIO\nREGULAR COUNCIL MEETING\nApril 8, 2025\n\nAlso present: Mayor Richard Tolan; Law Director Megan Strand; Clerk of Council Teresa Wolfe.\n\nAPPROVAL OF MINUTES\nApproved.\n\nPUBLIC COMMENT\nNone.\n',
    );
    expect(people(meeting)).toEqual([
      ['Mayor Richard Tolan', null, 'in attendance'],
      ['Megan Strand', 'Law Director', 'in attendance'],
      ['Teresa Wolfe', 'Clerk of Council', 'in attendance'],
    ]);
    expect(meeting.body).toBe('City of Cedar Bluff Council');
  });
});

describe('bodies and dates', () => {
  it("names a Jersey parish's assembly from its header lines, not from the gathering of its electors the sentence names", () => {
    const meeting = parse('PARISH OF ST AUBIN-LE-VAL\n\nPARISH ASSEMBLY\n\nMinutes of the Assembly of the Principals and Electors of the Parish held at the Parish Hall on 22 January 2025.\n\n1. Rates\nApproved.\n');
    expect(meeting.body?.toLowerCase()).toBe('parish of st aubin-le-val parish assembly');
  });

  it("names a 'Friends of' group, and a decision notice's decision maker with the authority over it", async () => {
    expect(parse('FRIENDS OF ASHCOMBE PARK\nCommittee meeting notes\nDate: 14/01/2025\n\n1. Welcome\nHello.\n\n2. Bulbs\nPlanted.\n').body).toBe('Friends of Ashcombe Park');
    const notice = await read('# Tessmouth Combined Authority\n\nDecision maker: Combined Authority Board\n\nDate of meeting: 19 March 2025\n\n## Decision 1: Skills plan\n\nApproved.\n', 'notice.md');
    expect(parse(notice, 'markdown').body).toBe('Tessmouth Combined Authority Board');
  });

  it('reads the date from a file name that writes it day first or in words, when the minutes give none', () => {
    const text = 'HOLLINS LANE ALLOTMENT ASSOCIATION\n\n1. Rents\nPaid.\n\n2. Plots\nLet.\n';
    expect(parse(text, 'text', '/minutes/allotment-minutes-12-feb-2025.txt').date).toBe('2025-02-12');
    expect(parse(text, 'text', '/minutes/Minutes 12.02.2025.txt').date).toBe('2025-02-12');
    expect(parse(text, 'text', '/minutes/PC_Minutes_3rd_March_2025.txt').date).toBe('2025-03-03');
  });
});

describe('items', () => {
  it("reads 'Agenda Item 4a – Title' as a sub-item of 'Agenda Item 4 – Title'", () => {
    const meeting = parse('Board of Education\nMay 15, 2025\n\nAgenda Item 4 – Reports\nAgenda Item 4a – Superintendent\'s Report\nThe Superintendent reported.\nAgenda Item 5 – Adjournment\nClosed.\n');
    expect(items(meeting)).toEqual([['4', 'Reports'], ['4a', "Superintendent's Report"], ['5', 'Adjournment']]);
  });

  it("reads a cabinet's 'C.101/24' codes, and leaves a key decision's mark out of the title", () => {
    const meeting = parse('EASTMERE DISTRICT COUNCIL\nCABINET\nRecord of the meeting held on 5 February 2025\n\nC.101/24  APOLOGIES FOR ABSENCE\n\nNone.\n\nC.102/24  HOUSING BUDGET ◆ KEY DECISION\n\nApproved.\n\nC.103/24  LEISURE CONTRACT (Key Decision)\n\nExtended.\n');
    expect(items(meeting)).toEqual([['C.101/24', 'APOLOGIES FOR ABSENCE'], ['C.102/24', 'HOUSING BUDGET'], ['C.103/24', 'LEISURE CONTRACT']]);
  });

  it("heads a transcript with its one numbered heading when the list of who attended comes under it", () => {
    const meeting = parse('Housing Committee – 14 November 2024\n\nTranscript of Agenda Item 5 – Temporary Accommodation\n\nMembers present: Sandra Okafor AM (Chair), Tom Bexley AM\n\nSandra Okafor AM (Chair): Good morning and welcome to our guests.\n\nTom Bexley AM: Thank you, Chair.\n');
    expect(items(meeting)).toEqual([['5', 'Temporary Accommodation']]);
    expect(paragraphs(meeting).map((found) => found.text)).toEqual(['Sandra Okafor AM (Chair): Good morning and welcome to our guests.', 'Tom Bexley AM: Thank you, Chair.']);
  });

  it("heads a US council's legislation by its number and long title in capitals, ending in the reading it had", () => {
    const title = 'ORDINANCE NO. 2025-14 – AN ORDINANCE AUTHORIZING THE MAYOR TO ENTER INTO A CONTRACT FOR THE 2025 STREET RESURFACING PROGRAM AND DECLARING AN EMERGENCY. (Third Reading)';
    const meeting = parse(`CITY OF CEDAR BLUFF\nCITY COUNCIL\nApril 8, 2025\n\nAPPROVAL OF MINUTES\nApproved.\n\nLEGISLATION\n${title}\nMr. Baptiste moved to adopt the ordinance.\n\nPUBLIC COMMENT\nNone.\n`);
    expect(items(meeting).map(([, found]) => found)).toEqual(['APPROVAL OF MINUTES', 'LEGISLATION', title, 'PUBLIC COMMENT']);
  });

  it('reads legislation headings among sections in Title Case, a title wrapped over lines joined', () => {
    const meeting = parse(
      'CITY OF CEDAR BLUFF\nCITY COUNCIL\nApril 8, 2025\n\nApproval of Minutes\nThe minutes were approved.\n\nLegislation\nThe Clerk read the titles.\n\nORDINANCE NO. 2025-14 – AN ORDINANCE AUTHORIZING A CONTRACT FOR\nSTREET RESURFACING. (Third Reading)\nThe ordinance was adopted.\n\nPublic Comment\nThere was none.\n',
    );
    expect(items(meeting).map(([, found]) => found)).toEqual([
      'Approval of Minutes', 'Legislation', 'ORDINANCE NO. 2025-14 – AN ORDINANCE AUTHORIZING A CONTRACT FOR STREET RESURFACING. (Third Reading)', 'Public Comment',
    ]);
  });

  it('reads a decision notice\'s "Decision 1: Title" blocks as its items and the text under "Decision made" as the decision', async () => {
    const notice = await read('# Tessmouth Combined Authority\n\nDate of meeting: 19 March 2025\n\n## Decision 1: Skills plan\n\n**Decision made**\n\nThe Board appointed three members to the panel.\n\n**Reasons for the decision**\n\nTerms were ending.\n\n## Decision 2: Fares cap\n\n**Decision made**\n\nThe cap was extended.\n', 'notice.md');
    const meeting = parse(notice, 'markdown');
    expect(items(meeting)).toEqual([['1', 'Skills plan'], ['2', 'Fares cap']]);
    expect(meeting.items[0].decisions[0]).toContain('The Board appointed three members to the panel.');
  });

  it('reads headings in sentence case set apart by a blank line over prose, and no numbered list a sentence introduces', () => {
    const meeting = parse(
      'Westcombe Village Hall Committee\nMinutes of the meeting, 9 April 2025\n\n\nWelcome and apologies\nDiane welcomed everyone.\n\n\nBuilding and maintenance\nGraham had obtained two quotations for the roof:\n1. Coastline Roofing: £8,400\n2. Harris & Sons: £9,150\nThe committee would apply for a grant.\n\n\nDate of next meeting\nWednesday 11 June 2025 at 7.30pm.\n',
    );
    expect(items(meeting)).toEqual([[null, 'Welcome and apologies'], [null, 'Building and maintenance'], [null, 'Date of next meeting']]);
  });
});

describe('decisions and votes', () => {
  it('reads the outcomes an assembly, a board and a small group record', () => {
    const meeting = parse(
      'PARISH ASSEMBLY\nHeld on 22 January 2025\n\n1. Business\nThe Assembly APPROVED the rates for 2025.\n\nThe Committee DISCUSSED and NOTED the paper.\n\nAgreed as a true record.\n\nMartin reported that two sites were available. The group agreed to ask for an assessment.\n\nThe Board discussed and noted the paper.\n',
    );
    const decided = (start: string) => paragraph(meeting, start)?.isDecision;
    expect([decided('The Assembly'), decided('The Committee'), decided('Agreed as'), decided('Martin reported'), decided('The Board')]).toEqual([true, true, true, true, false]);
  });

  it("ends a motion at its line's 'LOST 2/4' or 'CARRIED 4/2', so the next motion is a paragraph of its own", () => {
    const meeting = parse(
      'KURRAJONG VALE COUNCIL\nMeeting held on 18 February 2025\n\n1. Quarry\nMoved Cr Abernethy, Seconded Cr Tan. That Council approve DA 2024/118. LOST 2/4\nMoved Cr Nguyen, Seconded Cr Hollings. That Council refuse DA 2024/118. CARRIED 4/2\nCr Kovac returned to the chamber at 7.40pm.\n',
    );
    expect(paragraphs(meeting).map((found) => [found.text.slice(0, 20), found.isDecision])).toEqual([
      ['Moved Cr Abernethy, ', false],
      ['Moved Cr Nguyen, Sec', true],
      ['Cr Kovac returned to', false],
    ]);
  });

  it("reads 'ROLL CALL: Ayes: …' as the vote on the motion above, and 'Ordinance No. X adopted 6-0' as a decision", () => {
    const meeting = parse(
      'CITY OF CEDAR BLUFF\nCITY COUNCIL\nApril 8, 2025\n\nCALL TO ORDER: The meeting opened at 7 p.m.\n\nAPPROVAL OF MINUTES: Mr. Kowalski moved to approve the minutes.\nROLL CALL: Ayes: Kowalski, Ferraro. Nays: None. Ordinance No. 2025-14 adopted 6-0.\n\nREPORTS: The Mayor reported on brush pickup.\n\nADJOURNMENT: The meeting closed.\n',
    );
    expect(items(meeting).map(([, found]) => found)).toEqual(['CALL TO ORDER', 'APPROVAL OF MINUTES', 'REPORTS', 'ADJOURNMENT']);
    expect(meeting.items[1].decisions[0]).toContain('Ordinance No. 2025-14 adopted 6-0.');
  });
});

describe('readers', () => {
  it('reads a pipe table typed in a plain-text file as rows of cells, and leaves lines between bars with no rule as written', async () => {
    expect(await read('Notes\n\n| Item | Owner |\n|------|-------|\n| 1. Insurance | JE |\n', 'notes.txt')).toBe('Notes\n\nItem\tOwner\n\n1. Insurance\tJE\n\n');
    expect(await read('Votes | For | Against |\n| 5 | 2 |\n', 'notes.txt')).toBe('Votes | For | Against |\n| 5 | 2 |\n');
  });

  it("joins a PDF table's wrapped first cell to its row when the table has three columns or more", async () => {
    const pdf = makePdf([
      [
        [[72, 'Item'], [205, 'Discussion'], [440, 'Action'], [530, 'Owner']],
        [],
        [[72, '4. Any other'], [205, 'Ann asked for the bin store at the'], [440, 'Report to the'], [530, 'AP']],
        [[72, 'business'], [205, 'north end to be repaired.'], [440, 'housing office']],
      ],
    ]);
    const text = (await readDocument(pdf, 'notes.pdf', LIMITS)).text;
    expect(text).toContain('4. Any other business');
    expect(text).toContain('Ann asked for the bin store at the north end to be repaired.');
  });
});
