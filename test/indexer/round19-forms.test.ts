// Forms found in round 19 of the layout fixtures, each in a small document written for this test: a New Zealand local
// board's te reo Māori attendance labels and role columns, a meeting closed at a time of day, and a Scottish
// licensing board's attendance of officers and organisations, a charity's trustees listed with their initials, and
// a county council's question time of written questions and answers.
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string): Meeting => parseMinutes({ text, format: 'text', file: 'minutes', documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);

describe('attendance', () => {
  it("reads a label in te reo Māori and English ('TE HUNGA KUA TAE MAI | PRESENT') and a 'Member' column under 'ABSENT' as absent", () => {
    const meeting = parse(
      'Minutes of the Kōwhai Local Board\nheld on Thursday, 22 August 2024 at 4.00pm\n\nTE HUNGA KUA TAE MAI | PRESENT\nChairperson       Aroha Tane\nMembers           Priya Nand\n\nTE HUNGA KĀORE I TAE MAI | ABSENT\nMember            Gus Petrakis\n\n1  Welcome\nThe Chairperson opened the meeting.\n',
    );
    expect(people(meeting)).toEqual([
      ['Aroha Tane', 'Chair', 'present'],
      ['Priya Nand', null, 'present'],
      ['Gus Petrakis', null, 'absent'],
    ]);
  });

  it("leaves the initials a trustee is listed with out of the office after them ('Joseph Adeyemi (JA, Treasurer)')", () => {
    const meeting = parse(
      'Minutes of the Board of Trustees meeting\nDate: Tuesday 18 March 2025\n\nTrustees present: Helen Marsh (HM, Chair), Joseph Adeyemi (JA, Treasurer), Raj Chauhan (RC)\n\n1. Welcome\nHM welcomed everyone.\n',
    );
    expect(people(meeting)).toEqual([
      ['Helen Marsh', 'Chair', 'present'],
      ['Joseph Adeyemi', 'Treasurer', 'present'],
      ['Raj Chauhan', null, 'present'],
    ]);
  });

  it("reads 'Name, Organisation' lines among 'Name, Office' lines one a line as one person each, the organisation the role", () => {
    const meeting = parse(
      'LICENSING BOARD\nMinute of meeting held on 9 April 2025.\n\nAttending:\nRuth Cattanach, Clerk to the Board\nSergeant Kirsty Dow, Police Scotland\nMs Jo Bell, Scottish Fire and Rescue Service\n\n1. APOLOGIES\nNone.\n',
    );
    expect(people(meeting)).toEqual([
      ['Ruth Cattanach', 'Clerk to the Board', 'in attendance'],
      ['Sergeant Kirsty Dow', 'Police Scotland', 'in attendance'],
      ['Ms Jo Bell', 'Scottish Fire and Rescue Service', 'in attendance'],
    ]);
  });
});

describe('questions', () => {
  it("gives a 'Q1 from Cllr X to the Cabinet Member for Y' question its asker, and the 'Answer:' under it the member asked", () => {
    const meeting = parse(
      'COUNTY COUNCIL\nMinutes of the meeting held on 13 February 2025\n\n1. QUESTION TIME\n\nQ1 from Cllr Imran Baig to the Cabinet Member for Highways and Transport\n\nHow many potholes were repaired within 28 days?\n\nAnswer:\nOf 6,214 defects, 5,390 were repaired within 28 days.\n\nQ2 from Cllr Tessa Whitlock to the Leader of the Council\n\nWill the Leader write to the Minister?\n\nAnswer:\n\nYes, on 20 January.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text.slice(0, 12), paragraph.speaker])).toEqual([
      ['How many pot', 'Cllr Imran Baig'],
      ['Of 6,214 def', 'The Cabinet Member for Highways and Transport'],
      ['Will the Lea', 'Cllr Tessa Whitlock'],
      ['Yes, on 20 J', 'The Leader of the Council'],
    ]);
  });

  it('reads a question heading wrapped after its first line as one heading, the one asked named whole', () => {
    const meeting = parse(
      'COUNTY COUNCIL\nMinutes of the meeting held on 13 February 2025\n\n1. QUESTION TIME\n\nQ1 from Cllr Imran Baig to the Cabinet Member for Highways and\nTransport\n\nHow many potholes were repaired?\n\nAnswer:\nOf 6,214 defects, 5,390 were repaired.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Cllr Imran Baig', 'The Cabinet Member for Highways and Transport']);
  });

  it("gives the question under a 'Question from Mr X:' heading and a blank line its asker", () => {
    const meeting = parse('PARISH COUNCIL\nMinutes of the meeting held on 13 February 2025\n\n1. Public questions\n\nQuestion from Mr Tom Hale:\n\nWhy has the footpath been closed?\n');
    expect(paragraphs(meeting)[0].speaker).toBe('Mr Tom Hale');
  });
});

describe('bodies', () => {
  it("names a trustees' board after the charity above it, its registered number aside", () => {
    const meeting = parse('Brackenfold Food Bank (registered charity no. 1187342)\nMinutes of the Board of Trustees meeting\nDate: Tuesday 18 March 2025, 6.30pm\n\n1. Welcome\nAll were welcomed.\n');
    expect(meeting.body).toBe('Brackenfold Food Bank Board of Trustees');
  });
});

describe('paragraphs', () => {
  it("keeps a time of day that opens a line ('4.41 pm  The Chairperson closed …') as text, not a paragraph number", () => {
    const meeting = parse('Minutes of the Kōwhai Local Board\nheld on Thursday, 22 August 2024\n\n1  Welcome\nThe Chairperson opened the meeting.\n\n4.41 pm    The Chairperson closed the meeting.\n');
    const closing = paragraphs(meeting).find((paragraph) => paragraph.text.includes('closed'));
    expect(closing?.text).toBe('4.41 pm The Chairperson closed the meeting.');
    expect(closing?.number ?? null).toBeNull();
  });
});
