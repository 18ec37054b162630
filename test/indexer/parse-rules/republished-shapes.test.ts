// The same minutes published with no blank lines or hard-wrapped by a page's width read as they do when set out with
// blank lines and a paragraph a line: headings stay headings, lists end where they end, names and titles are whole.
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'd' }).meetings[0];
const titles = (text: string) => parse(text).items.map((item) => [item.number, item.title]);

describe('minutes typed with no blank lines', () => {
  const minutes = [
    'Fernvale City Council',
    'Regular Meeting Minutes',
    'May 5, 2026',
    'Mayor Quist called the meeting to order at 6:00 p.m. in the Council Chambers.',
    'COUNCIL PRESENT: Mayor Quist, Councilmembers Adair, Boone, Cato and Dunn.',
    'STAFF PRESENT: City Administrator Ebert, Finance Director Fong, and City Clerk Gale.',
    'Residents Forum',
    'Ida Hume, 12 Elm Court, asked the Council to mend the fence at the pool.',
    'Approval of Agenda',
    'Motion by Councilmember Adair, seconded by Councilmember Boone to approve the agenda.',
    '4 Ayes, 0 Nays - Motion Carried',
    'Old Business',
    '6.01) Pool Fence Repair',
    'City Administrator Ebert said that the fence would be mended by June.',
    'Adjournment',
    'Motion by Councilmember Cato, seconded by Councilmember Dunn to adjourn at 6:40 p.m.',
    '4 Ayes, 0 Nays - Motion Carried',
  ].join('\n');

  it('ends a list run on after its label at its full stop: the heading under it is no one more', () => {
    expect(parse(minutes).attendees.map((attendee) => attendee.name)).not.toContain('Residents Forum');
  });

  it('reads a heading under a motion’s tally and outcome, and a section over its numbered sub-item', () => {
    expect(titles(minutes)).toEqual([
      [null, 'Opening of the meeting'],
      [null, 'Residents Forum'],
      [null, 'Approval of Agenda'],
      [null, 'Old Business'],
      ['6.01', 'Pool Fence Repair'],
      [null, 'Adjournment'],
    ]);
  });

  it('opens the question on its own line under the line that puts it', () => {
    const meeting = parse(
      [
        'HALLOW BOROUGH COUNCIL',
        'MINUTES OF THE MEETING OF THE COUNCIL HELD ON 4 MARCH 2026',
        '12. QUESTIONS FROM THE PUBLIC',
        'Mr Amos Reed of Park Ward asked the following question of Councillor Joy Tate, Cabinet Member for Parks',
        'When will the park toilets reopen?',
        'Councillor Tate replied that they would reopen in April.',
      ].join('\n'),
    );
    const paragraphs = meeting.items.flatMap((item) => item.paragraphs);
    expect(paragraphs.map((paragraph) => [paragraph.text, paragraph.speaker])).toEqual([
      ['Mr Amos Reed of Park Ward asked the following question of Councillor Joy Tate, Cabinet Member for Parks', 'Mr Amos Reed'],
      ['When will the park toilets reopen?', 'Mr Amos Reed'],
      ['Councillor Tate replied that they would reopen in April.', 'Councillor Tate'],
    ]);
  });
});

describe('minutes hard-wrapped by a page’s width', () => {
  it('joins a roll’s name cut after run-together initials', () => {
    const meeting = parse(
      [
        'MINSTER PARISH COUNCIL',
        'Minutes of the meeting held on 3 March 2026',
        '',
        'Present:',
        'Councillor Mrs K.L. Orme (Chairman), Councillor P.J. Dace, Councillor S.V.',
        'Pask',
        'Apologies for absence:',
        'Councillor D.E. Hurst',
        '',
        '1. MINUTES',
        '',
        'The minutes of the last meeting were approved.',
      ].join('\n'),
    );
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Councillor Mrs K.L. Orme', 'Councillor P.J. Dace', 'Councillor S.V. Pask', 'Councillor D.E. Hurst']);
  });

  it('carries a title in capitals on over the figure its last word asks for, unless the figure is the next item’s number', () => {
    const heading = ['WEALD TOWN COUNCIL', 'Minutes of the meeting held on 3 March 2026', '', '4. DISPOSAL OF LAND UNDER SECTION', '123 OF THE LOCAL GOVERNMENT ACT 1972', '', 'The Clerk reported on the offer.', ''];
    expect(titles([...heading, '5. CLOSE', '', 'The meeting closed at 9pm.'].join('\n'))).toEqual([
      ['4', 'DISPOSAL OF LAND UNDER SECTION 123 OF THE LOCAL GOVERNMENT ACT 1972'],
      ['5', 'CLOSE'],
    ]);
    expect(titles(['WEALD TOWN COUNCIL', 'Minutes of the meeting held on 3 March 2026', '', '4. REPORTS UNDER SECTION', '5. CLOSE', '', 'The meeting closed at 9pm.'].join('\n')).map(([number]) => number)).toEqual(['4', '5']);
  });

  it('ends a title hung at its indent at the full stop of its last wrapped line', () => {
    const meeting = parse(
      [
        'MINUTES OF THE REGULAR MEETING OF THE',
        'BIRCH HOLLOW TOWN COUNCIL',
        'MONDAY, MAY 4, 2026',
        '',
        '1. CALL TO ORDER',
        '',
        'Mayor Ames called the meeting to order at 7:00 p.m. and the clerk took the',
        'roll of those present at the meeting.',
        '',
        '2. REGULAR AGENDA ITEMS',
        '',
        '2-A.  2026-071',
        '                  Award of the contract for the Elm Street paving to',
        '                  Ridge Paving in the amount of $84,500.',
        '',
        'Councilor Bell moved to award the contract. The motion carried, 5-0.',
        '',
        '3. ADJOURNMENT',
        '',
        'The meeting adjourned at 7:40 p.m.',
      ].join('\n'),
    );
    expect(meeting.items.map((item) => item.title)).toContain('Award of the contract for the Elm Street paving to Ridge Paving in the amount of $84,500');
  });
});
