// Forms found in round 13 of the layout fixtures, each in a small document written for this test: US sections headed
// "TITLE: text", roll calls answered "– present" or set as a Name/Title/Status table, "RESULT: ADOPTED" blocks, lettered
// matters under numbered items, a transcript's "Name (Role):" labels, "Guests:", "In answer to a question from …", a
// board printed above its school district, an authority above its "<committee> – <date>" line, a trust above its
// "Trust Board", an action column beside the minutes, questions and responses labelled with who asked and answered,
// and a web page's title naming the council its text does not.
import { parseMinutes } from '../../indexer/parse';
import { bodyInPageTitle } from '../../indexer/parse/body-names';
import { isDecisionText } from '../../indexer/parse/decisions';
import { readDocument } from '../../indexer/readers';
import { speakerOf } from '../../indexer/parse/speakers';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const titles = (text: string) => parse(text).meetings[0].items.map(({ number, title }) => [number, title]);
const BOARD = 'BOARD OF EDUCATION\nMILL RIVER SCHOOL DISTRICT\nMinutes of the Regular Meeting – Monday, April 14, 2025\n\n';

describe('sections headed by a title in capitals and a colon', () => {
  const text =
    `${BOARD}CALL TO ORDER: The meeting was called to order at 7:02 p.m.\n\nROLL CALL:\nMrs. Ann Abt, President – present\nMr. Tom Osei – absent\n\n` +
    'PLEDGE OF ALLEGIANCE: Led by Mrs. Abt.\n\nAPPROVAL OF MINUTES:\nMotion by Mrs. Abt, seconded by Dr. Brill, to approve the minutes.\nVote: Abt – yes; Brill – yes. Motion carried 2-0.\n';

  it('reads each title as an item and the text after its colon as the item\'s first paragraph', () => {
    expect(titles(text)).toEqual([
      [null, 'CALL TO ORDER'],
      [null, 'ROLL CALL'],
      [null, 'PLEDGE OF ALLEGIANCE'],
      [null, 'APPROVAL OF MINUTES'],
    ]);
    expect(parse(text).meetings[0].items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The meeting was called to order at 7:02 p.m.']);
  });

  it('keeps the roll-call vote under its motion, one decision', () => {
    const [decision] = parse(text).meetings[0].items[3].paragraphs;
    expect(decision).toMatchObject({ isDecision: true, text: 'Motion by Mrs. Abt, seconded by Dr. Brill, to approve the minutes. Vote: Abt – yes; Brill – yes. Motion carried 2-0.' });
  });

  it('leaves record and vote labels alone, and needs three such titles', () => {
    const labels = `${BOARD}1. Budget\nRESOLVED: That the budget be adopted.\nMOTION: Mrs. Abt moved the budget.\nAYES: Abt, Brill\nNOTE: The clerk will publish it.\n\n2. Close\nClosed.\n`;
    expect(titles(labels)).toEqual([['1', 'Budget'], ['2', 'Close']]);
    const two = `${BOARD}1. Reports\nTREASURER'S REPORT: The balance was $400.\nSECRETARY'S REPORT: Two letters were received.\n\n2. Close\nClosed.\n`;
    expect(titles(two)).toEqual([['1', 'Reports'], ['2', 'Close']]);
  });
});

describe('sections headed by a title in capitalised words and a colon', () => {
  it('reads three or more such titles, two alone on their line, as items', () => {
    const text =
      'TOWN OF ELM HOLLOW\nSelect Board Minutes – March 3, 2025\n\nPresent: Chair Ann Bell, Tom Osei, Ida Ruiz\n\nCall to Order: The Chair called the meeting to order at 7:00 p.m.\n\n' +
      'Approval of Minutes:\nMotion by Mr. Osei to approve the minutes. Motion carried 3-0.\n\nOld Business:\nThe board discussed the transfer station hours.\n\nAdjournment: The meeting adjourned at 8:10 p.m.\n';
    expect(titles(text)).toEqual([
      [null, 'Call to Order'],
      [null, 'Approval of Minutes'],
      [null, 'Old Business'],
      [null, 'Adjournment'],
    ]);
  });

  it('leaves fields with values, and the parts of a minute, as they are', () => {
    const fields =
      'HOLT TOWN COUNCIL\nMinutes of the Planning Committee meeting held on Monday 3 March 2025\n\n1. Applications\nApplication No: P2024/3318/FUL\nWard: Caledon\nProposal: Two-storey rear extension\n\n' +
      '2. Play area\nDiscussion:\nThe Clerk reported on quotes.\nOutcome:\nResolved to accept the lowest quote.\nActions:\nClerk to order.\n\n3. Close\nClosed.\n';
    expect(titles(fields)).toEqual([['1', 'Applications'], ['2', 'Play area'], ['3', 'Close']]);
  });
});

describe('roll calls', () => {
  it('reads the answer after each name as the attendance, and the office before it as the role', () => {
    const text = `${BOARD}ROLL CALL:\nMrs. Ann Abt, President – present\nMr. Tom Osei – absent\nMs. Ida Ruiz – present (arrived 7:15 p.m.)\nDr. Lee Brill – excused\n\nADJOURNMENT: Adjourned at 8 p.m.\n\nPUBLIC COMMENT: None.\n`;
    expect(parse(text).meetings[0].attendees).toEqual([
      { name: 'Mrs. Ann Abt', role: 'President', attendance: 'present' },
      { name: 'Mr. Tom Osei', role: null, attendance: 'absent' },
      { name: 'Ms. Ida Ruiz', role: null, attendance: 'present' },
      { name: 'Dr. Lee Brill', role: null, attendance: 'absent' },
    ]);
  });

  it('keeps a role after a dash that is no answer', () => {
    const text = 'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\nPRESENT:\nCouncillor J Smith - Chairman\nCouncillor A Patel - Present Leader\n\n1. Apologies\nNone.\n';
    expect(parse(text).meetings[0].attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor J Smith', 'Chair'],
      ['Councillor A Patel', 'Present Leader'],
    ]);
  });

  it('reads a roll call table of name, title, status and arrival time', () => {
    const text =
      'CITY OF ALDER FALLS\nCity Council Minutes\nTuesday, February 18, 2025\n\n1.   CALL TO ORDER\n     Called to order at 6:31 PM.\n\n2.   ROLL CALL\n' +
      '     Attendee Name        Title            Status     Arrived\n     Rosa Vance           Mayor Pro Tem    Present\n     Abdi Noor            Councilmember    Late       6:44 PM\n     Ruth Engel           Councilmember    Absent\n\n3.   ADJOURNMENT\n     Adjourned.\n';
    expect(parse(text).meetings[0].attendees).toEqual([
      { name: 'Rosa Vance', role: 'Mayor Pro Tem', attendance: 'present' },
      { name: 'Abdi Noor', role: 'Councilmember', attendance: 'present' },
      { name: 'Ruth Engel', role: 'Councilmember', attendance: 'absent' },
    ]);
  });
});

