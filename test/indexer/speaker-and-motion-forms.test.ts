// Forms found in round 7 of the layout fixtures, each in a small document written for this test: members named by
// surname alone, US motions with roll-call votes, consent lists, lists under a decision, questions from the public,
// people listed in columns, and a Markdown page's front matter.
import { parseMinutes } from '../../indexer/parse';
import { attendanceLabelOf } from '../../indexer/parse/attendance-labels';
import { withoutFrontMatter } from '../../indexer/readers/markdown';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
/** The paragraphs of the first item. */
const paragraphsOf = (text: string) => parse(text).meetings[0].items[0].paragraphs;
const HEADER = 'ASHLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent: Councillor A Bell (Chairman), Councillor C Dent, Mrs E Frost (Clerk)\n\n';

describe('speakers', () => {
  it('names a listed member who speaks under their surname alone, with the title the list gives them', () => {
    const text = `${HEADER}1. Allotments\nDent said that two plots were vacant.\nFrost replied that both had been let.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(paragraphsOf(text).map((paragraph) => [paragraph.text, paragraph.speaker])).toEqual([
      ['Dent said that two plots were vacant.', 'Councillor Dent'],
      ['Frost replied that both had been let.', 'Mrs Frost'],
    ]);
  });

  it('leaves a surname nobody listed, or one two people share, without a speaker', () => {
    const shared = HEADER.replace('Mrs E Frost (Clerk)', 'Mrs E Dent (Clerk)');
    const text = `${shared}1. Allotments\nDent said that two plots were vacant.\nMarsh said that she would take one.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(paragraphsOf(text).map((paragraph) => paragraph.speaker)).toEqual([null, null]);
  });

  it('reads the asker of a question from the public and who answered it', () => {
    const text = `${HEADER}1. Questions from the public\nQuestion from Mr Peter Linley: When will the footpath be cleared?\nAnswer: The Chairman said that it would be cleared in May.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(paragraphsOf(text).map((paragraph) => paragraph.speaker)).toEqual(['Mr Peter Linley', 'The Chair']);
  });

  it('reads no speaker from a name in the possessive', () => {
    const text = `${HEADER}1. Apologies\nApologies were received from Councillor G Hurst and Councillor K Lyle.\n\nCouncillor Lyle's reason (a family bereavement) was accepted.\n\nMr Ansell's agent said that the application would be withdrawn.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(paragraphsOf(text).map((paragraph) => paragraph.speaker)).toEqual([null, null, null]);
  });
});

