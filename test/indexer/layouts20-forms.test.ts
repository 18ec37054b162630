// Forms found by the layout fixtures of session 20, each in a small document written for this test: Markdown pandoc
// wrote from a Word document (a grid table of attendance, underlined spans, a picture, line-break backslashes, dashes), a count
// of the public on a line of its own in an attendance block, a supplementary question or a point of order before the
// speaker, attendance written as prose groups (wrapped after a semicolon or inside a body's name), an abbreviation among Title Case headings, a Title Case heading under a
// run-on list of people, a table of items with a minute number column (its heading row repeated on a later page), a vote counted by members, paragraphs numbered
// on from a slashed minute number, and a title over "Minutes of …" repeated as the later pages' running header.
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);

describe('Markdown pandoc wrote from a Word document', () => {
  const markdown = [
    '![](media/image1.png){width="1.0in" height="0.9in"}',
    '',
    '**[HOLBRIDGE TOWN COUNCIL]{.underline}**',
    '',
    '**Minutes of the meeting of the Full Council held on Monday 3 March 2025**',
    '',
    '+--------------------+-----------------------------------+',
    '| **Present:**       | Cllr Ann Vell (Town Mayor)        |',
    '|                    |                                   |',
    '|                    | Cllr Bryn Tolley                  |',
    '+--------------------+-----------------------------------+',
    '| **In attendance:** | Mrs Cara Denby (Town Clerk)\\      |',
    '|                    | Mr Dev Rao (Deputy Town           |',
    '|                    | Clerk)                            |',
    '+--------------------+-----------------------------------+',
    '',
    '**HC/25/01 [Apologies for Absence]{.underline}**',
    '',
    'None.',
    '',
    '**HC/25/02 [Allotments]{.mark}**',
    '',
    'The Town Clerk reported that all plots were let.\\',
    'Two tenants were on the waiting list.',
    '',
    '\\(a) Holbridge Pantry -- £750; the hall---and the field --- let.',
    '',
  ].join('\n');

  it('reads the grid table as rows of cells, and keeps the words of spans without their marks', async () => {
    const { text } = await readDocument(Buffer.from(markdown), '/minutes/holbridge.md', { maxFileBytes: 2 ** 20 });
    expect(text).toContain('**Present:**\tCllr Ann Vell (Town Mayor)\nCllr Bryn Tolley\n');
    expect(text).toContain('**In attendance:**\tMrs Cara Denby (Town Clerk)\nMr Dev Rao (Deputy Town Clerk)\n');
    expect(text).toContain('The Town Clerk reported that all plots were let.\nTwo tenants');
    expect(text).toContain('(a) Holbridge Pantry – £750; the hall—and the field — let.');
    expect(text).not.toMatch(/[{}\\]|image1|\+-/);
    const meeting = parse(text, 'markdown');
    expect(meeting.body).toBe('Holbridge Town Council');
    expect(people(meeting)).toEqual([
      ['Cllr Ann Vell', 'Town Mayor', 'present'],
      ['Cllr Bryn Tolley', null, 'present'],
      ['Mrs Cara Denby', 'Town Clerk', 'in attendance'],
      ['Mr Dev Rao', 'Deputy Town Clerk', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['HC/25/01', 'Apologies for Absence'],
      ['HC/25/02', 'Allotments'],
    ]);
  });
});

describe('a count of the public on a line of its own in an attendance block', () => {
  it('names no one and ends no block: the apologies under it are read', () => {
    const meeting = parse(
      [
        'Holbridge Town Council',
        'Minutes of the meeting of the Full Council held on Monday 3 March 2025',
        '',
        'In attendance:\tMrs Cara Denby (Town Clerk)',
        '4 members of the public',
        '',
        'Apologies:\tCllr Ed Frome, Cllr Gil Hart',
        '',
        'HC/25/01 Declarations of Interest',
        '',
        'None.',
        '',
      ].join('\n'),
    );
    expect(people(meeting)).toEqual([
      ['Mrs Cara Denby', 'Town Clerk', 'in attendance'],
      ['Cllr Ed Frome', null, 'apologies'],
      ['Cllr Gil Hart', null, 'apologies'],
    ]);
  });
});

describe('a turn opened by a clause naming what kind of turn it is', () => {
  it.each([
    'As a supplementary question, Councillor Bhatt asked whether the post would be funded next year.',
    'By way of a supplementary question, Councillor Bhatt asked whether the post would be funded next year.',
    'On a point of order, Councillor Bhatt asked whether the item had been published in time.',
  ])('names the speaker after the clause: %s', (turn) => {
    const meeting = parse(`Hartmoor Police and Crime Panel\nMinutes of the meeting held on Thursday 14 March 2024\n\nPresent: Councillor Sunita Bhatt, Councillor Rory Tennant\n\n1. Questions to the Commissioner\n\n${turn}\n`);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Councillor Bhatt']);
  });
});

describe('attendance written as prose groups', () => {
  const withPresent = (present: string) =>
    parse(`Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\n${present}\n\nWelcome\nThe Chair welcomed everyone.\n\nPlanning\nNo applications.\n`);

  it('reads the members a count names in brackets, and gives no one the count', () => {
    const meeting = withPresent('Present: 3 community councillors (Ross Fyfe (Chair), Ailsa Kerr, Ewan Dow), 4 members of the public');
    expect(people(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['Ewan Dow', null, 'present'],
    ]);
  });

  it("reads the members named after their group's name as untitled ('Community Councillors Iona Reid (Chair), …')", () => {
    const meeting = withPresent('Present: Community Councillors Ross Fyfe (Chair), Ailsa Kerr and Ewan Dow; Councillors Jean Tait and Neil Gow');
    expect(people(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['Ewan Dow', null, 'present'],
      ['Councillor Jean Tait', null, 'present'],
      ['Councillor Neil Gow', null, 'present'],
    ]);
  });

  it('makes the body a person came from, printed before them with a colon, their role', () => {
    const meeting = withPresent('Present: Ross Fyfe (Chair), Ailsa Kerr; Police Scotland: PC Neil Gow; Strathmore and Angus Council: Cllr Jean Tait');
    expect(people(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['PC Neil Gow', 'Police Scotland', 'present'],
      ['Cllr Jean Tait', 'Strathmore and Angus Council', 'present'],
    ]);
  });
});

describe('a run-on list of people wrapped after a semicolon', () => {
  it('goes on in the next line, whatever that line opens with', () => {
    const meeting = parse(
      'Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr, 2 members of the public;\nPolice Scotland: PC Neil Gow\nApologies: Ewan Dow\n\nWelcome\nThe Chair welcomed everyone.\n\nPlanning\nNo applications.\n',
    );
    expect(meeting.body).toBe('Glenavon Community Council');
    expect(people(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['PC Neil Gow', 'Police Scotland', 'present'],
      ['Ewan Dow', null, 'apologies'],
    ]);
  });
});

describe("a body's name wrapped over a list's line end", () => {
  it("stays the role of the person after it ('… Argyll and' / 'Lomond Council: Cllr Rhona Strachan')", () => {
    const meeting = parse(
      'Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr; Police Scotland: PC Neil Gow; Argyll and\nLomond Council: Cllr Jean Tait\n\nWelcome\nThe Chair welcomed everyone.\n\nPlanning\nNo applications.\n',
    );
    expect(people(meeting).slice(2)).toEqual([
      ['PC Neil Gow', 'Police Scotland', 'present'],
      ['Cllr Jean Tait', 'Argyll and Lomond Council', 'present'],
    ]);
  });
});

describe('an abbreviation alone on a line among Title Case headings', () => {
  it("is one of the document's item headings ('AOCB')", () => {
    const meeting = parse(
      'Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr\n\nPolice Report\nNo report was received.\n\nPath Network\nThe work party had cleared the shore path.\n\nAOCB\nA resident raised the state of the bus shelter.\n\nDate of Next Meeting\nTuesday 1 April 2025.\n',
    );
    expect(meeting.items.map((item) => item.title)).toEqual(['Police Report', 'Path Network', 'AOCB', 'Date of Next Meeting']);
  });
});

describe('a Title Case heading a blank line under a run-on list of people', () => {
  it('heads the first item: it is no one more in the list', () => {
    const meeting = parse('Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr\n\nPolice Report\nNo report.\n\nPath Network\nThe path was cleared.\n');
    expect(people(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Police Report', 'Path Network']);
  });

  it('is one more person under a label that lists one person on its own line', () => {
    const meeting = parse('Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe, in the Chair\n\nAilsa Kerr\n\nEwan Dow\n\n1. Apologies\nNone.\n\n2. Planning\nNone.\n');
    expect(people(meeting).map(([name]) => name)).toEqual(['Ross Fyfe', 'Ailsa Kerr', 'Ewan Dow']);
  });
});

describe('items as the rows of a table with a minute number column before the titles', () => {
  it("heads each item with its row's number and title, the discussion its paragraphs", () => {
    const text =
      'Pelham Heath Town Council\nMinutes of the meeting of the Environment Committee held on Tuesday 21 January 2025\n\nMinute\tItem\tDiscussion and decision\n\n' +
      'EN/25/01\tApologies for absence\nApologies were received from Councillor Oduya.\n\nRESOLVED that the apologies be accepted.\n\n' +
      'EN/25/02\tTree planting\tCouncillor Dunmore reported that volunteers had planted 240 whips.\n';
    const meeting = parse(text, 'html');
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['EN/25/01', 'Apologies for absence'], ['EN/25/02', 'Tree planting']]);
    expect(meeting.items[0].paragraphs.map(({ text: paragraph }) => paragraph)).toEqual(['Apologies were received from Councillor Oduya.', 'RESOLVED that the apologies be accepted.']);
  });

  it('skips the heading row a word processor prints again at the top of the next page', () => {
    const text =
      'Pelham Heath Town Council\nMinutes of the meeting of the Environment Committee held on Tuesday 21 January 2025\n\nMinute    Item    Discussion and decision\n\n' +
      'EN/25/01    Apologies for absence    None were received.\n\nMinute    Item    Discussion and decision\n\nEN/25/02    Tree planting    Volunteers had planted 240 whips.\n';
    expect(parse(text, 'html').items.map(({ number, title }) => [number, title])).toEqual([['EN/25/01', 'Apologies for absence'], ['EN/25/02', 'Tree planting']]);
  });
});

describe('a vote counted by members', () => {
  const decisions = (vote: string) =>
    parse(`Ballycarn District Council\nMinutes of the Planning Committee held on Wednesday 11 September 2024\n\n1. Site for Dwelling, Carnduff Road\n\nProposed by Councillor McAteer, Seconded by Councillor O’Kane that the application be approved.\n\n${vote}\n`)
      .items[0].paragraphs.filter((paragraph) => paragraph.isDecision)
      .map((paragraph) => paragraph.text);

  it('is a tally, no decision, when the proposal fell', () => {
    expect(decisions('On a vote being taken, 3 Members voted in favour and 5 against, and the proposal fell.')).toEqual([]);
  });

  it('is a decision when the text says the proposal was carried', () => {
    expect(decisions('On a vote being taken, 5 Members voted in favour and 3 against, and the proposal was carried.')).toHaveLength(1);
  });
});

describe('paragraphs numbered on from a slashed minute number', () => {
  it("are the minute's paragraphs, though one opens like a title ('17.2 In response to …, the Treasurer')", () => {
    const text = [
      'Hollinshire Fire and Rescue Authority',
      'Minutes of the Audit Committee held on Wednesday 26 June 2024',
      '',
      'AGC/24/16    INTERNAL AUDIT REPORT',
      '',
      '      16.1   Mr Beckett presented the annual report.',
      '',
      'AGC/24/17    STATEMENT OF ACCOUNTS',
      '',
      '      17.1   The Treasurer presented the unaudited statement of accounts.',
      '',
      '      17.2   In response to a question from Councillor Prothero, the Treasurer',
      '             confirmed that the underspend would be transferred to the reserve.',
      '',
      'AGC/24/18    RISK REGISTER',
      '',
      '      18.1   RESOLVED – That the corporate risk register be noted.',
      '',
    ].join('\n');
    const meeting = parse(text);
    expect(meeting.items.map(({ number }) => number)).toEqual(['AGC/24/16', 'AGC/24/17', 'AGC/24/18']);
    expect(meeting.items[1].paragraphs.map(({ speaker }) => speaker)).toEqual(['The Treasurer', 'The Treasurer']);
  });
});

describe('a title over "Minutes of …" that the pages after the first repeat as their running header', () => {
  it("names the body: blank lines between the title's lines do not part it from the minutes line", () => {
    const page = (number: number, body: string) => `${body}\n\n     ${number}.    ITEM ${number}\n\n     Text of item ${number}.\n\n\n                         Page ${number} of 3\n`;
    const header = '                     Hollinshire Fire and Rescue Authority\n\n';
    const text = [
      page(1, '               HOLLINSHIRE FIRE AND RESCUE AUTHORITY\n\n                  AUDIT AND GOVERNANCE COMMITTEE\n\n   Minutes of the meeting held on Wednesday 26 June 2024\n\n     Present: Councillor Beverley Ainsworth (Chair)'),
      page(2, header),
      page(3, header),
    ].join('\f');
    expect(parse(text).body).toBe('Hollinshire Fire and Rescue Authority Audit and Governance Committee');
  });
});

describe('a meeting sentence in capitals wrapped after a comma', () => {
  it('goes on in the line under it, which heads no item: the attendance below is read', () => {
    const meeting = parse(
      '**ASHCOMBE TOWN COUNCIL**\n\n**MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON 9 SEPTEMBER 2024 AT 7.00PM IN THE COUNCIL CHAMBER,\nTHE GUILDHALL,\nASHCOMBE**\n\n' +
        '**Present:** Cllr Helen Varley (Town Mayor), Cllr Martin Osei\n\n**FC/24/061 Apologies for Absence**\n\nNone.\n\n**FC/24/062 Declarations of Interest**\n\nNone.\n',
      'markdown',
    );
    expect(people(meeting)).toEqual([
      ['Cllr Helen Varley', 'Town Mayor', 'present'],
      ['Cllr Martin Osei', null, 'present'],
    ]);
  });
});
