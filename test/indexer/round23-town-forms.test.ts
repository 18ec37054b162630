// Forms of town, community and district council minutes as their own sites and document stores publish them: a PDF's
// text run together, its raised ordinals printed as words of their own, labels of their own between a list's label and
// its names. Invented text in the style of such minutes.
import { parseMinutes } from '../../indexer/parse';
import { findDate } from '../../indexer/parse/meeting-fields';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });

describe('a date whose raised ordinal a PDF printed apart', () => {
  it('reads the day with its ordinal as a word of its own', () => {
    expect(findDate('held in the Memorial Hall, Pentre, on Thursday, 9 th January 2014.')).toBe('2014-01-09');
    expect(findDate('held on WEDNESDAY 20 th SEPTEMBER 2017 AT 7PM')).toBe('2017-09-20');
    expect(findDate('COFNODION CYFARFOD ARFEROL 11 eg EBRILL 2019')).toBe('2019-04-11');
  });

  it('reads it with a comma printed after the ordinal', () => {
    expect(findDate('held at the Guildhall on Wednesday, 6 th , October 2010 at 7.00 p.m.')).toBe('2010-10-06');
  });

  it('gives the meeting its date from the heading', () => {
    const minutes =
      'MINUTES of the Monthly Meeting of Pentre Community Council held in the Memorial Hall on Thursday, 9 th January 2014.\n' +
      'PRESENT: Cllrs. A. Rees (Chairman), B. Lloyd and C. Morgan.\n' +
      '12. APOLOGIES FOR ABSENCE - Cllr. D. Price.\n13. DECLARATIONS OF INTEREST. None.\n';
    expect(parse(minutes).meetings[0].date).toBe('2014-01-09');
  });
});

describe('a month, day and year with no space after the comma', () => {
  it('is read as a date, as a scanned page gives it', () => {
    expect(findDate('FINANCE COMMITTEE MINUTES NOVEMBER 17,2003 ATTENDANCE:')).toBe('2003-11-17');
  });
});

describe('the title the names share, with a colon of its own after the list\'s label', () => {
  it('is each councillor\'s title, as with no colon', () => {
    const minutes =
      'Glyndwr Vale Community Council Meeting held on Tuesday 8th March 2022\n\n' +
      'Present: Cllrs: M Pryce (Chair), T Owens (Vice-Chair), G Lloyd, R Beddoes\n\nClerk: Mrs S Rowlands\n\n' +
      '14/22 Declarations of interest\n\nThere were none.\n';
    expect(parse(minutes).meetings[0].attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Cllr M Pryce', 'Chair'],
      ['Cllr T Owens', 'Vice-Chair'],
      ['Cllr G Lloyd', null],
      ['Cllr R Beddoes', null],
      ['Mrs S Rowlands', 'Clerk'],
    ]);
  });
});

describe('a body named with no "Minutes of" before it', () => {
  const items = '\n\n01/17/01 Circular\n\nThe circular calling the meeting was held as read.\n\n01/17/02 Apologies\n\nApologies were received from Mr W Scott.\n';

  it('is read from "At a meeting of X held …", as Scottish community councils head their minutes', () => {
    const minutes = `MONDAY 6 MARCH 2017\n\nAt a meeting of BRAEHEAD COMMUNITY COUNCIL held in the Board Room, Harbour House, Braehead, at 7.00pm${items}`;
    expect(parse(minutes).meetings[0].body).toBe('Braehead Community Council');
  });

  it('is read from a title "X Meeting held on …" under a site\'s own lines', () => {
    const minutes = `Documents\n\nMarch 2021 Main Meeting Minutes\n\nPentre Community Council Meeting held on Wednesday 17th March 2021\n\nCommencing at 7.15 pm${items}`;
    expect(parse(minutes).meetings[0].body).toBe('Pentre Community Council');
  });

  it('is no body when the words name only a kind of council', () => {
    const minutes = `MONDAY 6 MARCH 2017\n\nAt a meeting of the COMMUNITY COUNCIL held in the Town Hall${items}`;
    expect(parse(minutes).meetings[0].body).toBeNull();
  });
});

