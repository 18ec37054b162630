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
      'a session on a date, "present" closing the list, an office after its holder\'s name',
      'The Board of Directors met in regular session on June 3, 2025, with Director Tom Lark, Director Bea Ames, and Ruth Vance, Clerk of the Board present.',
      [['Tom Lark', 'Director', 'present'], ['Bea Ames', 'Director', 'present'], ['Ruth Vance', 'Clerk of the Board', 'present']],
    ],
    [
      'a list of offices and names as one person each',
      'The Board met in regular session with President Tom Lark, Director Bea Ames, Director Kofi Osei, and General Manager Ruth Vance.',
      [['President Tom Lark', null, 'present'], ['Bea Ames', 'Director', 'present'], ['Kofi Osei', 'Director', 'present'], ['Ruth Vance', 'General Manager', 'present']],
    ],
    [
      '"Those present were Commissioners …", what they are before the list',
      'Walt called the meeting to order at 7:00. Those present were Commissioners Walt Brenner, Hank Osgood, and Lena Voss.',
      [['Walt Brenner', null, 'present'], ['Hank Osgood', null, 'present'], ['Lena Voss', null, 'present']],
    ],
    [
      'the council "along with" its staff, in attendance',
      'The meeting was called to order at 9:02 am. In attendance were Reeve Harold Skog, Councillors Ina Pelletier and Bram Dueck along with CAO Marta Olynyk.',
      [['Reeve Harold Skog', null, 'present'], ['Councillor Ina Pelletier', null, 'present'], ['Councillor Bram Dueck', null, 'present'], ['CAO Marta Olynyk', null, 'in attendance']],
    ],
    [
      'names with their suffixes after a comma, and a firm\'s initials after the last',
      'Chairman Pratt opened the meeting at 6pm. In attendance were Selectmen Daniel K. Pratt, Jr., Ruth A. Lindqvist, and Town Administrator Celia Vaughan and Paul Dobbs, NEMRC. Minutes were typed by Celia Vaughan.',
      [['Daniel K. Pratt Jr', null, 'present'], ['Ruth A. Lindqvist', null, 'present'], ['Celia Vaughan', 'Town Administrator', 'present'], ['Paul Dobbs', 'NEMRC', 'present']],
    ],
    [
      '"Board members in attendance were:" after the opening sentence',
      'Meeting was held at the library annex. Board members in attendance were:  Tess Lark, Bea Ames, and Kofi Osei.',
      [['Tess Lark', null, 'present'], ['Bea Ames', null, 'present'], ['Kofi Osei', null, 'present']],
    ],
    [
      'the chair and the members named in one sentence with no verb',
      'Mayor Tess Lark and Councilmembers Bea Ames, Kofi Osei, and Ruth Vance.',
      [['Mayor Tess Lark', null, 'present'], ['Councilmember Bea Ames', null, 'present'], ['Councilmember Kofi Osei', null, 'present'], ['Councilmember Ruth Vance', null, 'present']],
    ],
  ])('reads %s', (_case, sentences, people) => {
    expect(peopleOf(firstMeeting(opening(sentences)))).toEqual(people);
  });

  it('reads "Present were Board members …" opening the minutes, and "Also present were …" after it', () => {
    const text = 'Board of Directors, Alder Creek Ranch Assn., Inc.\n\nMINUTES, June 3, 2025\n\nPresent were Board members Tess Lark, Bea Ames, and Kofi Osei. Also present were Ruth Vance and Dale Moss.\n\nRoads Committee\nThe roads were graded.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([['Tess Lark', null, 'present'], ['Bea Ames', null, 'present'], ['Kofi Osei', null, 'present'], ['Ruth Vance', null, 'in attendance'], ['Dale Moss', null, 'in attendance']]);
  });

  it('reads no one from "Mayor … and Councilmembers …" going on to what they did', () => {
    // The meeting's first item, under a title that calls no roll (a roll call item's lines are read as its list).
    const text = opening('Mayor Tess Lark and Councilmembers Bea Ames and Kofi Osei discussed the reservoir.').replace('CALL TO ORDER', 'PUBLIC COMMENT');
    expect(peopleOf(firstMeeting(text))).toEqual([]);
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
