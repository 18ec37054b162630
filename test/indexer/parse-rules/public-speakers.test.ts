// Speakers the minutes describe instead of naming: one of the public ("A resident asked …"), and a person introduced by
// the organisation they speak for ("Northgate Homes – Mr Patel reported …"). Invented text in the style of parish and
// committee minutes.
import { parseMinutes } from '../../../indexer/parse';
import { speakerOf } from '../../../indexer/parse/speakers/speakers';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });

describe('one of the public, described by who they are', () => {
  it.each([
    ['A resident asked whether the footpath by the school could be gritted in winter.', 'A resident'],
    ['A member of the public asked when the bus shelter would be repaired.', 'A member of the public'],
    ['A Member of the Public asked when the bus shelter would be repaired.', 'A member of the public'],
    ['A representative of the cricket club said that the club would welcome help with the pavilion roof.', 'A representative of the cricket club'],
    ['A parishioner raised concerns about speeding on Mill Road.', 'A parishioner'],
    ['A local resident objected to the hours sought.', 'A local resident'],
    ['A resident of Quay Street asked about antisocial behaviour near the car park.', 'A resident of Quay Street'],
    ['Another resident asked when the bench would be installed.', 'A resident'],
    ['A second objector said that the extension would overlook her garden.', 'An objector'],
    ['The applicant confirmed that the hours had been reduced.', 'The applicant'],
    ['An agent for the applicant spoke in support of the scheme.', 'An agent for the applicant'],
    ["The applicant's agent spoke in support.", "The applicant's agent"],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    'A report was received from the tree warden.',
    'A letter said that the hall would close in August.',
    'A meeting was held with the county council in April.',
    'A resident’s letter asked for a new bench.',
    'A resident of the parish who had lived there for years asked about the pond.',
    'Residents would welcome a new bench.',
  ])('names no speaker in "%s"', (text) => {
    expect(speakerOf(text)).toBeNull();
  });

  it('still reads "A Member" (a councillor) and "The Speaker" (an office) as before', () => {
    expect(speakerOf('A Member asked whether the grant had been paid.')).toBe('A Member');
    expect(speakerOf('The Speaker opened the meeting.')).toBe('The Speaker');
  });

  it('gives each public turn of an open forum its speaker', () => {
    const minutes =
      'LOWER HAMPTON PARISH COUNCIL\nMinutes of the meeting held on Monday 13 May 2024 at 7.00pm at the Pavilion\n\n' +
      'Present: Cllr A Firth (Chair), Cllr B Gower\n\n1. Public participation\n\n' +
      'A resident asked whether the footpath by the school could be gritted in winter.\n\n' +
      'A representative of the cricket club said that the club would welcome help with the pavilion roof.\n\n' +
      '2. Finance\n\nThe Clerk presented the accounts.\n';
    const [item] = parse(minutes).meetings[0].items;
    expect(item.paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['A resident', 'A representative of the cricket club']);
  });
});

describe('a person after the organisation they report for', () => {
  it.each([
    ['Northgate Homes – Mr Patel reported that the repairs backlog had been cleared.', 'Mr Patel'],
    ['Environment Agency – Ms Lee said that the flood works would start in September.', 'Ms Lee'],
    ["Westfield Cricket Club - Mr O'Donnell thanked the council for the grant.", "Mr O'Donnell"],
    ['Village Hall Committee — The Treasurer reported that bookings had risen.', 'The Treasurer'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    'Highways – the resurfacing of Station Road has been postponed to the autumn.',
    'Northgate Homes – Repairs at Orchard Close were completed in March.',
    'The hall was busy in March – Mr Patel reported that bookings had risen.',
  ])('names no speaker in "%s"', (text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('a titled person named between commas after who they are', () => {
  it.each([
    ["The Chief Constable's representative, Supt Y Adeyemi, advised that recruitment was on track.", 'Supt Y Adeyemi'],
    ["The Panel's Scrutiny Officer, Mr Tom Hale, reported that no complaints had been received.", 'Mr Tom Hale'],
    ['A resident, Mrs Hall, asked about the state of the village pond.', 'Mrs Hall'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('still names the office where the council’s office comes first', () => {
    expect(speakerOf('The Cabinet Member for Regeneration, Councillor Okafor-Reid, introduced the report.')).toBe('The Cabinet Member for Regeneration');
  });
});
