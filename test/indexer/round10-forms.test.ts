// Forms found in round 10 of the layout fixtures, each in a small document written for this test: minute numbers after
// a dot leader (and that leader wrapped), dates and titles printed in Welsh, a clerk named by a label, speakers named by
// their initials, outline bullets as items, aligned form fields, bold by a style sheet's class, and authorities whose
// name runs on into their committee's.
import { parseMinutes } from '../../indexer/parse';
import { attendanceLabelOf } from '../../indexer/parse/attendance-labels';
import { attendeesFromList } from '../../indexer/parse/attendee-lists';
import { findDate, qualifyBody } from '../../indexer/parse/meeting-fields';
import { htmlToText } from '../../indexer/readers/html';

const parse = (text: string, format: 'text' | 'markdown' = 'text') => parseMinutes({ text, format, file: 'minutes.txt', documentId: 'minutes' });
const HEADER = 'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\nPresent: Cllr Ann Bell (Chair), Cllr Carl Dent, Cllr Erin Ford\n\n';
const items = (text: string) => parse(text).meetings[0].items.map(({ number, title }) => [number, title]);

describe('minute numbers after a dot leader', () => {
  const expected = [
    ['25/01', 'Apologies for absence'],
    ['25/02', 'Finance'],
  ];

  it('reads the number at the end of the leader', () => {
    expect(items(`${HEADER}Apologies for absence ............................ 25/01\nNone.\n\nFinance ............................ 25/02\nThe payments were approved.\n`)).toEqual(expected);
  });

  it('reads the leader and number wrapped onto the next line, or the number alone there', () => {
    expect(items(`${HEADER}Apologies for absence\n............................ 25/01\nNone.\n\nFinance\n............................ 25/02\nThe payments were approved.\n`)).toEqual(expected);
    expect(items(`${HEADER}Apologies for absence ............................\n25/01\nNone.\n\nFinance ............................\n25/02\nThe payments were approved.\n`)).toEqual(expected);
  });

  it('reads no heading from a sum or a page number after a leader', () => {
    const text = `${HEADER}1. Finance\nThe following were paid:\nClerk's salary .............. 412.60\nHall hire .............. 45\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(items(text)).toEqual([
      ['1', 'Finance'],
      ['2', 'Close'],
    ]);
  });
});

describe('Welsh and bilingual habits', () => {
  it('reads dates with Welsh month names and ordinals', () => {
    expect(findDate('Dydd Mawrth 11 Mawrth 2025')).toBe('2025-03-11');
    expect(findDate('nos Lun 13eg Ionawr 2025')).toBe('2025-01-13');
    expect(findDate('1af Rhagfyr 2024')).toBe('2024-12-01');
  });

  it('keeps the English title of a name titled in both languages', () => {
    expect(attendeesFromList('Cyng. / Cllr Menna Hughes, Cllr / Cyng. Rhys Owen (Maer / Mayor)', 'present').map(({ name, role }) => [name, role])).toEqual([
      ['Cllr Menna Hughes', null],
      ['Cllr Rhys Owen', 'Chair'],
    ]);
  });

  it('opens a decision at PENDERFYNWYD / RESOLVED, even under a full line', () => {
    const text = `${HEADER}1. Planning\nCyng. Hughes reported on the application for six holiday lets at the farm and asked the Council to object to it.\nPENDERFYNWYD / RESOLVED to object to the application.\n`;
    const [item] = parse(text).meetings[0].items;
    expect(item.paragraphs.map((paragraph) => [paragraph.isDecision, paragraph.speaker])).toEqual([
      [false, 'Cyng. Hughes'],
      [true, null],
    ]);
  });
});

describe('people', () => {
  it('gives the clerk named by a label the office, in attendance, with a colon or a table cell', () => {
    expect(attendanceLabelOf('Clerk: Mr Graham Ashworth')).toEqual({ attendance: 'in attendance', rest: 'Mr Graham Ashworth (Clerk)' });
    expect(attendanceLabelOf('Chair\tCllr Demelza Roskilly')).toEqual({ attendance: 'present', rest: 'Cllr Demelza Roskilly (Chair)' });
  });

  it('reads a ward councillor as a councillor, and ends an entry before "and two residents"', () => {
    expect(attendeesFromList('Ward Cllr Sandra Wilkin and two residents', 'in attendance').map(({ name }) => name)).toEqual(['Ward Cllr Sandra Wilkin']);
  });

  it('reads a run-on list wrapped mid-name, before "and" or before the last name\'s last word', () => {
    const text = `HOLT DISTRICT COUNCIL\nMinutes of the Planning Committee meeting held on 3 March 2025\n\nPresent:   Councillor Amy Bell (Chair), Councillor Carl Dent, Councillor Erin\n           Ford and Councillor Gail Hume, Councillor Ian Jones and Councillor Kate\n           Lowe\n\n1. Apologies\nNone.\n`;
    expect(parse(text).meetings[0].attendees.map(({ name }) => name)).toEqual([
      'Councillor Amy Bell', 'Councillor Carl Dent', 'Councillor Erin Ford', 'Councillor Gail Hume', 'Councillor Ian Jones', 'Councillor Kate Lowe',
    ]);
  });

  it('reads a run-on list wrapped after a bare title whose rest comes before the name ("Mayor" / "Pro Tem Marcus Bell")', () => {
    // The text's longest lines are longer than the list's first: "Pro" would have fitted, yet no list ends on "Mayor".
    const text = [
      'CITY OF VISTA ALAMEDA',
      'City Council Action Minutes',
      'Regular Meeting – Tuesday, April 8, 2025 – 6:00 p.m.',
      '',
      '1. ROLL CALL',
      '',
      'Present: Council Member Ana Ibarra, Council Member Greg Holloway, Council Member Teresa Vu, Mayor',
      'Pro Tem Marcus Bell, Mayor Rosa Delgado',
      '',
      '2. PUBLIC HEARINGS',
      '',
      'Community Development Director Elena Marsh presented the staff report, and the public hearing was opened at',
      '6:21 p.m. Public speakers: Jim Pardo spoke in favor; Karen Lutz spoke in opposition, citing parking on Linden',
      'Street. Council Member Vu asked whether the parking exemption near transit applied to the Linden Street corridor.',
      'Director Marsh said that it applied only within one-half mile of the station, and the hearing was closed at',
      '6:40 p.m. Action: Motion by Council Member Holloway, second by Council Member Ibarra, to introduce the',
      'ordinance. Motion passed 5-0.',
    ].join('\n');
    expect(parse(text).meetings[0].attendees.map(({ name }) => name)).toEqual([
      'Council Member Ana Ibarra', 'Council Member Greg Holloway', 'Council Member Teresa Vu', 'Mayor Pro Tem Marcus Bell', 'Mayor Rosa Delgado',
    ]);
  });

  it('credits a paragraph opened by initials to the one listed person with them, and reads no role from the initials', () => {
    const text = `HOLT LEISURE TRUST\nMinutes of the Board meeting held on 3 March 2025\n\nPresent:\nDr Helen Marsh (HM) – Chair\nKeith Ormerod (KO)\nKaren Oakes (KO)\n\n1. Welcome\nHM welcomed trustees.\nKO presented the report.\n`;
    const [meeting] = parse(text).meetings;
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Dr Helen Marsh', 'Chair'],
      ['Keith Ormerod', null],
      ['Karen Oakes', null],
    ]);
    // Two attendees share "KO": neither is credited.
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Dr Helen Marsh', null]);
  });
});

describe('items and paragraphs', () => {
  it('reads wholly bold top-level bullets as items and their nested points as paragraphs', () => {
    const text = `# Holt Steering Group – 3 March 2025\n\n- **1. Apologies**\n    - Apologies from Ann Bell.\n    - No declarations of interest.\n- **2. Survey**\n    - The survey had closed.\n`;
    const [meeting] = parse(text, 'markdown').meetings;
    expect(meeting.items.map(({ number, title, paragraphs }) => [number, title, paragraphs.map((paragraph) => paragraph.text)])).toEqual([
      ['1', 'Apologies', ['Apologies from Ann Bell.', 'No declarations of interest.']],
      ['2', 'Survey', ['The survey had closed.']],
    ]);
  });

  it("gives each aligned form field a paragraph, but keeps a motion's parts together", () => {
    const text = `${HEADER}1. 14 Mill Lane\nApplication No:    P/25/0101\nWard:    Mill\n\n2. Minutes\nRESOLUTION 25/01\nMoved:    Cr Pike\nSeconded:    Cr Vos\nThat the minutes be confirmed.\n`;
    const [first, second] = parse(text).meetings[0].items;
    expect(first.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Application No: P/25/0101', 'Ward: Mill']);
    expect(second.paragraphs).toHaveLength(1);
  });
});

describe('readers and bodies', () => {
  it('reads text made bold by a class in the style sheet, or by an inline style, as bold', async () => {
    const html = '<html><head><style>.c1{font-weight:400}.c2{color:#000;font-weight:700}</style></head><body><p><span class="c2">Finance</span></p><p><span class="c1">Plain</span></p><p><span style="font-weight: bold">Planning</span></p></body></html>';
    expect((await htmlToText(html)).split('\n').filter(Boolean)).toEqual(['**Finance**', 'Plain', '**Planning**']);
  });

  it("runs an authority's name on into its committee's where the committee's starts with the authority's last words", () => {
    expect(qualifyBody('Combined Authority Board', 'TAMAR AND EXE COMBINED AUTHORITY')).toBe('Tamar and Exe Combined Authority Board');
    expect(qualifyBody('Planning Committee', 'HOLT DISTRICT COUNCIL')).toBe('Holt District Council Planning Committee');
  });

  it('reads a London borough as the authority over its committee', () => {
    const text = 'LONDON BOROUGH OF HOLT\n\nPLANNING SUB-COMMITTEE A\n\nMINUTES of the meeting held at the Town Hall on Tuesday, 4 March 2025\n\n1 APOLOGIES\nNone.\n\n2 MINUTES\nThe minutes were agreed.\n';
    expect(parse(text).meetings[0].body?.toLowerCase()).toBe('london borough of holt planning sub-committee a');
  });
});
