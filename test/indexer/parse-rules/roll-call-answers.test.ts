// Roll calls small US boards write into the opening paragraph in forms of their own: the names then "present", the
// members' word before the names, the answers to the roll, offices and holders parted by semicolons; and the body named
// only in the opening sentence under a heading alone.
import { parseMinutes } from '../../../indexer/parse';
import { attendeesFromRollCallAnswers } from '../../../indexer/parse/attendance/roll-call-answers';

const read = (text: string) => attendeesFromRollCallAnswers(text).map((attendee) => `${attendee.name}${attendee.role ? ` (${attendee.role})` : ''}: ${attendee.attendance}`);

describe('roll-call answers', () => {
  it('reads the names before "present" with no verb, after a sentence ending in a time', () => {
    expect(read('Meeting called to order at 7:02. Ames, Bo Ruiz, Penn & Osei present. K Dunn (public) present.')).toEqual([
      'Ames: present',
      'Bo Ruiz: present',
      'Penn: present',
      'Osei: present',
    ]);
  });

  it('reads the members named after their word, leaving out an aside in brackets', () => {
    expect(read('Board members Ann Lee, Bo Ray, and Cy Hart (by phone) were present.')).toEqual(['Ann Lee: present', 'Bo Ray: present', 'Cy Hart: present']);
  });

  it('keeps a title the members share, so that the list reads as its other sentences name them', () => {
    expect(read('Trustees Hale and Ruiz were also present.')).toEqual(['Trustee Hale: present', 'Trustee Ruiz: present']);
  });

  it('reads those answering the roll', () => {
    expect(read('Members answering roll call: President Vance, Lena Ortiz and Joy Sato.')).toEqual(['President Vance: present', 'Lena Ortiz: present', 'Joy Sato: present']);
    expect(read('The Chair called for the roll, answering as present were: Amos Fielder, and Ruth Okonjo.')).toEqual(['Amos Fielder: present', 'Ruth Okonjo: present']);
  });

  it('reads offices and their holders parted by semicolons, a name with run-together initials among them', () => {
    expect(read('Present at the meeting were the rector, Ann Lee; senior warden, Bo Ray; vestry members Cy Hart and P.J. Moss; and the clerk, Ed Fry.')).toEqual([
      'Ann Lee (Rector): present',
      'Bo Ray (Senior warden): present',
      'Cy Hart (Vestry member): present',
      'P.J. Moss (Vestry member): present',
      'Ed Fry (Clerk): present',
    ]);
  });

  it('names nobody in sentences that only mention presence', () => {
    expect(read('All members present. A quorum was present. The Treasurer and the Clerk were present for the audit.')).toEqual([]);
    expect(read('Reports from Finance and Planning were present in the packet.')).toEqual([]);
  });
});

describe('a body named only in the opening sentence', () => {
  const bodyOf = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].body;

  it('is read under a heading alone when the header names none', () => {
    expect(bodyOf('March 3, 2025\n\nCALL TO ORDER\n\nThe March 3, 2025 meeting of the Hollin Library Board was called to order at 5:00pm.\n\nMINUTES\n\nThe minutes were approved.\n')).toBe(
      'Hollin Library Board',
    );
    expect(bodyOf('Mt. Carrow Library District Board met March 3.\n\nAgenda:\n\nThe agenda was adopted.\n\nMinutes:\n\nThe minutes were approved.\n')).toBe('Mt. Carrow Library District Board');
  });

  it('is read after a title in capitals, after a clause giving the date, and before the state after a comma', () => {
    expect(bodyOf('MAY 6TH, 2019 MEETING\nThe Larkmoor Township Trustees met in regular session at the Grange Hall.\n\nMINUTES\n\nThe minutes were approved.\n')).toBe('Larkmoor Township Trustees');
    expect(bodyOf('May 6, 2019\n\nCALL TO ORDER\n\nThe regular meeting of the Faculty Senate, held on May 6, 2019, was called to order at 3:00 pm.\n\nMINUTES\n\nThe minutes were approved.\n')).toBe('Faculty Senate');
    expect(bodyOf('Board of Trustee Minutes - May 6, 2019\nRegular Meeting of the Board of Trustees of the Village of Holt Falls, NY was held on Monday, May 6, 2019 at the Municipal Building.\n\n1. CALL TO ORDER\nThe Mayor called the meeting to order.\n\n2. MINUTES\nThe minutes were approved.\n')).toBe(
      'Board of Trustees of the Village of Holt Falls',
    );
  });
});