describe('minutes run together on one line, their items numbered on through the year', () => {
  const header = 'PENTRE COMMUNITY COUNCIL Minutes of the meeting held on Thursday, 14th March 2019 at 7pm in the Village Hall ';
  const items = (first: number) =>
    `${first}. Welcome: The Chair welcomed everyone and opened the meeting at 7pm. ` +
    `${first + 1}. Apologies: Apologies were received from Cllr Dai Price and Cllr Eira Hughes. ` +
    `${first + 2}. Police matters: PC Rhys Owen presented the report. There had been two thefts from sheds in the village and a car had been damaged. ` +
    `${first + 3}. Footpaths: The Clerk reported that the stile on the riverside path had been repaired by the county council's contractor.`;

  it('reads each numbered title before a colon as an item, from whatever number they start at', () => {
    const titles = (first: number) => parse(header + items(first)).meetings[0].items.map((item) => [item.number, item.title]);
    expect(titles(1)).toEqual([['1', 'Welcome'], ['2', 'Apologies'], ['3', 'Police matters'], ['4', 'Footpaths']]);
    expect(titles(41)).toEqual([['41', 'Welcome'], ['42', 'Apologies'], ['43', 'Police matters'], ['44', 'Footpaths']]);
  });

  it('reads an item\'s "Apologies:" as the item\'s, not as a label of the header', () => {
    const meeting = parse(header + items(1)).meetings[0];
    expect(meeting.attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Cllr Dai Price', 'apologies'],
      ['Cllr Eira Hughes', 'apologies'],
    ]);
  });

  it('ends the header\'s list where its prose starts, its comma left behind', () => {
    const minutes = `${header}Present : Anna Rees, Bryn Lloyd, Carys Morgan, Although attending the Vice-Chair was unable to chair the meeting, Cllr Morgan offered to chair. ${items(1)}`;
    expect(parse(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'present').map(({ name }) => name)).toEqual(['Anna Rees', 'Bryn Lloyd', 'Carys Morgan']);
  });
});

describe('a numbered title in capitals, a dash, then the minute\'s text', () => {
  const minutes =
    'MINUTES of the Monthly Meeting of Pentre Community Council held in the Memorial Hall on Thursday, 9th January 2014.\n' +
    'PRESENT: Cllrs. A. Rees (Chairman), B. Lloyd and C. Morgan.\n' +
    '12. APOLOGIES FOR ABSENCE - Cllrs. Mrs. D. Price and E. Hughes.\n' +
    '13. DECLARATIONS OF INTEREST. There were no declarations of interest.\n' +
    '14. CONFIRMATION OF MINUTES - The Minutes of the Meeting held on 5th December 2013 were approved and signed.\n' +
    '15. FOOTPATHS The Clerk reported that the stile had been repaired.\n';

  it('reads the title apart from the text, as with a colon', () => {
    expect(parse(minutes).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['12', 'APOLOGIES FOR ABSENCE'],
      ['13', 'DECLARATIONS OF INTEREST.'],
      ['14', 'CONFIRMATION OF MINUTES'],
      ['15', 'FOOTPATHS'],
    ]);
  });

  it('reads the apologies after the dash, the plural title before a titled name no one', () => {
    expect(parse(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'apologies').map(({ name }) => name)).toEqual(['Mrs. D. Price', 'E. Hughes']);
  });

  it('leaves a title in capitalised words before a dash whole', () => {
    const report = minutes.replace('15. FOOTPATHS The Clerk', '15. Village Hall Committee - Mr D. Frost reported that bookings were up. The Clerk');
    expect(parse(report).meetings[0].items.map((item) => item.title)).not.toContain('Village Hall Committee');
  });
});

