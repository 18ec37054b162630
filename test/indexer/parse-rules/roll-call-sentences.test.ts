// The roll call a clerk tells in sentences of the opening paragraph instead of listing under a label, as small US
// boards and county commissions write it. Invented text in the style of a water district's and a county board's minutes.
import { firstMeeting, peopleOf } from '../../helpers/parse-text';

const HEADER = 'Alder Creek Water District\nMinutes\nJune 3, 2025\n\nCALL TO ORDER\n';

const opening = (sentences: string) => `${HEADER}${sentences}\n\nADJOURNMENT\nThe meeting adjourned at 8:10 p.m.\n`;

describe('a roll call told in sentences', () => {
  it.each([
    [
      'those who answered the roll, after the time the meeting opened',
      'President Lark called the meeting to order at 7:00 p.m. President Lark and Directors Ames and Osei answered the roll.',
      [['President Lark', null, 'present'], ['Director Ames', null, 'present'], ['Director Osei', null, 'present']],
    ],
    [
      '"Members present were …" and "Absent was …" apart, the initials no sentence end',
      'Members present were T. Lark, B. Ames and K. Osei. Absent was R. Vance. A quorum was established.',
      [['T. Lark', null, 'present'], ['B. Ames', null, 'present'], ['K. Osei', null, 'present'], ['R. Vance', null, 'absent']],
    ],
    [
      'a list of offices and names as one person each',
      'The Board met in regular session with President Tom Lark, Director Bea Ames, Director Kofi Osei, and General Manager Ruth Vance.',
      [['President Tom Lark', null, 'present'], ['Bea Ames', 'Director', 'present'], ['Kofi Osei', 'Director', 'present'], ['Ruth Vance', 'General Manager', 'present']],
    ],
  ])('reads %s', (_case, sentences, people) => {
    expect(peopleOf(firstMeeting(opening(sentences)))).toEqual(people);
  });

  it('reads no one from such a sentence naming no person', () => {
    const text = opening('Members present were pleased with the new meter contract. The President was absent for the first item. All directors were present.');
    expect(peopleOf(firstMeeting(text))).toEqual([]);
  });

  it('gives no speaker to a paragraph that only says who was excused', () => {
    const text = opening('Director Osei was excused.\nDirector Ames asked about the reservoir.');
    const speakers = firstMeeting(text).items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.speaker));
    expect(speakers).toEqual([null, 'Director Ames', null]);
  });
});
