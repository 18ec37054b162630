// Speakers and attendees in forms each council prints its own way: clergy and peers by their titles, a member's office
// before their titled name, letters after a long name, several of the public speaking together, and a substitute's
// place in a list. Invented text in the style of borough, county and parish minutes.
import { parseMinutes } from '../../indexer/parse';
import { speakerOf } from '../../indexer/parse/speakers';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });

const meeting = (attendance: string, turns: string) =>
  parse(
    [
      'ELMSWORTH BOROUGH COUNCIL',
      '',
      'Minutes of the meeting of the Faith and Communities Forum held on 4 June 2025 at 6.30 pm at the Civic Centre',
      '',
      attendance,
      '',
      '1. Community Matters',
      '',
      turns,
      '',
      'RESOLVED: That the update be noted.',
    ].join('\n'),
  ).meetings[0];

describe('clergy and peers, titled', () => {
  it.each([
    ['Father Doyle said that the parish hall would open as a warm space.', 'Father Doyle'],
    ['Fr Doyle reported that volunteers had come forward.', 'Fr Doyle'],
    ['Imam Khan said that the mosque would hold an open day in July.', 'Imam Khan'],
    ['Rabbi Stern thanked the forum for its support.', 'Rabbi Stern'],
    ['Pastor Obi welcomed the grant.', 'Pastor Obi'],
    ['Sister Bernadette asked about the food bank’s opening hours.', 'Sister Bernadette'],
    ['Baroness Hale said that the matter had been raised in the House.', 'Baroness Hale'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('keeps the title on a listed name, and a turn by the surname is that person’s', () => {
    const forum = meeting(
      'Present: Councillor R Amis (Chair), Father Michael Doyle, Imam Yusuf Khan, Baroness Hale of Kirkby',
      'Father Doyle said that the parish hall would open as a warm space.',
    );
    expect(forum.attendees.map((attendee) => attendee.name)).toEqual(['Councillor R Amis', 'Father Michael Doyle', 'Imam Yusuf Khan', 'Baroness Hale of Kirkby']);
    expect(forum.items[0].paragraphs[0].speaker).toBe('Father Doyle');
  });
});

describe('a member’s office before their titled name', () => {
  it.each([
    ['Ward Member Cllr Fox reported that residents were worried about parking.', 'Cllr Fox'],
    ['Local Member Councillor Patel said that the junction was unsafe.', 'Councillor Patel'],
    ['Division Member Cllr Bell asked about the drainage scheme.', 'Cllr Bell'],
    ['Portfolio Holder Cllr Smith said that the policy supported the scheme.', 'Cllr Smith'],
    ['Cabinet Member for Housing and Planning Councillor Amin replied that the scheme was funded.', 'Councillor Amin'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['Lord Mayor Cllr Grant thanked members for attending.', 'The Lord Mayor'],
    ['Deputy Lord Mayor Cllr Fox reported on the civic visit.', 'The Deputy Lord Mayor'],
    ['Leader of the Council Cllr Fox said that the budget was balanced.', 'The Leader of the Council'],
  ])('reads "%s", an office one member holds, as spoken by the office (%s), as with its holder in brackets', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('names no one where no titled name follows the office', () => {
    expect(speakerOf('Ward Member briefings would be held monthly.')).toBeNull();
  });
});

describe('letters after a long name', () => {
  it.each([
    ['Mr P M Hill OBE DL said that the lieutenancy supported the scheme.', 'Mr P M Hill'],
    ['Mr P M Hill, OBE, said that he agreed.', 'Mr P M Hill'],
    ['Dr Anne-Marie de la Cruz MBE asked about youth club funding.', 'Dr Anne-Marie de la Cruz'],
    ['Dr Anne-Marie de la Cruz asked about youth club funding.', 'Dr Anne-Marie de la Cruz'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('takes no comma of a clause into the speaker', () => {
    expect(speakerOf('Cllr Fox, however, said that the budget was short.')).toBe('Cllr Fox');
  });
});

describe('several of the public, speaking together', () => {
  it.each([
    ['Two residents spoke against the application.', 'Residents'],
    ['Several members of the public asked about the traffic survey.', 'Members of the public'],
    ['Residents of Mill Lane objected to the loss of the hedgerow.', 'Residents of Mill Lane'],
    ['The objectors raised concerns about noise from the yard.', 'Objectors'],
    ['Three local residents addressed the committee.', 'Residents'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each(['Residents were consulted in May.', 'Two residents’ letters were circulated.', 'Residents would welcome a new bench.'])('names no speaker in "%s"', (text) => {
    expect(speakerOf(text)).toBeNull();
  });

  it('still reads one of the public as before', () => {
    expect(speakerOf('A resident asked about the hedgerow.')).toBe('A resident');
  });
});

describe('a substitute in a list of members', () => {
  it('files every printed form as "Substitute", keeping whom the member sat for', () => {
    const committee = meeting(
      'Present: Councillor J Smith (Chair), Councillor A Bell (substitute for Cllr L Green), Councillor C Dale (substituting for Councillor M Hope), Councillor R Fox (Sub for Cllr Hay), Councillor K Moss (for Councillor P Lane), Councillor T Patel (Substitute)',
      'Members noted the update.',
    );
    expect(committee.attendees.map((attendee) => attendee.role)).toEqual([
      'Chair',
      'Substitute for Cllr L Green',
      'Substitute for Councillor M Hope',
      'Substitute for Cllr Hay',
      'Substitute for Councillor P Lane',
      'Substitute',
    ]);
  });
});

describe('officers listed with their post first', () => {
  it('reads "Head of Planning – Ruth Cole" lines under a label as the officer with the post as the role', () => {
    const committee = meeting(
      'Present: Councillor J Smith (Chair)\n\nOfficers in attendance:\nHead of Planning – Ruth Cole\nLegal Adviser – Mr S Okafor\nDemocratic Services Officer – Ms L Tan',
      'Members noted the update.',
    );
    expect(committee.attendees.filter((attendee) => attendee.attendance === 'in attendance').map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Ruth Cole', 'Head of Planning'],
      ['Mr S Okafor', 'Legal Adviser'],
      ['Ms L Tan', 'Democratic Services Officer'],
    ]);
  });

  it('reads such posts run on after the label, between semicolons', () => {
    const committee = meeting('Officers: Head of Legal and Democratic Services – Mr S Okafor; Principal Planner – James Bright', 'Members noted the update.');
    expect(committee.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Mr S Okafor', 'Head of Legal and Democratic Services'],
      ['James Bright', 'Principal Planner'],
    ]);
  });

  it('reads a one-word post in a column beside its titled holder', () => {
    const committee = meeting('Officers Present:\nLicensing Manager         Mrs K Hart\nSolicitor                 Mr D Fenn', 'Members noted the update.');
    expect(committee.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Mrs K Hart', 'Licensing Manager'],
      ['Mr D Fenn', 'Solicitor'],
    ]);
  });

  it('reads a hyphenated "Vice-Chairman" before a name as the vice-chair, as "Chairman" before a name is the chair', () => {
    const board = meeting('Present: Chairman Ruth Calloway; Vice-Chairman Owen Tapley; Commissioners Ada Brink and Lyle Soto', 'Members noted the update.');
    expect(board.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Ruth Calloway', 'Chair'],
      ['Owen Tapley', 'Vice-Chair'],
      ['Commissioner Ada Brink', null],
      ['Commissioner Lyle Soto', null],
    ]);
  });
});

describe('a dashed office on the first of several people', () => {
  it.each([
    ['Also present: Mrs J Smith – Clerk to the Council; County Councillor A Field; PCSO T Grey', 'Clerk to the Council'],
    ['Also present: Mrs J Smith – Clerk, County Councillor A Field, PCSO T Grey', 'Clerk'],
  ])('lists everyone in "%s", the office (%s) as the first person’s role', (list, office) => {
    const council = meeting(`Present: Cllr J Webb (Chairman)\n${list}`, 'Members noted the update.');
    expect(council.attendees.filter((attendee) => attendee.attendance === 'in attendance').map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Mrs J Smith', office],
      ['County Councillor A Field', null],
      ['PCSO T Grey', null],
    ]);
  });

  it('keeps one person’s office whole where nothing but its parts follows the dash', () => {
    const council = meeting('Present: Cllr J Webb (Chairman)\nAlso present: Tony Henley – Community Safety Manager, CSU', 'Members noted the update.');
    expect(council.attendees[1]).toMatchObject({ name: 'Tony Henley', role: 'Community Safety Manager, CSU' });
  });
});

describe('an absent member’s substitute, noted in brackets', () => {
  it.each(['Cllr M Hunt (Cllr S Lowe substituting)', 'Cllr M Hunt (substituted by Cllr S Lowe)'])('gives "%s" no role: the substitute is no office of the absent member', (entry) => {
    const council = meeting(`Present: Cllr J Webb (Chairman), Cllr S Lowe\nApologies: ${entry}`, 'Members noted the update.');
    expect(council.attendees.find((attendee) => attendee.attendance === 'apologies')).toMatchObject({ name: 'Cllr M Hunt', role: null });
  });
});