describe('"RESULT:" blocks and lettered matters', () => {
  const text =
    'CITY OF ALDER FALLS\nCity Council Minutes\nTuesday, February 18, 2025\n\n1.   CALL TO ORDER\n     Called to order at 6:31 PM.\n\n2.   CONSENT AGENDA\n\n' +
    '     A.   Minutes of the Regular Meeting of February 4, 2025\n\n          RESULT:     ACCEPTED [UNANIMOUS]\n          MOVER:      Rosa Vance, Mayor Pro Tem\n          AYES:       Vance, Noor\n\n' +
    '     B.   Accounts Payable Register for January\n\n          RESULT:     APPROVED [2 TO 0]\n\n3.   ADJOURNMENT\n     Adjourned.\n';

  it('reads each lettered matter under a numbered item as an item of its own', () => {
    expect(titles(text)).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'CONSENT AGENDA'],
      ['A', 'Minutes of the Regular Meeting of February 4, 2025'],
      ['B', 'Accounts Payable Register for January'],
      ['3', 'ADJOURNMENT'],
    ]);
  });

  it('reads a result with its mover and vote as one decision', () => {
    expect(parse(text).meetings[0].items[2].paragraphs).toEqual([
      expect.objectContaining({ isDecision: true, text: 'RESULT: ACCEPTED [UNANIMOUS] MOVER: Rosa Vance, Mayor Pro Tem AYES: Vance, Noor' }),
    ]);
    expect(isDecisionText('RESULT: APPROVED ON FIRST READING [3 TO 1]')).toBe(true);
    expect(isDecisionText('Result: the survey had 214 replies.')).toBe(false);
  });

  it('leaves a lettered sentence under a numbered item a paragraph', () => {
    const questions = `HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\n1. Questions\nQ. Will the hall reopen?\nA. The Clerk said it would reopen in May.\n\n2. Close\nClosed.\n`;
    expect(titles(questions)).toEqual([['1', 'Questions'], ['2', 'Close']]);
  });
});

