// Where the parser starts and ends a paragraph within an item: lines a school board opens with "Governors asked", aligned
// form fields, a motion's labels on lines of their own, a time of day opening a line, hanging indents under numbered
// paragraphs, and paragraphs numbered on from a slashed minute number. Each test parses a small document invented in the
// style of real minutes, written for the test.
import { CLOSE_ITEM, firstMeeting, HOLT_HEADER_PRESENT, paragraphsOf } from '../../helpers/parse-text';

describe("a school board's challenge and answer", () => {
  it("starts a paragraph at each of a school board's 'Governors asked' and 'Leaders responded' lines", () => {
    const long = 'The Headteacher reported that attendance for the spring term stood at 95.1 per cent and that persistent absence had fallen again.';
    const text = `OAK PRIMARY SCHOOL\nMinutes of the Governing Board meeting held on 3 March 2025\n\n1. Headteacher's report\n${long}\nGovernors asked what support was in place.\nLeaders responded that a family worker now visited.${CLOSE_ITEM}`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      long,
      'Governors asked what support was in place.',
      'Leaders responded that a family worker now visited.',
    ]);
  });
});

describe('aligned form fields', () => {
  it("gives each aligned form field a paragraph, but keeps a motion's parts together", () => {
    const text = `${HOLT_HEADER_PRESENT}1. 14 Mill Lane\nApplication No:    P/25/0101\nWard:    Mill\n\n2. Minutes\nRESOLUTION 25/01\nMoved:    Cr Pike\nSeconded:    Cr Vos\nThat the minutes be confirmed.\n`;
    const [first, second] = firstMeeting(text).items;
    expect(first.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Application No: P/25/0101', 'Ward: Mill']);
    expect(second.paragraphs).toHaveLength(1);
  });
});

describe('a motion\'s labels', () => {
  it('keeps "Motion" and "Amendment" alone on a line as paragraphs of their own, without blank lines', () => {
    const text = `${HOLT_HEADER_PRESENT}1. Notice of motion\nMotion\nCllr Dent moved the motion.\nAmendment\nCllr Ford moved an amendment to the\nMotion\nwhich was lost.\n`;
    const [item] = firstMeeting(text).items;
    expect(item.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Motion', 'Cllr Dent moved the motion.', 'Amendment', 'Cllr Ford moved an amendment to the Motion which was lost.']);
  });
});

describe('a time of day opening a line', () => {
  it("keeps a time of day that opens a line ('4.41 pm  The Chairperson closed …') as text, not a paragraph number", () => {
    const meeting = firstMeeting('Minutes of the Kōwhai Local Board\nheld on Thursday, 22 August 2024\n\n1  Welcome\nThe Chairperson opened the meeting.\n\n4.41 pm    The Chairperson closed the meeting.\n');
    const closing = paragraphsOf(meeting).find((paragraph) => paragraph.text.includes('closed'));
    expect(closing?.text).toBe('4.41 pm The Chairperson closed the meeting.');
    expect(closing?.number ?? null).toBeNull();
  });
});

describe('a hanging indent', () => {
  it('keeps a line set under a numbered paragraph\'s text (a hanging indent) in that paragraph, whoever it names', () => {
    const meeting = firstMeeting(
      'Glannau Teifi University Health Board\nMinutes of the meeting held on Thursday 28 March 2024\n\nUHB 24/034  INTEGRATED PERFORMANCE REPORT\n\n34.2  Professor Meredydd asked about handover delays.\n      Dr Bevan replied that a discharge lounge would open in April.\n\n34.3  The Board NOTED the report.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      ['34.2', 'Professor Meredydd asked about handover delays. Dr Bevan replied that a discharge lounge would open in April.'],
      ['34.3', 'The Board NOTED the report.'],
    ]);
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
    const meeting = firstMeeting(text);
    expect(meeting.items.map(({ number }) => number)).toEqual(['AGC/24/16', 'AGC/24/17', 'AGC/24/18']);
    expect(meeting.items[1].paragraphs.map(({ speaker }) => speaker)).toEqual(['The Treasurer', 'The Treasurer']);
  });
});