describe('a list run on under its label, longer than a line of names', () => {
  it('is read as the list, each part a few words', () => {
    const minutes =
      'MINUTES OF GLENDARROCH COMMUNITY COUNCIL MEETING HELD IN THE CHURCH HALL ON TUESDAY 12 SEPTEMBER 2017\n\nPRESENT\n\n' +
      'Morag Innes (MI), Calum Fraser (CF), Eilidh Ross (ER), Councillor Duncan Bain (part attendance), PC Iain Munro (Police) and two members of the public.\n\n' +
      'WELCOME\n\nMorag Innes welcomed everyone to the meeting.\n\n1. Apologies\n\nKirsty Black.\n\n2. Police Report\n\nPC Iain Munro reported a quiet month.\n';
    expect(parse(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'present').map(({ name, role }) => [name, role])).toEqual([
      ['Morag Innes', null],
      ['Calum Fraser', null],
      ['Eilidh Ross', null],
      ['Councillor Duncan Bain', 'part attendance'],
      ['PC Iain Munro', 'Police'],
    ]);
  });
});

describe('a Welsh title in its longer short form before the English one', () => {
  it('reads each bulleted councillor under "PRESENT" by the English title', () => {
    const minutes =
      'MINUTES OF A MEETING OF FULL COUNCIL HELD IN SIAMBR Y CYNGOR ON MONDAY, 12 OCTOBER 2015 AT 6.30p.m.\n\nPRESENT\n\n' +
      '  • Cyngh./Cllr. Dr. Owain Rhys (Mayor)\n  • Y Cyngh./Cllr. Bryn Lloyd (Deputy Mayor)\n  • Cyngh./Cllr. Carys Morgan\n\n' +
      'APOLOGIES:\n\nNONE\n\nMinute 62\n\nPersonal References\n\nThe Mayor congratulated Cllr. Carys Morgan.\n\nMinute 63\n\nMayoral Report\n\nThe report was circulated.\n';
    expect(parse(minutes).meetings[0].attendees.map(({ name }) => name)).toEqual(['Cllr. Dr. Owain Rhys', 'Cllr. Bryn Lloyd', 'Cllr. Carys Morgan']);
  });
});

describe('"Present" with no colon before titled names with no commas between them', () => {
  it('opens the attendance, each title starting the next name', () => {
    const minutes =
      'MONDAY 11 SEPTEMBER 2006\n\nAt a meeting of BRAEHEAD COMMUNITY COUNCIL held in the Town Hall Chamber, Braehead\n\n' +
      'Present Mr R Arden Mr J Moir Cllr G Fenton Mr T Nairn Ms K Fyfe\n\n' +
      '06/09/01 Circular\n\nThe circular calling the meeting was held as read.\n\n06/09/02 Apologies\n\nApologies for absence were received from Mrs J Arden.\n';
    expect(parse(minutes).meetings[0].attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Mr R Arden', 'present'],
      ['Mr J Moir', 'present'],
      ['Cllr G Fenton', 'present'],
      ['Mr T Nairn', 'present'],
      ['Ms K Fyfe', 'present'],
      ['Mrs J Arden', 'apologies'],
    ]);
  });
});

describe('a town council\'s list: the mayor, then the plural title of the councillors after him', () => {
  const people = (list: string) => parse(`Minutes of the Meeting of Eastcliff Town Council held on Wednesday, 6 October 2010 at 7.00 p.m.\n\nPresent: ${list}\n\n41. MINUTES\n\nThe minutes were approved.\n`).meetings[0].attendees.map(({ name, role }) => [name, role]);

  it('parts the mayor from the first councillor at the plural title, no comma between', () => {
    expect(people('Councillor Rowe (Town Mayor) (Chairman) Councillors Abel, Birtles and Coombe.')).toEqual([
      ['Councillor Rowe', 'Chair'],
      ['Councillor Abel', null],
      ['Councillor Birtles', null],
      ['Councillor Coombe', null],
    ]);
  });

  it('leaves the "and" before the last name out of it, under the shared title', () => {
    expect(people('Councillors Mrs G. Abel, J. Birtles, and S. Coombe.')).toEqual([
      ['Councillor Mrs G. Abel', null],
      ['Councillor J. Birtles', null],
      ['Councillor S. Coombe', null],
    ]);
  });
});

