// Forms found in round 8 of the layout fixtures, each in a small document written for this test: roll calls with a
// head count, members listed under their council's name, offices before a councillor's title, numbered resolutions
// under a title in capitals, a school board's challenge and answer, and bodies named in titles with a dash or a date.
import { parseMinutes } from '../../indexer/parse';
import { attendanceLabelOf } from '../../indexer/parse/attendance-labels';
import { attendeesFromList } from '../../indexer/parse/attendee-lists';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const CLOSE = '\n\n9. Close\nThe meeting closed at 9pm.\n';

describe('people', () => {
  it('leaves out the head count a roll call prints before the names', () => {
    expect(attendanceLabelOf('Present:\t5 - \tMayor Ann Bell, Councilmember Carl Dent')).toEqual({ attendance: 'present', rest: 'Mayor Ann Bell, Councilmember Carl Dent' });
  });

  it("reads the members a joint body lists under each council's name", () => {
    const text = `JOINT PARKING COMMITTEE\nMinutes of the meeting held on 3 March 2025\n\nMembers present:\nNorth Borough Council: Councillor Amy Bell (Chair), Councillor Carl Dent\nSouth District Council: Councillor Erin Ford\n\n1. Apologies\nNone.${CLOSE}`;
    expect(parse(text).meetings[0].attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor Amy Bell', 'Chair'],
      ['Councillor Carl Dent', null],
      ['Councillor Erin Ford', null],
    ]);
  });

  it("takes an office printed before a councillor's title as their role, and a Presiding Member as the Chair", () => {
    expect(attendeesFromList('Mayor Cr Lee Hart (Presiding Member), Deputy Mayor Cr Sam Pike, Cr Ann Vos', 'present').map(({ name, role }) => [name, role])).toEqual([
      ['Cr Lee Hart', 'Chair'],
      ['Cr Sam Pike', 'Deputy Mayor'],
      ['Cr Ann Vos', null],
    ]);
  });
});

describe('items and paragraphs', () => {
  it('reads a numbered council resolution under a title in capitals as the decision, not more of the title', () => {
    const text = `KELL SHIRE COUNCIL\nMinutes of the Ordinary Council Meeting held on 3 March 2025\n\n3      CONFIRMATION OF MINUTES\nCOUNCIL RESOLUTION  OCM 25/041\nMoved:     Cr Pike\nSeconded:  Cr Vos\nThat the Minutes of 4 February 2025 be confirmed.\nCARRIED 4/0${CLOSE}`;
    const [item] = parse(text).meetings[0].items;
    expect(item.title).toBe('CONFIRMATION OF MINUTES');
    expect(item.paragraphs.some((paragraph) => paragraph.isDecision && paragraph.text.includes('That the Minutes of 4 February 2025 be confirmed'))).toBe(true);
  });

  it("starts a paragraph at each of a school board's 'Governors asked' and 'Leaders responded' lines", () => {
    const long = 'The Headteacher reported that attendance for the spring term stood at 95.1 per cent and that persistent absence had fallen again.';
    const text = `OAK PRIMARY SCHOOL\nMinutes of the Governing Board meeting held on 3 March 2025\n\n1. Headteacher's report\n${long}\nGovernors asked what support was in place.\nLeaders responded that a family worker now visited.${CLOSE}`;
    expect(parse(text).meetings[0].items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      long,
      'Governors asked what support was in place.',
      'Leaders responded that a family worker now visited.',
    ]);
  });
});

describe('bodies', () => {
  it('names the council and its committee from a title that puts a dash between them', () => {
    const text = `Wexley Parish Council – Planning Committee\nMeeting held on Tuesday, April 22, 2025 at 7.30 pm.\n\n1. Apologies\nNone.${CLOSE}`;
    expect(parse(text).meetings[0].body).toBe('Wexley Parish Council Planning Committee');
  });

  it('leaves the kind of meeting, and a date in the title, out of the body', () => {
    const ordinary = `MINUTES OF KELL CITY COUNCIL ORDINARY COUNCIL MEETING HELD ON TUESDAY, 22 APRIL 2025\n\n1. Apologies\nNone.${CLOSE}`;
    expect(parse(ordinary).meetings[0].body?.toLowerCase()).toBe('kell city council');
    const annual = `Annual Parish Meeting 2025-04-22\n\nKelby Parish Council\n\n1. Welcome\nThe Chairman welcomed everyone.${CLOSE}`;
    expect(parse(annual).meetings[0].body).toBe('Kelby Parish Council');
  });

  it("names the decision maker and takes the labelled decision date over a date the prose mentions (a ModernGov decision page)", () => {
    const text = `Decision details\n\nDecision Maker: Cabinet\n\nPurpose:\nTo award a contract from 1 October 2025.\n\n1. Decision\nRESOLVED that the contract be awarded.\n\nDate of decision: 12/03/2025\n`;
    const [meeting] = parse(text).meetings;
    expect([meeting.body, meeting.date]).toEqual(['Cabinet', '2025-03-12']);
  });
});
