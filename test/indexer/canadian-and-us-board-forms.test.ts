// Forms of Canadian councils and boards and of US town boards, each in a small document written for this test: a
// Quebec council's resolution numbers and "ADOPTED ON DIVISION", a British Columbia regional district's directors and
// the places they sit for, a New York town board's "RESOLUTION #72 OF 2025" headings and a New England select board's
// motions set as Word paragraphs.
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);
const items = (meeting: Meeting) => meeting.items.map((item) => [item.number, item.title]);

const QUEBEC_HEADER = 'TOWN OF SAINT-ÉLOI\n\nMINUTES of the regular sitting of the Municipal Council of the Town of Saint-Éloi, held on Monday, April 7, 2025.\n\n';

describe('a Quebec council', () => {
  it("reads resolution numbers ('2025-04-071') as item numbers, with the unnumbered capitals headings between them as items", () => {
    const meeting = parse(
      `${QUEBEC_HEADER}2025-04-071  ADOPTION OF THE AGENDA\nIt is moved by Councillor Gagné and resolved that the agenda be adopted.\nADOPTED UNANIMOUSLY\n\nFIRST QUESTION PERIOD\nMr. Lévesque asked about the culvert.\n\n2025-04-072  CLOSING OF THE SITTING\nIt is moved by Councillor Côté and resolved that the sitting be closed.\nADOPTED UNANIMOUSLY\n`,
    );
    expect(items(meeting)).toEqual([
      ['2025-04-071', 'ADOPTION OF THE AGENDA'],
      [null, 'FIRST QUESTION PERIOD'],
      ['2025-04-072', 'CLOSING OF THE SITTING'],
    ]);
    expect(meeting.body).toBe('Town of Saint-Éloi Municipal Council');
  });

  it('keeps a capitals line inside items numbered without a year (Roman numerals) as text', () => {
    const meeting = parse(
      'MUNICIPALITY OF SAN ISIDRO\n\nMINUTES OF THE REGULAR SESSION HELD ON MONDAY, MARCH 17, 2025\n\nI. CALL TO ORDER\nThe session opened.\n\nII. NEW BUSINESS\nThe body took up the bridge.\n\nRESOLUTION ON THE BRIDGE\nWHEREAS, the bridge is closed;\n\nIII. ADJOURNMENT\nThe session closed.\n',
    );
    expect(meeting.items.map((item) => item.number)).toEqual(['I', 'II', 'III']);
  });

  it("reads 'Were present:' with a closing 'forming a quorum' clause, and two offices one person holds", () => {
    const meeting = parse(
      `${QUEBEC_HEADER}Were present: Mayor Gilles Thériault and Councillors Hélène Côté and Peter MacAulay, forming a quorum under the chairmanship of the Mayor.\n\nAlso present: Annie Desrosiers, Director General and Town Clerk\n\n2025-04-071  ADOPTION OF THE AGENDA\nThe agenda was adopted.\n`,
    );
    expect(people(meeting)).toEqual([
      ['Mayor Gilles Thériault', null, 'present'],
      ['Councillor Hélène Côté', null, 'present'],
      ['Councillor Peter MacAulay', null, 'present'],
      ['Annie Desrosiers', 'Director General and Town Clerk', 'in attendance'],
    ]);
  });

  it("keeps 'It is moved by …, and resolved:' with its 'THAT …' clause, a member's vote against and 'ADOPTED ON DIVISION': one decision", () => {
    const meeting = parse(
      `${QUEBEC_HEADER}2025-04-074  AWARD OF CONTRACT\nIt is moved by Councillor Lefebvre, seconded by Councillor Côté, and resolved:\nTHAT the contract be awarded to Pavages Rivest inc.\nCouncillor Peter MacAulay voted against.\nADOPTED ON DIVISION\n`,
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision, paragraph.speaker])).toEqual([
      ['It is moved by Councillor Lefebvre, seconded by Councillor Côté, and resolved: THAT the contract be awarded to Pavages Rivest inc. Councillor Peter MacAulay voted against. ADOPTED ON DIVISION', true, null],
    ]);
  });
});

const BC_HEADER = 'REGIONAL DISTRICT OF KETTLE HIGHLANDS\n\nMINUTES of the Regular Meeting of the Board of Directors of the Regional District of Kettle Highlands held on Thursday, March 13, 2025\n\n';

