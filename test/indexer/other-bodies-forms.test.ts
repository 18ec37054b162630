// Forms met in the minutes of bodies other than UK councils (health boards, school and academy trusts, housing
// associations, clubs, and councils in Ireland, Canada, Australia and New Zealand). Invented text in their style.
import { parseMinutes } from '../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const people = (text: string) => parse(text).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance]);

describe('a bulleted list of people whose entries end in commas', () => {
  const minutes =
    'Minutes of the Ordinary Meeting of Glenmore County Council held on Monday 3rd March, 2014 at 11.00 am\n\n' +
    'MEMBERS PRESENT:\n\n  • Councillor Ahern,\n  • Councillor Brophy,\n  • Councillor D. Costello,\n  • Councillor Dunne.\n\n' +
    'OFFICIALS IN ATTENDANCE:\n\n  • Mr P. Lacey, County Manager\n  • Ms R. Nolan, Head of Finance\n\n' +
    '1.  MINUTES OF THE ORDINARY MEETING HELD ON 3RD FEBRUARY, 2014:\n\nProposed by Councillor Ahern\n';

  it('reads each bullet as a person of its own, not as the entry above going on after its comma', () => {
    expect(people(minutes)).toEqual([
      ['Councillor Ahern', null, 'present'],
      ['Councillor Brophy', null, 'present'],
      ['Councillor D. Costello', null, 'present'],
      ['Councillor Dunne', null, 'present'],
      ['Mr P. Lacey', 'County Manager', 'in attendance'],
      ['Ms R. Nolan', 'Head of Finance', 'in attendance'],
    ]);
  });
});

describe('a senate’s members one a paragraph, the first styled "The Hon."', () => {
  const minutes =
    'Minutes of a meeting of the Senate held in the Senate Room at 4.30 pm on Monday 16 March 1987\n\nPresent:\n\n' +
    'The Hon. Dame Ellen Barker (Chancellor)\n\nProfessor R.T. Marsh (Vice-Chancellor)\n\nMs J. K. Oduya\n\nDr. H. Faraday\n\n \n\n' +
    'Apology:\n\n Dr. L. Quint\n\n  1. PERSONAL\n\nThe Chairman welcomed new members to the meeting.\n';

  it('reads the styled name as the first person listed, so the list is read on past it', () => {
    expect(people(minutes)).toEqual([
      ['The Hon. Dame Ellen Barker', 'Chancellor', 'present'],
      ['Professor R.T. Marsh', 'Vice-Chancellor', 'present'],
      ['Ms J. K. Oduya', null, 'present'],
      ['Dr. H. Faraday', null, 'present'],
      ['Dr. L. Quint', null, 'apologies'],
    ]);
  });
});