describe('the apologies in a sentence of their own after those present, in one paragraph', () => {
  it('lists the people after "There were apologies from" as apologies', () => {
    const minutes =
      'Minutes of the meeting of Eastcliff Town Council held in the Guildhall on Monday, 6th August 2007 at 7pm\n\n' +
      'PRESENT: Councillor D. Rowe (chairman), Councillors Mrs G. Abel, J. Birtles and S. Coombe. There were apologies from Councillors P. Dunn (vice chairman) and R. Hale.\n\n' +
      '14365 CHAIRMAN’S ANNOUNCEMENTS\nThe chairman had attended the carnival.\n\n14366 POLICE MATTERS\nThe clerk read the crime report.\n';
    expect(parse(minutes).meetings[0].attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Councillor D. Rowe', 'present'],
      ['Councillor Mrs G. Abel', 'present'],
      ['Councillor J. Birtles', 'present'],
      ['Councillor S. Coombe', 'present'],
      ['Councillor P. Dunn', 'apologies'],
      ['Councillor R. Hale', 'apologies'],
    ]);
  });
});

describe('a document viewer\'s lead above the minutes\' text', () => {
  it('is no part of the body\'s name', () => {
    const minutes =
      'Loading...\nHomeMy WebLinkAboutFinComMinutes_03.09.05 FINANCE COMMITTEE MINUTES\nMARCH 9, 2005\n' +
      'ATTENDANCE: The following members were present: Ann Lowell, Chairman, Ben Carver, Vice Chairman, Cal Hayes.\n' +
      'CALL TO ORDER: Ann called the meeting to order at 7:00pm.\nOLD BUSINESS: The committee reviewed the warrant articles and voted to support them.\n' +
      'NEW BUSINESS: Ben presented the draft budget for the year, which was discussed at length.\nADJOURNMENT: The meeting was adjourned at 9:05pm.\n';
    const meeting = parse(minutes).meetings[0];
    expect([meeting.body, meeting.date]).toEqual(['Finance Committee', '2005-03-09']);
  });
});

describe('councillors listed one a line under the meeting\'s heading, with no label', () => {
  const minutes =
    'Minutes of the meeting held on Wednesday 4th July 2018 at 7pm in the Mayor’s Parlour.\n\n\n' +
    'Cllr R Pryce (Chair)\n\nCllr M Howells\n\nCllr E Gwyn\n\nCllr T Lloyd\n\nIn attendance: Ann Rowe (Town Clerk)\n\n' +
    '  1. Apologies for absence\n\nApologies received from Cllr G Evans.\n\n  2. Grants\n\nThe grants were recommended for approval.\n';

  it('are those present', () => {
    expect(parse(minutes).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance])).toEqual([
      ['Cllr R Pryce', 'Chair', 'present'],
      ['Cllr M Howells', null, 'present'],
      ['Cllr E Gwyn', null, 'present'],
      ['Cllr T Lloyd', null, 'present'],
      ['Ann Rowe', 'Town Clerk', 'in attendance'],
      ['Cllr G Evans', null, 'apologies'],
    ]);
  });

  it('are no one when fewer than three', () => {
    const two = minutes.replace('Cllr E Gwyn\n\nCllr T Lloyd\n\n', '');
    expect(parse(two).meetings[0].attendees.filter(({ attendance }) => attendance === 'present')).toEqual([]);
  });
});

describe('the statutory annual meeting of a council', () => {
  it('names the council, not the kind of meeting', () => {
    const minutes =
      'Minutes of the Statutory Annual Meeting of Brindle Parish Council held via Zoom on Wednesday 5 May 2021 commencing at 19:00.\n\n' +
      'Present:\n\nCllr Mr A Pike (Chair)\n\nCllr Mrs B Rowe\n\n21.44 ELECTION OF CHAIR OF THE COUNCIL\n\nIt was RESOLVED that Cllr Pike be elected Chair of the Council.\n';
    expect(parse(minutes).meetings[0].body).toBe('Brindle Parish Council');
  });
});