describe('a British Columbia regional district', () => {
  it('names the board with its regional district first, and reads the area or municipality each director sits for as their role', () => {
    const meeting = parse(
      `${BC_HEADER}PRESENT:\nChair R. Thibodeau, Electoral Area C\nDirector L. Brandvold, Electoral Area A\nDirector K. Wiebe, Village of Lowry Creek\n\n1. CALL TO ORDER\nChair Thibodeau called the meeting to order.\n`,
    );
    expect(meeting.body).toBe('Regional District of Kettle Highlands Board of Directors');
    expect(people(meeting)).toEqual([
      ['Chair R. Thibodeau', 'Electoral Area C', 'present'],
      ['Director L. Brandvold', 'Electoral Area A', 'present'],
      ['Director K. Wiebe', 'Village of Lowry Creek', 'present'],
    ]);
  });

  it("keeps 'OPPOSED: …' and a bracketed note on the vote under 'CARRIED' with the motion, and drops a 'CERTIFIED CORRECT' sign-off", () => {
    const meeting = parse(
      `${BC_HEADER}5. REPORTS\nRD25-044\nMOVED Director Sandhu\nSECONDED Director Wiebe\nTHAT the bylaw be read a third time.\nCARRIED\nOPPOSED: Director Brandvold\n\nRD25-045\nMOVED Director Sandhu\nTHAT a grant of $2,500 be awarded.\nCARRIED\n(Electoral Area Directors only)\n\nCERTIFIED CORRECT:\n\nChair\n`,
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['RD25-044 MOVED Director Sandhu SECONDED Director Wiebe THAT the bylaw be read a third time. CARRIED OPPOSED: Director Brandvold', true],
      ['RD25-045 MOVED Director Sandhu THAT a grant of $2,500 be awarded. CARRIED (Electoral Area Directors only)', true],
    ]);
  });

  it("reads an office with its department after a comma as the speaker ('The General Manager, Environmental Services presented')", () => {
    const meeting = parse(`${BC_HEADER}5. REPORTS\nThe General Manager, Environmental Services presented the report.\n`);
    expect(paragraphs(meeting)[0].speaker).toBe('The General Manager, Environmental Services');
  });
});

describe('US town boards', () => {
  it("names 'TOWN BOARD REGULAR MEETING' under its town as the town's board, and reads 'RESOLUTION #72 OF 2025 – …' under a capitals section as an item", () => {
    const meeting = parse(
      'TOWN OF WILLET CORNERS\nTOWN BOARD REGULAR MEETING\nMINUTES\nMay 13, 2025\n\nALSO PRESENT:  Highway Superintendent Gary Kuhn\n\nPRIVILEGE OF THE FLOOR\nNo one spoke.\n\nNEW BUSINESS\nRESOLUTION #72 OF 2025 – AUTHORIZE PURCHASE OF HIGHWAY LOADER\nRESOLVED, that the Town Board authorizes the purchase.\n\nADJOURNMENT\nOn motion of Councilman Pettit, seconded by Councilman Lasher, the meeting was adjourned at 8:04 PM.\n',
    );
    expect(meeting.body).toBe('Town of Willet Corners Town Board');
    expect(items(meeting).map(([, title]) => title)).toEqual(['PRIVILEGE OF THE FLOOR', 'NEW BUSINESS', 'RESOLUTION #72 OF 2025 – AUTHORIZE PURCHASE OF HIGHWAY LOADER', 'ADJOURNMENT']);
    expect(people(meeting)).toEqual([['Gary Kuhn', 'Highway Superintendent', 'in attendance']]);
    expect(paragraphs(meeting).map((paragraph) => paragraph.isDecision)).toEqual([false, true, true]);
  });

  it("keeps a motion's 'SECOND:' and 'VOTE:' paragraphs with it across the blank lines Word puts between paragraphs", () => {
    const meeting = parse(
      '# Town of Ashby Falls\n\n**Select Board**\n\nMonday, June 9, 2025\n\nTown Hall, Select Board Meeting Room, 12 Main Street\n\n## Approval of Minutes\n\nMOTION: Mr. Whitcomb moved to approve the minutes of May 19, 2025.\n\nSECOND: Ms. Moreau\n\nVOTE: 4-0-1 (Rao abstained)\n\n## Adjournment\n\nThe meeting closed at 8:12 PM.\n',
      'markdown',
    );
    expect(meeting.body).toBe('Town of Ashby Falls Select Board');
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['MOTION: Mr. Whitcomb moved to approve the minutes of May 19, 2025. SECOND: Ms. Moreau VOTE: 4-0-1 (Rao abstained)', true],
      ['The meeting closed at 8:12 PM.', false],
    ]);
  });

  it('reads headings one level under the items as sub-items, a heading under the attendance as no name ("## Public Comment"), an executive assistant named after the office, and a resident named with the street', () => {
    const meeting = parse(
      '# Town of Ashby Falls\n\n**Select Board**\n\nMonday, June 9, 2025\n\n**Also Present:** Executive Assistant Maureen Shea\n\n## Public Comment\n\nResident Gail Fortier of Pleasant Street asked for a crosswalk.\n\n## New Business\n\n### FY26 Water Rates\n\nThe rates were discussed.\n\n## Adjournment\n\nThe meeting closed.\n',
      'markdown',
    );
    expect(items(meeting).map(([, title]) => title)).toEqual(['Public Comment', 'New Business', 'FY26 Water Rates', 'Adjournment']);
    expect(people(meeting)).toEqual([['Maureen Shea', 'Executive Assistant', 'in attendance']]);
    expect(paragraphs(meeting)[0].speaker).toBe('Resident Gail Fortier');
  });
});
