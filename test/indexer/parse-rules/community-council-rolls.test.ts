// Rolls and titles of UK community and parish councils read from unseen minutes (session 35): office-labelled rolls run
// on one line, two columns of names beside a label, lettered labels under the first item, agenda-worded titles skipped
// between rising numbers, titles run on after ":-". Invented text.
import { firstMeeting, itemsOf } from '../../helpers/parse-text';

const HEADER = 'MINUTES OF THE MEETING OF THE DUNMORE COMMUNITY COUNCIL HELD IN THE VILLAGE HALL ON MONDAY 6TH MARCH 2023\n\n';
const ITEMS = '1. Police report\n\nNo incidents were reported.\n\n2. Date of next meeting\n\nMonday 3rd April 2023.\n';

const roll = (text: string) => firstMeeting(text).attendees.map((attendee) => [attendee.name, attendee.role ?? null, attendee.attendance]);

describe('community council rolls', () => {
  it('reads offices typed as labels before their holders, the pairs run on one line', () => {
    const text = `${HEADER}Present:  Chair: Mrs A Kerr: Secretary: Mr B Low, Treasurer:Mr C Dunn\n          Mrs D Bell , Mr E Orr\n          .\nApologies:  Mr F Shaw\n\n${ITEMS}`;
    expect(roll(text)).toEqual([
      ['Mrs A Kerr', 'Chair', 'present'],
      ['Mr B Low', 'Secretary', 'present'],
      ['Mr C Dunn', 'Treasurer', 'present'],
      ['Mrs D Bell', null, 'present'],
      ['Mr E Orr', null, 'present'],
      ['Mr F Shaw', null, 'apologies'],
    ]);
  });

  it('reads two columns of names beside a label as names, and a name beside an office as a person with a role', () => {
    const text = `${HEADER}PRESENT        Ann Kerr          Convenor\n               Bill Low          Secretary\n\nAPOLOGIES      Carol Dunn        David Bell\n               Ewan Orr          Fiona Shaw\n\n${ITEMS}`;
    expect(roll(text)).toEqual([
      ['Ann Kerr', 'Convenor', 'present'],
      ['Bill Low', 'Secretary', 'present'],
      ['Carol Dunn', null, 'apologies'],
      ['David Bell', null, 'apologies'],
      ['Ewan Orr', null, 'apologies'],
      ['Fiona Shaw', null, 'apologies'],
    ]);
  });

  it('reads lettered labels under the first item, and a bulleted list copied onto one line', () => {
    const text = `${HEADER}1. Introductions and welcome\n\na. Present\n\n Ann Kerr          Convenor\n Bill Low          Member\n\nAttending:\n\n • Cllr Ray Hale. • PC Jo Reid, Community Officer.\n\nb. Apologies:\n\n Carol Dunn        Treasurer\n\n2. Date of next meeting\n\nMonday 3rd April 2023.\n`;
    expect(roll(text)).toEqual([
      ['Ann Kerr', 'Convenor', 'present'],
      ['Bill Low', 'Member', 'present'],
      ['Cllr Ray Hale', null, 'in attendance'],
      ['PC Jo Reid', 'Community Officer', 'in attendance'],
      ['Carol Dunn', 'Treasurer', 'apologies'],
    ]);
  });
});

describe('parish titles worded as the agenda words them', () => {
  it('reads a long agenda-worded line skipped between rising numbers as its item, its wrapped wording too', () => {
    const text =
      'Minutes of the Meeting of Elmsted Parish Council held on 4 April 2023\n\nPresent: Cllr A Hale (Chairman), Cllr B Ives.\n\n' +
      '1. Apologies for absence\nNone.\n\n2. Declarations of interest\nNone.\n\n' +
      '3. To receive the draft minutes of the meeting held on 7 March 2023 to be approved as the minutes of that\nmeeting.\nThe minutes were approved.\n\n' +
      '4. Chair and Council’s Comments:- Cllr Hale thanked the litter pickers.\n\n5. Finance\nThe payments were approved.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'To receive the draft minutes of the meeting held on 7 March 2023 to be approved as the minutes of that meeting'],
      ['4', 'Chair and Council’s Comments'],
      ['5', 'Finance'],
    ]);
  });

  it('leaves a resolution run on after a long title and ":-" with its title', () => {
    const text = 'Minutes of the Meeting of Elmsted Town Council held on 4 April 2023\n\n' +
      '507 DECLARATIONS OF INTEREST No declarations were made.\n\n508 CONFIRMATION OF MINUTES AND POLICIES It was RESOLVED that the following minutes be confirmed:- Finance Committee 3rd March 2023\n\n509 POLICING MATTERS No officers attended.\n';
    expect(itemsOf(firstMeeting(text)).map(([number]) => number)).toEqual(['507', '508', '509']);
  });
});
