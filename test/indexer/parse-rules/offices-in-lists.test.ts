// How a list of people reads the offices printed beside the names when several shapes meet: an office before each name
// (the next person's, not an office of the one before), posts and holders run on with a dash between each pair, and
// posts listed with no one named. Each list is invented in the style of real minutes, written for the test.
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';

const namesAndRoles = (list: string) => attendeesFromList(list, 'present').map(({ name, role }) => [name, role]);

describe('an office before each name', () => {
  it('reads "Mayor A, Council President B and Councilors C, D" as four people, none holding the next one\'s office', () => {
    expect(namesAndRoles('Mayor Ruth Abel, Council President Tom Birch and Councilors Ada Cole, Ben Dale')).toEqual([
      ['Mayor Ruth Abel', null],
      ['Tom Birch', 'Council President'],
      ['Councilor Ada Cole', null],
      ['Councilor Ben Dale', null],
    ]);
  });

  it('reads "Vice Mayor B" after "Mayor A" as another person', () => {
    expect(namesAndRoles('Mayor Ruth Abel, Vice Mayor Tom Birch, Councilmember Ada Cole').map(([name]) => name)).toEqual(['Mayor Ruth Abel', 'Vice Mayor Tom Birch', 'Councilmember Ada Cole']);
  });

  it('keeps an office after a courtesy-titled name as that name\'s, whatever capitalised words follow it', () => {
    expect(namesAndRoles('Mr Wes Carmody, Director City Infrastructure')).toEqual([['Mr Wes Carmody', 'Director City Infrastructure']]);
  });
});

describe('posts and holders', () => {
  it('reads posts and holders run on with a dash in each pair and nothing between the pairs', () => {
    expect(namesAndRoles('Chief Executive - C Lavery Director of Finance and Governance – B Mallon Member Services Manager – F Quigley')).toEqual([
      ['C Lavery', 'Chief Executive'],
      ['B Mallon', 'Director of Finance and Governance'],
      ['F Quigley', 'Member Services Manager'],
    ]);
  });

  it('leaves a post named by the service it runs whole, not a director called by the service', () => {
    expect(namesAndRoles('General Manager, Director Sustainable Infrastructure, Manager Governance')).toEqual([
      ['General Manager', null],
      ['Director Sustainable Infrastructure', null],
      ['Manager Governance', null],
    ]);
  });

  it('still reads an office before a holder\'s name as the holder\'s role', () => {
    expect(namesAndRoles('City Manager Dean Pruitt, Finance Director Ana Ruiz')).toEqual([
      ['Dean Pruitt', 'City Manager'],
      ['Ana Ruiz', 'Finance Director'],
    ]);
  });
});

describe('offices over several fields', () => {
  it('keeps the field after an office\'s "&" with the office, as its "and" is kept', () => {
    expect(namesAndRoles('J Moss, Director of Finance & Resources; K Patel, Head of Policy & Commissioning and L Grey, Procurement Manager')).toEqual([
      ['J Moss', 'Director of Finance & Resources'],
      ['K Patel', 'Head of Policy & Commissioning'],
      ['L Grey', 'Procurement Manager'],
    ]);
  });

  it('keeps an office\'s fields listed with commas before its "&" whole, and a one-word name after a role\'s comma apart', () => {
    expect(namesAndRoles('A Brown, Director of Children, Education & Communities; B Kerr, Clerk')).toEqual([
      ['A Brown', 'Director of Children, Education & Communities'],
      ['B Kerr', 'Clerk'],
    ]);
    expect(namesAndRoles('Jane Hale, Secretary, Mike, Sarah')).toEqual([
      ['Jane Hale', 'Secretary'],
      ['Mike', null],
      ['Sarah', null],
    ]);
  });

  it('reads an office of four words and the words joining them after a name in initials as its holder\'s', () => {
    expect(namesAndRoles('A Dunlop, Head of Legal & Democratic Services; L Boyd, Senior Committee Services Officer')).toEqual([
      ['A Dunlop', 'Head of Legal & Democratic Services'],
      ['L Boyd', 'Senior Committee Services Officer'],
    ]);
  });

  it('keeps the service a post runs after its "&" or its commas with the post, a holder in brackets after the last', () => {
    expect(namesAndRoles('General Manager, Director Planning & Environment, Director Works & Services')).toEqual([
      ['General Manager', null],
      ['Director Planning & Environment', null],
      ['Director Works & Services', null],
    ]);
    expect(namesAndRoles('Director Community, Planning and Environment (Melissa Watkins), Director Community Infrastructure (Robert Fish)')).toEqual([
      ['Melissa Watkins', 'Director Community, Planning and Environment'],
      ['Robert Fish', 'Director Community Infrastructure'],
    ]);
  });

  it('reads a name after a post and its "and" as another person', () => {
    expect(namesAndRoles('Town Clerk and Jones')).toEqual([
      ['Town Clerk', null],
      ['Jones', null],
    ]);
  });
});

describe('offices before their holders in brackets', () => {
  it('reads each office (commas and "and" of its own) before a titled holder in brackets as that holder\'s', () => {
    expect(namesAndRoles('Director, Transportation, Housing and Planning (Mr. D. Fahy), Meetings Administrator, Kilbrack (Ms. E. Quirke) and Clerical Officer (Ms. S. Whelan).')).toEqual([
      ['Mr. D. Fahy', 'Director, Transportation, Housing and Planning'],
      ['Ms. E. Quirke', 'Meetings Administrator, Kilbrack'],
      ['Ms. S. Whelan', 'Clerical Officer'],
    ]);
  });

  it('reads "X in the Chair" before the next name as the chair, not as an office the next name holds', () => {
    expect(namesAndRoles('Dr Bacon in the Chair, Mr Harris, Mr Read (County Councillor)')).toEqual([
      ['Dr Bacon', 'Chair'],
      ['Mr Harris', null],
      ['Mr Read', 'County Councillor'],
    ]);
  });
});