describe('motions and decisions', () => {
  it('keeps "Motion carried 5-0." in the paragraph of its motion and roll-call vote', () => {
    const text = `${HEADER}1. Consent Agenda\nMotion by Supervisor Lucero, second by Supervisor Oakes, to approve the consent agenda.\nRoll call vote: Ayes: Lucero, Oakes, Bell. Noes: None.\nMotion carried 3-0.\n\n2. Adjournment\nThe meeting closed at 9pm.\n`;
    const [motion] = paragraphsOf(text);
    expect(motion.text).toBe('Motion by Supervisor Lucero, second by Supervisor Oakes, to approve the consent agenda. Roll call vote: Ayes: Lucero, Oakes, Bell. Noes: None. Motion carried 3-0.');
    expect(motion.isDecision).toBe(true);
  });

  it('reads a lettered list line ending in a full stop as an entry of the list, not an item', () => {
    const text = `${HEADER}1. CONSENT AGENDA\nA. Approve the minutes of January 28, 2025.\nB. Authorize the warrants for the period ending January 31, 2025.\nC. Receive and file the investment report.\n\n2. ADJOURNMENT\nThe meeting closed at 9pm.\n`;
    const items = parse(text).meetings[0].items;
    expect(items.map((item) => item.title)).toEqual(['CONSENT AGENDA', 'ADJOURNMENT']);
    expect(items[0].paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('C. Receive and file the investment report.');
  });

  it('marks each part of a list under "The Panel RESOLVED to:" as the decision, numbered or not', () => {
    for (const marks of [['1. ', '2. '], ['', '']]) {
      const text = `${HEADER}1. Precept\nThe Panel RESOLVED to:\n\n${marks[0]}support the precept;\n\n${marks[1]}thank the officers for the report.\n\n2. Close\nThe meeting closed at 9pm.\n`;
      expect(paragraphsOf(text).map((paragraph) => paragraph.isDecision)).toEqual([true, true, true]);
    }
  });

  it('reads "THAT Council …" under its mover and seconder as a decision', () => {
    const text = `${HEADER}1. Water Rates\nMoved by Councillor Bell\nSeconded by Councillor Dent\n\nTHAT Council give three readings to Bylaw No. 2025-07.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    const decision = paragraphsOf(text).find((paragraph) => paragraph.text.startsWith('THAT'));
    expect(decision?.isDecision).toBe(true);
  });
});

describe('people', () => {
  it('reads attendance set out in columns, the label in the first', () => {
    const header = 'SHIRE OF ASHLEY\nMinutes of the Ordinary Council Meeting held on Wednesday 19 February 2025\n\n';
    const text = `${header}1. ATTENDANCE\nCouncillors     Cr Ann Lind       Shire President\n                 Cr Dan Poole\nStaff            Mr Greg Hall      Chief Executive Officer\nApologies        Cr Sue Oakley\n\n2. CLOSURE\nThe meeting closed at 4pm.\n`;
    const { body, attendees } = parse(text).meetings[0];
    expect(body).toBe('Shire of Ashley Council');
    expect(attendees.map(({ name, role, attendance }) => [name, role, attendance])).toEqual([
      ['Cr Ann Lind', 'Shire President', 'present'],
      ['Cr Dan Poole', null, 'present'],
      ['Mr Greg Hall', 'Chief Executive Officer', 'in attendance'],
      ['Cr Sue Oakley', null, 'apologies'],
    ]);
  });

  it('takes a label in a column of its own only before a capital: justified prose is no label', () => {
    expect(attendanceLabelOf('Councillors     Cr Ann Lind')).toEqual({ attendance: 'present', rest: 'Cr Ann Lind', column: true });
    expect(attendanceLabelOf('Staff     Mr Greg Hall')).toEqual({ attendance: 'in attendance', rest: 'Mr Greg Hall' });
    expect(attendanceLabelOf('Members   noted the report')).toBeNull();
  });

  it('reads two members on one line of a two-column list as two people', () => {
    const text = `ASHLEY JOINT BOARD\nMinute of Meeting held on Wednesday 26 February 2025\n\nPresent:\nCouncillor Ann Lind (Chair)          Dr Fay Bell (Vice-Chair)\nCouncillor Al Grant                  Mr Craig Munro\n\n1. MINUTE\nThe minute was approved.\n\n2. CLOSE\nThe meeting ended at 4pm.\n`;
    expect(parse(text).meetings[0].attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor Ann Lind', 'Chair'],
      ['Dr Fay Bell', 'Vice-Chair'],
      ['Councillor Al Grant', null],
      ['Mr Craig Munro', null],
    ]);
  });
});

describe('Markdown front matter', () => {
  it('drops a page front matter, keeping its title and date as the page\'s title and its body as a "Body:" line', () => {
    expect(withoutFrontMatter('---\ntitle: "Minutes"\ndate: 2025-01-30\ntags: [board]\n---\n\n# Board\n')).toEqual({ text: '\n# Board\n', pageTitle: 'Minutes – 2025-01-30' });
    expect(withoutFrontMatter('---\norganisation: "Orchard Trust"\n---\n# Board\n')).toEqual({ text: 'Body: Orchard Trust\n# Board\n', pageTitle: null });
    expect(withoutFrontMatter('--- a rule, not front matter\n# Board\n')).toEqual({ text: '--- a rule, not front matter\n# Board\n', pageTitle: null });
  });
});

describe('decisions recorded as a resolution label or a vote', () => {
  it.each([
    'Resolution: that the quote from Hedgerow Fencing be accepted.',
    'The Council voted to accept the quote from Hedgerow Fencing by 5 votes to 2.',
    'Members voted against the proposal to close the footpath.',
  ])('reads "%s" as a decision', (decision) => {
    const text = `${HEADER}1. Footpaths\nCouncillor Dent reported a broken stile.\n\n${decision}\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(paragraphsOf(text).map((paragraph) => paragraph.isDecision)).toEqual([false, true]);
  });

  it('leaves an action or a report of a resolution elsewhere alone', () => {
    for (const line of ['Action: the Clerk to order a new stile.', 'The resolution of the County Council on verges was reported.']) {
      const text = `${HEADER}1. Footpaths\nCouncillor Dent reported a broken stile.\n\n${line}\n\n2. Close\nThe meeting closed at 9pm.\n`;
      expect(paragraphsOf(text).map((paragraph) => paragraph.isDecision)).toEqual([false, false]);
    }
  });
});
