// Forms found by the layout fixtures of session 19, each in a small document written for this test: a ModernGov print
// whose "Action by" column runs into the text, how or for which minutes someone attended printed where an office would
// be, a synod's president and clergy, a students' union's voting and non-voting members, the body's word for itself in
// a decision (Commissioners, Synod), matters arising that open with the minute they follow up, and "Action Minutes".
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);

describe('an action column headed only "Minute No." and "Action by"', () => {
  it('takes the owner out of the lines it stands beside', () => {
    const meeting = parse(
      [
        'CASTLEMOOR COUNCIL',
        'HEALTH AND WELLBEING BOARD',
        'MINUTES of a meeting held on Thursday, 23 January 2025 at 2.00 pm.',
        '',
        'Minute No.                                                        Action by',
        '',
        '33. BETTER CARE FUND',
        '',
        '        Dr Verma said that the integrated care board would fund         Director of',
        '        twelve more step-down beds from February if the Council        Adult Social',
        '        could staff them.                                            Care',
        '',
      ].join('\n'),
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.text)).toEqual([
      'Dr Verma said that the integrated care board would fund twelve more step-down beds from February if the Council could staff them.',
    ]);
  });
});

describe('attendance', () => {
  const withPresent = (present: string) => parse(`Ballakilley Village Commissioners\nMinutes of the meeting held on Wednesday 12th February 2025\n\n${present}\n\n1402. APOLOGIES\nNone.\n`);

  it("gives no office to how or for which minutes someone attended ('(electronic)', '(for minute 1408)')", () => {
    const meeting = withPresent(
      'Present: Mr J. Kinvig (Chairman), Mrs S. Cregeen (electronic), Mr P. Corlett (via Teams), Mr T. Kermode (from 7.15 pm)\nIn attendance: Mr R. Skillicorn MHK (for minute 1408), Mrs L. Callister (Clerk)',
    );
    expect(people(meeting)).toEqual([
      ['Mr J. Kinvig', 'Chair', 'present'],
      ['Mrs S. Cregeen', null, 'present'],
      ['Mr P. Corlett', null, 'present'],
      ['Mr T. Kermode', null, 'present'],
      ['Mr R. Skillicorn MHK', null, 'in attendance'],
      ['Mrs L. Callister', 'Clerk', 'in attendance'],
    ]);
  });

  it("reads two chairs each 'for items …' after their office, and a 'President:' with clergy titles and the office after a comma", () => {
    const meeting = parse(
      '# Diocese of Northmoor\n\n# Diocesan Synod\n\nMinutes of the meeting held on Saturday 8 March 2025\n\nPresident: The Rt Revd Dr Andrew Hale, Bishop of Northmoor\n\nIn the Chair: The Revd Canon Ruth Okafor (Chair of the House of Clergy) for items 1 to 4; Mr Philip Dunmore (Chair of the House of Laity) for items 5 to 8\n\n## Item 1: Opening worship\n\nThe Bishop led the Synod in prayer.\n',
      'markdown',
    );
    expect(meeting.body).toBe('Diocese of Northmoor Diocesan Synod');
    expect(people(meeting)).toEqual([
      ['The Rt Revd Dr Andrew Hale', 'Bishop of Northmoor', 'present'],
      ['The Revd Canon Ruth Okafor', 'Chair of the House of Clergy', 'present'],
      ['Mr Philip Dunmore', 'Chair of the House of Laity', 'present'],
    ]);
  });

  it("reads a students' union's 'Present (voting):' and 'In attendance (non-voting):', and 'Observers:'", () => {
    const meeting = parse(
      "# Harrowgate University Students' Union\n\n## Union Council – Minutes\n\n**Date:** Thursday 14 November 2024\n\n**Present (voting):** Callum Reid (President), Amara Okonkwo (VP Education)\n\n**In attendance (non-voting):** Martin Cole (Chief Executive)\n\n**Observers:** Lena Fox (Student Journalist)\n\n### 1. Officer reports\n\nCallum Reid (President) reported on rents.\n",
      'markdown',
    );
    expect(meeting.body).toBe("Harrowgate University Students' Union Union Council");
    expect(people(meeting)).toEqual([
      ['Callum Reid', 'President', 'present'],
      ['Amara Okonkwo', 'VP Education', 'present'],
      ['Martin Cole', 'Chief Executive', 'in attendance'],
      ['Lena Fox', 'Student Journalist', 'in attendance'],
    ]);
    // A listed name with its office in brackets before the verb speaks.
    expect(paragraphs(meeting)[0].speaker).toBe('Callum Reid');
  });

  it("reads a presbytery's 'Moderator:' as a label naming the moderator, present", () => {
    const meeting = withPresent('Moderator: The Revd Iain Ross');
    expect(people(meeting)).toEqual([['The Revd Iain Ross', 'Moderator', 'present']]);
  });
});

describe('decisions', () => {
  const item = (text: string) => parse(`Ballakilley Village Commissioners\nMinutes of the meeting held on Wednesday 12th February 2025\n\n1407.  PLANNING\n\n${text}\n`);

  it.each([
    ['The Commissioners resolved', '25/00041/C – Change of use to café. The Commissioners resolved to support the application.'],
    ['The Synod resolved', 'The paper was debated at length. The Synod resolved that the budget be approved.'],
    ["'Council agreed to …' after a sentence, with no 'The'", 'Ms Bellamy asked that the meeting be moved. Council agreed to meet on 10 December instead.'],
    ["'The motion as amended PASSED'", 'Vote: For 8, Against 0, Abstain 1. The motion as amended PASSED.'],
  ])('reads %s as a decision', (_, text) => {
    expect(paragraphs(item(text))[0].isDecision).toBe(true);
  });
});

describe('speakers', () => {
  const item = (text: string) => parse(`Ballakilley Village Commissioners\nMinutes of the meeting held on Wednesday 12th February 2025\n\n1405.  MATTERS ARISING\n\n${text}\n`);

  it("reads the speaker after the earlier minute a paragraph opens with ('Min. 1391 (Bus shelter). The Clerk reported')", () => {
    expect(paragraphs(item('Min. 1391 (Bus shelter, Station Road). The Clerk reported that the glass would be replaced.'))[0].speaker).toBe('The Clerk');
  });

  it("reads an office moving a motion ('The Diocesan Secretary moved: …') as its speaker", () => {
    expect(paragraphs(item('The Diocesan Secretary moved: ‘That this Synod approve the budget.’'))[0].speaker).toBe('The Diocesan Secretary');
  });
});

describe('body', () => {
  it("reads 'CITY COUNCIL ACTION MINUTES' under the city as the city's council", () => {
    const meeting = parse('CITY OF VISTA ALAMEDA\nCITY COUNCIL ACTION MINUTES\nRegular Meeting – Tuesday, April 8, 2025 – 6:00 p.m.\n\n1. CALL TO ORDER\nMayor Delgado called the meeting to order.\n');
    expect(meeting.body).toBe('City of Vista Alameda City Council');
  });
});