describe('a minute numbered with its year and the committee\'s letters after it', () => {
  it('numbers its item', () => {
    const minutes =
      'Minutes of the meeting held on 25th November 2019 at 7pm in the Council Chamber, The Old Courthouse, Eastcliff.\n' +
      'Present: Cllr P Rowe (Vice Chairman), Cllr C Abel, Cllr B Hale.\n' +
      '67/19/F&R Apologies\nApologies were received from Cllr M Dunn.\n68/19/F&R Approval of Minutes\nThe minutes were approved and signed.\n69/19/F&R Action List\nThe Action List was noted as completed.\n';
    expect(parse(minutes).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['67/19/F&R', 'Apologies'],
      ['68/19/F&R', 'Approval of Minutes'],
      ['69/19/F&R', 'Action List'],
    ]);
  });
});

describe('minutes numbered on past 999 with no full stop after the number', () => {
  const minutes = (numbers: string[]) =>
    'Minutes of the meeting of Eastcliff Town Council held in the Guildhall on Monday, 6th August 2007 at 7pm\n\n' +
    'PRESENT: Councillor D. Rowe (chairman), Councillors Mrs G. Abel and S. Coombe.\n\n' +
    `${numbers[0]} CHAIRMAN’S ANNOUNCEMENTS\nThe chairman had attended the carnival.\n\n${numbers[1]} POLICE MATTERS\nThe clerk read the crime report.\n\n${numbers[2]} PLANNING\nNo applications had been received.\n`;

  it('numbers each item whose title is in capitals', () => {
    expect(parse(minutes(['14365', '14366', '14367'])).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['14365', 'CHAIRMAN’S ANNOUNCEMENTS'],
      ['14366', 'POLICE MATTERS'],
      ['14367', 'PLANNING'],
    ]);
    expect(parse(minutes(['1365', '1366', '1367'])).meetings[0].items.map((item) => item.number)).toEqual(['1365', '1366', '1367']);
  });

  it('reads no year as a number', () => {
    expect(parse(minutes(['2005', '2006', '2007'])).meetings[0].items.map((item) => item.number)).not.toContain('2005');
  });
});

describe('an apologies item whose title begins its sentence', () => {
  it('lists the people after "were received from:"', () => {
    const minutes =
      'Minutes of the Community Council Meeting held in the Village Hall on Tuesday, 19th July 2022.\n\n' +
      '1 Present\n\nCouncillors Mr Tom Rees (Chair), Mrs Ann Lloyd, Mr Huw Parry.\n\n' +
      '2 Apologies\n\nwere received from: Mr Dai Evans & Mrs Eira Thomas.\n\n3 Welcome\n\nThe Chair welcomed everyone to the meeting.\n';
    expect(parse(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'apologies').map(({ name }) => name)).toEqual(['Mr Dai Evans', 'Mrs Eira Thomas']);
  });
});

describe('a numbered title in capitals run on into text that opens with a capitalised word', () => {
  it('ends the title where the capitals end, whatever word follows', () => {
    const minutes =
      'MINUTES OF A MEETING OF EASTCLIFF TOWN COUNCIL HELD ON WEDNESDAY 20 SEPTEMBER 2017 AT 7PM\nPRESENT: Cllr A Bee (Mayor) Cllr C Dee Cllr E Eff\n' +
      '58. DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest from members will be taken as and when they arise.\n' +
      '59. UNADOPTED ACCESS ROAD TO THE PLAYING FIELDS Mrs P. Beere asked permission to speak on behalf of the residents.\n' +
      '60. MATTERS ARISING FROM THE MINUTES There were no matters arising from the minutes.\n';
    expect(parse(minutes).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['58', 'DECLARATIONS OF INTEREST FROM MEMBERS'],
      ['59', 'UNADOPTED ACCESS ROAD TO THE PLAYING FIELDS'],
      ['60', 'MATTERS ARISING FROM THE MINUTES'],
    ]);
  });
});