describe('a running header’s date above the minutes’ own title block, which says it again', () => {
  const minutes =
    'Extraordinary Council Meeting Minutes - Confirmed\n\n14 May 2019\n\n   MINUTES OF Kaiwaka District Council\n' +
    'Extraordinary Council Meeting\nHELD AT THE\nCouncil Chamber, Marine Parade, Rawene\nON\nWednesday, 14 May 2019 AT 10:00 am\n\n' +
    'PRESENT:              Mayor Ana Tuhoe, Cr Ben Rowe, Cr Tia Marsh\n\nSTAFF PRESENT: Liam Orr (Chief Executive Officer)\n\n' +
    '1            Prayer\n\nCr Rowe opened the meeting with a prayer.\n\n2            Apologies\n\nThere were no apologies.\n';

  it('reads the title block as header, so its attendance is the meeting’s and its title lines head no item', () => {
    const [meeting] = parse(minutes).meetings;
    expect(people(minutes)).toEqual([
      ['Mayor Ana Tuhoe', null, 'present'],
      ['Cr Ben Rowe', null, 'present'],
      ['Cr Tia Marsh', null, 'present'],
      ['Liam Orr', 'Chief Executive Officer', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Prayer', 'Apologies']);
    expect(meeting.time).toBe('10:00');
  });

  it('does not go on past a date given again in a sentence of the minutes', () => {
    const prose = 'Eastholm Tenants’ Forum\n\n3 June 2024\n\nThe Chair opened the meeting on 3 June 2024 at 6pm and welcomed residents.\n\nPresent: Ann Lowe, Raj Patel\n\n1. Repairs\n\nNo repairs were reported.\n';
    expect(parse(prose).meetings[0].items.map((item) => item.title)).toEqual(['Opening of the meeting', 'Repairs']);
  });
});

describe('a kind of meeting above the council the minutes name', () => {
  it('is no part of the body’s name', () => {
    const minutes =
      'Ordinary Council Meeting\n\nMINUTES OF Harakeke District Council\nHELD AT THE COUNCIL CHAMBERS ON TUESDAY, 2 MARCH 2021\n\n' +
      'PRESENT: Mayor Ruth Kerr, Cr Sam Ngata\n\n1 APOLOGIES\n\nThere were no apologies.\n';
    expect(parse(minutes).meetings[0].body).toBe('Harakeke District Council');
  });
});

describe('apologies accepted by resolution', () => {
  const minutes =
    'Minutes of the Ordinary Meeting of Tawhiri District Council held on 4 May 2022\n\nPresent: Mayor Kate Rivers, Cr Tom Hale\n\n' +
    '1 Apologies\n\nCouncil resolution\n\nThat the apology from Councillors Mawson and Wright be accepted.\n\n' +
    '2 Apologies received\n\nThat the apology received from Cr Collard be accepted and leave of absence granted.\n';

  it('names those who sent them, without the resolution’s verb after the names', () => {
    expect(people(minutes).filter(([, , attendance]) => attendance === 'apologies')).toEqual([
      ['Councillor Mawson', null, 'apologies'],
      ['Councillor Wright', null, 'apologies'],
      ['Cr Collard', null, 'apologies'],
    ]);
  });
});

describe('a header run together with its minutes on one line, as a document-sharing site copies a PDF', () => {
  const minutes =
    'THE RIVERSIDE HOMES GROUP LIMITED MINUTES OF RHG BOARD MEETING TUESDAY 12 March 2013 Present: Helen Garvie (Chair), ' +
    'Owen Blake (Vice-Chair), Nadia Shah, Councillor Peter Lund In attendance: Rosa Mint (Chief Executive), Dev Kapoor (Director of Finance), ' +
    'Ellen Frost (Company Secretary) The Chair welcomed Dev Kapoor, who was attending his first meeting of the Board as its Director of Finance. ' +
    '1. Apologies for Absence Apologies were received from Tariq Noor. 2. Declarations of Interest There were no declarations of interest. ' +
    '3. Rent Setting The Director of Finance presented the proposed rents for the coming year, which the Board approved.';

  it('reads each label’s list, the last one up to where the minutes’ own words begin', () => {
    expect(people(minutes)).toEqual([
      ['Helen Garvie', 'Chair', 'present'],
      ['Owen Blake', 'Vice-Chair', 'present'],
      ['Nadia Shah', null, 'present'],
      ['Councillor Peter Lund', null, 'present'],
      ['Rosa Mint', 'Chief Executive', 'in attendance'],
      ['Dev Kapoor', 'Director of Finance', 'in attendance'],
      ['Ellen Frost', 'Company Secretary', 'in attendance'],
    ]);
  });

  it('ends a list at a full stop that ends a sentence, not at an initial’s or a title’s', () => {
    const ended =
      'Minutes of the Committee Meeting of the Larchfield Allotment Society held in the Pavilion on Sunday 6 April 2014 at 10.00am ' +
      'Present: Mr. J. Tolley (Chair), Mrs K. Amis, Dr. S. Fenn. Apologies for absence: Cllr. Ada Voss, Ben Okoro. Gary Pike would join later. ' +
      'The minutes of the last meeting were agreed. The Treasurer reported that all plots had been let for the season and that the water ' +
      'troughs had been repaired at a cost of £140, which the committee agreed to pay from reserves.';
    expect(people(ended)).toEqual([
      ['Mr. J. Tolley', 'Chair', 'present'],
      ['Mrs K. Amis', null, 'present'],
      ['Dr. S. Fenn', null, 'present'],
      ['Cllr. Ada Voss', null, 'apologies'],
      ['Ben Okoro', null, 'apologies'],
    ]);
  });

  it('leaves a label inside a numbered item’s long paragraph to the minutes', () => {
    const item =
      'MINUTES OF THE ANNUAL MEETING OF ASHGROVE PARISH COUNCIL HELD ON MONDAY 11TH MAY 2015.\n\nPRESENT were Cllrs R Dane (Chair), T Moss and the Clerk.\n\n' +
      '3. Election of Officers Election to office was unanimously supported by councillors following nomination, and councillors accepted the ' +
      'following positions: a. Chairperson: R Dane. The Chairperson signed the declaration of acceptance of office. b. Vice Chair: T Moss. ' +
      'c. Footpaths officer: J Hill, who agreed to walk the bridleways before the next meeting and to report any stiles needing repair.\n';
    expect(people(item).map(([name]) => name)).not.toContain('R Dane.');
    expect(parse(item).meetings[0].items[0].paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('Chairperson: R Dane.');
  });

  it('keeps a subject joined by "and" whole, so the list does not run on into the minutes', () => {
    const joined =
      'Full Council 14 March 2018 Page 1 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 14th MARCH 2018 AT 7PM IN THE COUNCIL CHAMBER ' +
      'PRESENT: Cllr A Rowe (Mayor), Cllr B Dale, Cllr C Penn APOLOGIES: Cllr D Lowe, Cllr E Hart The Town Clerk and Deputy Town Clerk were in ' +
      'attendance. Prior to the meeting, the Mayor presented long service awards to two members of staff and thanked them for their work.';
    expect(people(joined).filter(([, , attendance]) => attendance === 'apologies').map(([name]) => name)).toEqual(['Cllr D Lowe', 'Cllr E Hart']);
    expect(parse(joined).meetings[0].items[0].paragraphs[0].text).toMatch(/^The Town Clerk and Deputy Town Clerk were in attendance/);
  });

  it('starts the minutes’ text at the sentence’s subject when no mark sets it apart from the last name', () => {
    const run =
      'REGULAR MEETING OF THE ALDER COUNTY BOARD OF SUPERVISORS HELD THE FOURTH DAY OF MARCH IN THE YEAR TWO THOUSAND AND NINE ' +
      'PRESENT: Ruth K. Lyle, Chairman; Owen P. Hart, Vice-Chairman; Dale Crisp Also Attending: Mona F. Reyes, County Attorney; ' +
      'Carl Dent, Recording Secretary Chairman Lyle called the meeting to order at 6:00 p.m. and Supervisor Crisp delivered the invocation. ' +
      'The Board then considered the consent agenda, which it approved by a vote of three to none.';
    expect(parse(run).meetings[0].items[0].paragraphs[0].text).toMatch(/^Chairman Lyle called the meeting to order/);
  });
});

describe('a deputy mayor listed by name after the mayor', () => {
  it('is a person of the list, not the office of the name before', () => {
    const minutes =
      'MINUTES OF TARANUI DISTRICT COUNCIL ORDINARY COUNCIL MEETING HELD ON TUESDAY, 9 MARCH 2021 AT 9.30AM\n\n' +
      'PRESENT: Mayor Carol Penn, Deputy Mayor Hemi Tait, Cr Lucy Marsh\n\n1 APOLOGIES\n\nThere were no apologies.\n';
    expect(people(minutes)).toEqual([
      ['Mayor Carol Penn', null, 'present'],
      ['Deputy Mayor Hemi Tait', null, 'present'],
      ['Cr Lucy Marsh', null, 'present'],
    ]);
  });
});

describe('a club’s list with two people sharing a post on one bullet', () => {
  it('reads the pair, and the list on past them', () => {
    const minutes =
      'AGM Meeting Minutes - 4th July 2022\n\nMembers Present:\n\n  • Ian Rowe (Chair)\n  • Tara Quinn & Owen Pike (Managers U10s)\n' +
      '  • Dean Frost (Treasurer)\n\nThe Chair thanked everyone for coming and opened the meeting.\n';
    expect(people(minutes).map(([name]) => name)).toEqual(['Ian Rowe', 'Tara Quinn', 'Owen Pike', 'Dean Frost']);
  });
});

describe('an address with the part of town after the street, in a Canadian council’s header', () => {
  it('heads no item, so the members listed under it are the meeting’s', () => {
    const minutes =
      'Council Meeting Minutes\n\nDate:\nMarch 4, 2024\nLocation:\nCouncil Chambers\n45 Maple Road West\nOakridge, Ontario\n' +
      'Members Present:\n  • Mayor A. Brandt\n  • Councillor R. Osei\n\n1. Call to Order\n\nThe Mayor called the meeting to order at 7:00 p.m.\n';
    const [meeting] = parse(minutes).meetings;
    expect(people(minutes).map(([name]) => name)).toEqual(['Mayor A. Brandt', 'Councillor R. Osei']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Call to Order']);
  });
});

describe('last meeting’s minutes named by their date at the top of a page with no title', () => {
  it('names no body', () => {
    const minutes =
      'Present: Jane Orme (Chair and Churchwarden), Tom Lacey, Ruth Penn\nJO opened the meeting with a prayer.\nApologies: Mark Dyer\n' +
      'The Minutes of the meeting of Tuesday 9th February 2021 were accepted as a correct record and signed by the Chair.\n' +
      'Treasurer’s Report: TL spoke to the accounts which had been circulated.\n';
    expect(parse(minutes).meetings[0].body).toBeNull();
  });
});

describe('minutes run together on one line with their items numbered', () => {
  const minutes =
    'THE RIVERSIDE HOMES GROUP LIMITED MINUTES OF RHG BOARD MEETING TUESDAY 12 March 2013 Present: Helen Garvie (Chair), ' +
    'Owen Blake (Vice-Chair), Nadia Shah In attendance: Rosa Mint (Chief Executive) The Chair welcomed everyone to the meeting and thanked ' +
    'the staff who had prepared the papers. 1. Apologies for Absence There were no apologies for absence. 2. Declarations of Interest ' +
    'There were no declarations of interest. 3. Rent Setting The Chief Executive presented the proposed rents for the coming year, ' +
    'which would rise by two per cent from April, and answered questions from members about service charges. The Board approved the rents. ' +
    '4. Date of Next Meeting The next meeting would be held on 9 April 2013.';

  it('reads an item at each number of the sequence that a title follows', () => {
    expect(parse(minutes).meetings[0].items.map((item) => item.title)).toEqual([
      'Opening of the meeting',
      'Apologies for Absence',
      'Declarations of Interest',
      'Rent Setting',
      'Date of Next Meeting',
    ]);
  });

  it('leaves paragraphs numbered within an item, a sentence after each number, in one item', () => {
    const numbered =
      'Larchfield Academies Trust Minutes of the Directors’ Meeting held on Wednesday, 5th October 2016 at 6.30 pm Present: Mrs R Vale, ' +
      'Mr T Okafor In attendance: Mrs P Lund (Clerk) 12/16 Opening Prayer 1. The Opening Prayer was led by the Clerk. 13/16 Apologies ' +
      '2. Apologies had been received from Mr D Hart. 14/16 Election of Chair 3. The Clerk stated that she had received one nomination ' +
      'for the role of Chair. 4. It was proposed by Mr T Okafor, seconded by Mrs P Lund, and agreed to elect Mrs R Vale as Chair for the ' +
      'academic year 2016/17. 5. There were no declarations of interest arising from the agenda.';
    const titles = parse(numbered).meetings[0].items.map((item) => item.title);
    expect(titles.filter((title) => /^(?:The |It |There |Apologies had)/.test(title))).toEqual([]);
  });
});

describe('a governors’ list copied from a table’s column with its commas lost', () => {
  it('starts a person at each title', () => {
    const minutes =
      'Hollins Primary School Minutes of the Full Governing Body meeting held on Tuesday 8th March 2016 at 6.00 pm\n\n' +
      'Present: Mrs J Brant Mr K Osei Miss L Fenwick Dr P Marr (Headteacher)\nIn attendance: Mrs D Cole (Clerk)\n\n1. Apologies\n\nNone.\n';
    expect(people(minutes)).toEqual([
      ['Mrs J Brant', null, 'present'],
      ['Mr K Osei', null, 'present'],
      ['Miss L Fenwick', null, 'present'],
      ['Dr P Marr', 'Headteacher', 'present'],
      ['Mrs D Cole', 'Clerk', 'in attendance'],
    ]);
  });
});

describe('a Canadian council’s members listed in capitals', () => {
  it('reads each titled name, title-cased, and an office before a name as its role', () => {
    const minutes =
      '                          HARTWELL COUNCIL\n                            Monday, March 9, 2009\n                                   MINUTES\n\n\n' +
      'PRESENT:    MAYOR JANET K. ORWELL\n            COUNCILLOR AMY FINLEY\n            TOWN CLERK DIANE FOSTER\n\n' +
      'ABSENT      COUNCILLOR LEO BRANDT\n\n\n1.   APPROVAL OF MINUTES\n     MOVED by Counc. Finley the minutes be approved.\n';
    expect(people(minutes)).toEqual([
      ['Mayor Janet K. Orwell', null, 'present'],
      ['Councillor Amy Finley', null, 'present'],
      ['Diane Foster', 'Town Clerk', 'present'],
      ['Councillor Leo Brandt', null, 'absent'],
    ]);
  });
});

describe('an Irish county council’s header, its lists run on', () => {
  it('reads the mayor presiding, the councillors after a dash and officials each after a full stop', () => {
    const minutes =
      'Minutes of Annual Meeting of Ballykeel County Council held in the Council Chamber, Aras an Chontae, on Friday, 27th June 2014 at 5.00 p.m.\n\n' +
      'PRESIDING: Councillor Aine Walsh, Mayor.\n\nMEMBERS PRESENT: Councillors – Peadar Byrne, Orla Quinn and Tomas Ryan.\n\n' +
      'IN ATTENDANCE: Mr. Conor Daly, County Manager. Ms. Nuala Kerr, Director of Services.\n\nAPOLOGY: Councillor Sean Moran.\n\n' +
      '1. Election of Mayor\n\nCouncillor Byrne was elected Mayor.\n';
    expect(people(minutes)).toEqual([
      ['Councillor Aine Walsh', 'Chair', 'present'],
      ['Councillor Peadar Byrne', null, 'present'],
      ['Councillor Orla Quinn', null, 'present'],
      ['Councillor Tomas Ryan', null, 'present'],
      ['Mr. Conor Daly', 'County Manager', 'in attendance'],
      ['Ms. Nuala Kerr', 'Director of Services', 'in attendance'],
      ['Councillor Sean Moran', null, 'apologies'],
    ]);
  });
});

describe("a Northern Irish council's members, aldermen and councillors each after a dash", () => {
  it('gives the aldermen their shared title, as it does the councillors', () => {
    const minutes =
      'MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT THE CIVIC CENTRE ON MONDAY 2 MARCH 2026 AT 6.30 PM\n\n' +
      'In the Chair : Mayor (Councillor Ruth Gault)\n\nMembers Present : Aldermen – P Dornan, S Keery and W Lyttle\n\n' +
      'Councillors – A Crothers and N Magee\n\n1 APOLOGIES\n\nNone.\n';
    expect(people(minutes).map(([name]) => name)).toEqual([
      'Councillor Ruth Gault',
      'Alderman P Dornan',
      'Alderman S Keery',
      'Alderman W Lyttle',
      'Councillor A Crothers',
      'Councillor N Magee',
    ]);
  });
});

describe("a council's present members listed a rank to a paragraph, the deputy mayor first", () => {
  it('reads the deputy mayor and every paragraph after as members present', () => {
    const minutes =
      'Minutes of the Monthly Meeting of Council held in the Civic Centre, Lisvane, on Tuesday, 3 March, 2026 at 7:00 pm\n\n' +
      'PRESENT: The Mayor Councillor Ruth Gault\n\nDeputy Mayor Councillor Owen Crothers\n\nAldermen P Dornan and S Keery\n\n' +
      'Councillors A Magee and N Lyttle\n\n1. Apologies\n\nNone.\n';
    expect(people(minutes).slice(1).map(([name, role]) => [name, role])).toEqual([
      ['Councillor Owen Crothers', 'Deputy Mayor'],
      ['Alderman P Dornan', null],
      ['Alderman S Keery', null],
      ['Councillor A Magee', null],
      ['Councillor N Lyttle', null],
    ]);
  });
});

describe('an apologies label whose sentence runs on before the names', () => {
  it('reads every name after "were received from"', () => {
    const minutes =
      'Parochial Church Council\nMinutes of Meeting\nThursday 12th March 2020\n\nPresent: Rev. Ian Holt (IH), Ann Marsh (AM).\n' +
      'Apologies for Absence: were received from Joan Pike (JP), Ken Lowe (KL), and Amy Fox (AF).\n\n1. Minutes\nThe minutes were approved.\n';
    expect(people(minutes).filter(([, , attendance]) => attendance === 'apologies').map(([name]) => name)).toEqual(['Joan Pike', 'Ken Lowe', 'Amy Fox']);
  });
});

describe('a body read from a header that is no name', () => {
  it('is left unknown when it runs on past any name’s length, a sentence’s lower-case words in it', () => {
    const minutes =
      'minutes of the meeting of the governing body of … · summary autumn budget modelling –\n\n12\n' +
      'Ash Vale Trust Board of Trustees 6 th December 2018 Minutes of the meeting of the Board of Trustees held on Thursday 6 th December at 6.30pm\n\n' +
      'Present: Mr T Hale, Mrs R Penn\n\n1. Apologies\n\nNone.\n';
    expect(parse(minutes).meetings[0].body).toBeNull();
  });
});