describe('people speaking', () => {
  it('reads a transcript label of a listed name with an office in brackets', () => {
    const text =
      'Kestrel Vale Combined Authority\nTransport Scrutiny Committee – 9 April 2025\n\nMembers present: Carole Innes (Chair), Hugh Latchford OBE (Independent Member)\nGuests: Jennifer Holloway (Director of Transport)\n\n' +
      'Transcript of Item 5: Questions to the Director\n\nCarole Innes (Chair): Welcome, Director.\n\nJennifer Holloway (Director of Transport): Thank you.\n\nHugh Latchford OBE: Can I ask about fares?\n\nPlanning Applications (Appendix A): none were received.\n';
    const [meeting] = parse(text).meetings;
    expect(meeting.body).toBe('Kestrel Vale Combined Authority Transport Scrutiny Committee');
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['5', 'Questions to the Director']]);
    expect(meeting.attendees).toContainEqual({ name: 'Jennifer Holloway', role: 'Director of Transport', attendance: 'in attendance' });
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Carole Innes', 'Jennifer Holloway', 'Hugh Latchford OBE', null]);
  });

  // After a leading clause, and questions and responses labelled with who asked and answered.
  it.each([
    ['In answer to a question from Councillor Tilley, Mr Kowal said that a door supervisor would be employed.', 'Mr Kowal'],
    ['In reply to a question, the Licensing Manager confirmed that no complaints had been made.', 'The Licensing Manager'],
    ['Supplementary question from Mr Price: Will it have a display?', 'Mr Price'],
    ['Question from Councillor Maria Ferreira to the Cabinet Member for Environment: What was the rate?', 'Councillor Maria Ferreira'],
    ['Response from Councillor Kwame Mensah: The rate was 46 per cent.', 'Councillor Kwame Mensah'],
    ['Response from the Leader of the Council (Councillor Peter Okoro): There were 2,914.', 'Councillor Peter Okoro'],
    ['Reply from Cllr Dee Hart: Yes.', 'Cllr Dee Hart'],
    ['Response: Yes, the display is part of the order.', null],
    ['Response from the public was positive: 300 replies came in.', null],
  ])('reads "%s" as said by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a web page\'s title', () => {
  it.each([
    ['Council - Wednesday 21 May 2025 | Harrowfield Borough Council', 'Harrowfield Borough Council'],
    ['Agenda for Planning Committee on Tuesday, 4th March, 2025, 7.00 pm - Westbrook District Council', 'Westbrook District Council'],
    ['Minutes | Council', null],
    ['Meeting minutes', null],
  ])('names the body in "%s"', (title, body) => {
    expect(bodyInPageTitle(title)).toBe(body);
  });

  it('names the body of a page whose text names none, and no other', async () => {
    const page = (h1: string) =>
      `<html><head><title>Council - 21 May 2025 | Harrowfield Borough Council</title></head><body><header>Harrowfield Borough Council</header><h1>${h1}</h1><p>Date: Wednesday 21 May 2025</p><h2>1. Apologies</h2><p>None.</p><h2>2. Close</h2><p>Closed.</p></body></html>`;
    const bodyOf = async (h1: string) => {
      const read = await readDocument(Buffer.from(page(h1)), '/web/minutes.html', { maxFileBytes: 1e6 });
      const parsed = parseMinutes({ text: read.text, format: read.format, file: 'minutes.html', documentId: 'web', pageTitle: read.pageTitle });
      return [parsed.meetings[0].body, parsed.warnings.length];
    };
    expect(await bodyOf('Minutes of the Council meeting')).toEqual(['Harrowfield Borough Council', 0]);
    expect(await bodyOf('Minutes of the meeting of the Licensing Committee held on 21 May 2025')).toEqual(['Licensing Committee', 0]);
  });
});

describe('bodies', () => {
  it('puts the school district before its board, whichever is printed first', () => {
    const text = `${BOARD}CALL TO ORDER: Called to order.\n\nPUBLIC COMMENT: None.\n\nADJOURNMENT: Adjourned.\n`;
    expect(parse(text).meetings[0].body).toBe('Mill River School District Board of Education');
  });

  it('keeps a "<committee> – <date>" line alone when no authority is printed above it', () => {
    const text = 'Transport Scrutiny Committee – 9 April 2025\n\nPresent: Cllr A Innes (Chair)\n\n1. Apologies\nNone.\n';
    expect(parse(text).meetings[0].body).toBe('Transport Scrutiny Committee');
  });
});

describe('an action column beside the minutes', () => {
  const minutes = (headings: string) =>
    'Wealdmoor NHS Trust\nMinutes of the Trust Board meeting held on Thursday 5 June 2025\n\n' +
    `${headings}\n\nTB25/064     Performance report\n             Mr Qadri asked when the backlog would be cleared. The Chief\n` +
    '             Executive said that a trajectory would be brought to the            PL\n             July meeting.\n                                                                        HS/RA\n\nTB25/065     Close\n             Closed.\n';

  it('leaves the owners in the action column out of the minute\'s text', () => {
    const [meeting] = parse(minutes('Item         Minute                                                     Action')).meetings;
    expect(meeting.body).toBe('Wealdmoor NHS Trust Board');
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Mr Qadri asked when the backlog would be cleared. The Chief Executive said that a trajectory would be brought to the July meeting.',
    ]);
  });

  it('keeps text after a gap where no action column is headed', () => {
    const [meeting] = parse(minutes('Item         Minute')).meetings;
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('brought to the PL July meeting.');
  });
});

describe('decisions of a group', () => {
  it.each([
    ['The group agreed to keep the field in the draft plan.', true],
    ['The Steering Group agreed that the survey should close in May.', true],
    ['The group of residents asked for a meeting.', false],
  ])('reads "%s" as a decision: %s', (text, decision) => {
    expect(isDecisionText(text)).toBe(decision);
  });
});
