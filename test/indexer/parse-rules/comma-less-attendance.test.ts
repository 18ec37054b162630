// An attendance list whose commas were lost when the minutes were copied onto a web page: each councillor is told from
// the next only by the title that opens the next name. Invented text in the style of parish council minutes.
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';

const people = (list: string) => attendeesFromList(list, 'present').map(({ name, role }) => [name, role]);

describe('a list of councillors with no commas between them', () => {
  it('starts a new person at each councillor\'s title', () => {
    expect(people('Cllr Ruth Hale (Chair) Cllr Ben Ola Cllr Ada Rix County Cllr Tom Day')).toEqual([
      ['Cllr Ruth Hale', 'Chair'],
      ['Cllr Ben Ola', null],
      ['Cllr Ada Rix', null],
      ['County Cllr Tom Day', null],
    ]);
  });

  it('keeps a second title and initials with the name they belong to', () => {
    expect(people('Cllr Mrs M Hale Cllr J Ola-Brent Councillor T Rix')).toEqual([
      ['Cllr Mrs M Hale', null],
      ['Cllr J Ola-Brent', null],
      ['Councillor T Rix', null],
    ]);
  });
});

describe('a list whose councillors end at a full stop before the officers', () => {
  it('starts a new person at the title after the full stop, and keeps an initial\'s full stop in the name', () => {
    expect(people('Cllr P Dunn, Cllr R. Vane, Cllr T Ashby. Mrs K Lowe (Clerk)')).toEqual([
      ['Cllr P Dunn', null],
      ['Cllr R. Vane', null],
      ['Cllr T Ashby', null],
      ['Mrs K Lowe', 'Clerk'],
    ]);
  });
});

describe('a list of names in initials with no commas between them', () => {
  it('starts a new person at each name in initials after a surname or an office in brackets', () => {
    expect(people('A B Quinn (Chairman) R J Boyd T Caskey Mrs E M Doran K Fee')).toEqual([
      ['A B Quinn', 'Chair'],
      ['R J Boyd', null],
      ['T Caskey', null],
      ['Mrs E M Doran', null],
      ['K Fee', null],
    ]);
  });

  it('keeps a title in initials\' shape ("B Cllr", a borough councillor) with the name after it', () => {
    expect(people('Mrs A Hale, B Cllr C T Lowe')).toEqual([
      ['Mrs A Hale', null],
      ['B Cllr C T Lowe', null],
    ]);
  });
});

describe('a table of members and their offices copied with its cells run together', () => {
  it('starts a new person at each title, surnames with particles whole, and reads the words after a surname as the office', () => {
    expect(people('Alderman J Fourie Speaker Alderman N Mthembu Executive Mayor (Chairperson) Councillor A du Plessis Councillor L van der Merwe Councillor P Jacobs Deputy Executive Mayor Councillor T Booysen')).toEqual([
      ['Alderman J Fourie', 'Speaker'],
      ['Alderman N Mthembu', 'Chair'],
      ['Councillor A du Plessis', null],
      ['Councillor L van der Merwe', null],
      ['Councillor P Jacobs', 'Deputy Executive Mayor'],
      ['Councillor T Booysen', null],
    ]);
  });

  it('takes no office from a forename and surname after the title: where the name ends is not known', () => {
    expect(people('Councillor Tom Adams Councillor Ben Naidoo')).toEqual([
      ['Councillor Tom Adams', null],
      ['Councillor Ben Naidoo', null],
    ]);
  });
});

describe('a Northern Irish roll of aldermen and councillors with no commas', () => {
  it('starts a new person at "Ald" and after an honour, and keeps a title with its honorific', () => {
    expect(people('Ald Mrs M Bellew Ald R Corr, MBE Ald S Hume Cllr Mrs B Ames, MBE Cllr B Ashby Cllr Ms D Ardagh Cllr D A Weir Cllr Mrs R Weir')).toEqual([
      ['Ald Mrs M Bellew', null],
      ['Ald R Corr, MBE', null],
      ['Ald S Hume', null],
      ['Cllr Mrs B Ames, MBE', null],
      ['Cllr B Ashby', null],
      ['Cllr Ms D Ardagh', null],
      ['Cllr D A Weir', null],
      ['Cllr Mrs R Weir', null],
    ]);
  });
});
