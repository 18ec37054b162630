// Forms of parish, town and community council minutes as their own websites publish them: a page's upload stamp over
// the minutes, "Present" with no colon before the names, or no label at all before the councillors. Invented text in
// the style of such minutes.
import { parseMinutes } from '../../indexer/parse';
import { isDecisionText } from '../../indexer/parse/decisions';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const people = (text: string) => parse(text).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance]);

describe('the day a site put the minutes up, printed over them', () => {
  const minutes =
    'Parish Council Minutes June 2024\n\nParish Council Meeting Minutes Uploaded on February 3, 2025\n\n' +
    'Minutes of a meeting of Lowfield Parish Council held on\nWednesday 12th June 2024 at 7.30 pm in the Reading Room.\n\n' +
    'Present: Cllr Anne Dowd (Chair), Cllr Peter Lamb and Cllr Rose Kitt.\n\nIn attendance: Mary Ives (Parish Clerk).\n\n' +
    '2024/31 Apologies\nNone.\n\n2024/32 Allotments\nThe rents for 2025 were agreed.\n';

  it('is no meeting date: the date is the one the minutes give', () => {
    expect(parse(minutes).meetings[0].date).toBe('2024-06-12');
  });

  it('does not end the header above the attendance', () => {
    expect(people(minutes)).toEqual([
      ['Cllr Anne Dowd', 'Chair', 'present'],
      ['Cllr Peter Lamb', null, 'present'],
      ['Cllr Rose Kitt', null, 'present'],
      ['Mary Ives', 'Parish Clerk', 'in attendance'],
    ]);
  });

  it('is read the same when posted rather than uploaded', () => {
    expect(parse(minutes.replace('Uploaded on February 3, 2025', 'Posted on 3 February 2025')).meetings[0].date).toBe('2024-06-12');
  });
});

describe('"Present" with no colon before the names', () => {
  const items = '\n\n1. APOLOGIES FOR ABSENCE received from Mr K Hope.\n\n2. PLANNING\nNo applications had been received.\n';

  it('opens the attendance when a sentence says who were present', () => {
    const minutes = `MINUTES of the meeting of BRAMBLEY PARISH COUNCIL held on Monday 9th June 2025 at 7pm in the Village Hall.\n\nPresent were Mr T Oakes (Chairman), Mrs J Penn, Mr L Rudd and Mrs A Sayer.${items}`;
    expect(people(minutes)).toEqual([
      ['Mr T Oakes', 'Chair', 'present'],
      ['Mrs J Penn', null, 'present'],
      ['Mr L Rudd', null, 'present'],
      ['Mrs A Sayer', null, 'present'],
    ]);
  });

  it('opens it in capitals before initials and surnames', () => {
    const minutes = `BRAMBLEY PARISH COUNCIL\n\nMINUTES of MEETING held on 9th June 2025\n\nPRESENT D.Marsh(Clerk), T. Oakes, J. Penn and L. Rudd${items}`;
    expect(people(minutes)).toEqual([
      ['D.Marsh', 'Clerk', 'present'],
      ['T. Oakes', null, 'present'],
      ['J. Penn', null, 'present'],
      ['L. Rudd', null, 'present'],
    ]);
  });

  it('opens it before titled councillors', () => {
    const minutes = `Minutes of Brambley Parish Council\n\nHeld on 9th June 2025 at 7 pm in the Church Rooms\n\nPresent Councillors T Oakes, J Penn and L Rudd${items}`;
    expect(people(minutes).map(([name]) => name)).toEqual(['Councillor T Oakes', 'Councillor J Penn', 'Councillor L Rudd']);
  });

  it('leaves a sentence that only opens with the word as it is', () => {
    const minutes = `Minutes of Brambley Parish Council held on 9th June 2025 in the Church Rooms.\n\nPresent: Cllr T Oakes (Chair) and Cllr J Penn.\n\n1. Matters arising\nPresent arrangements for the hall, agreed in May, would continue.\n`;
    expect(people(minutes)).toHaveLength(2);
    expect(parse(minutes).meetings[0].items[0].paragraphs[0].text).toBe('Present arrangements for the hall, agreed in May, would continue.');
  });
});

describe('the councillors listed under the title with no label', () => {
  const header = 'Minutes of a Meeting of Oxley Parish Council held at the Village Hall on Tuesday, 14 October 2025\n\n';
  const items = '\n\n1. Welcome and apologies\nThe Chairman welcomed members.\n\n2. Footpaths\nThe stile at Green Lane had been mended.\n';

  it('are the councillors present', () => {
    expect(people(`${header}Councillors R Vane (Chairman), T Wells, S Yates and B Amos${items}`)).toEqual([
      ['Councillor R Vane', 'Chair', 'present'],
      ['Councillor T Wells', null, 'present'],
      ['Councillor S Yates', null, 'present'],
      ['Councillor B Amos', null, 'present'],
    ]);
  });

  it('are present under a short title too, which the clerk and the constable after them do not take', () => {
    const names = people(`${header}Cllrs Vane, Wells and Yates, Clerk, M. Orme, and P.C. Dunn.${items}`).map(([name]) => name);
    expect(names.slice(0, 3)).toEqual(['Cllr Vane', 'Cllr Wells', 'Cllr Yates']);
    expect(names).toContain('P.C. Dunn');
    expect(names.filter((name) => name!.startsWith('Cllr '))).toHaveLength(3);
  });

  it('are no list when a sentence says what they did', () => {
    expect(people(`${header}Councillors Vane and Wells sent their apologies.${items}`)).toEqual([]);
  });
});

describe('a plural title before a list of names', () => {
  it('stops at the first name after it with an office or a title of its own', () => {
    const minutes =
      'Minutes of Oxley Parish Council held on 14 October 2025 at the Village Hall.\n\n' +
      'Present: Cllrs Vane (Chairman), Wells and Yates, Parish Clerk Mary Orme, and P.C. Dunn.\n\n1. Footpaths\nThe stile at Green Lane had been mended.\n';
    const names = people(minutes).map(([name]) => name);
    expect(names.slice(0, 3)).toEqual(['Cllr Vane', 'Cllr Wells', 'Cllr Yates']);
    expect(names.filter((name) => name!.startsWith('Cllr '))).toHaveLength(3);
    expect(names).toContain('P.C. Dunn');
  });
});

describe('items each numbered "1.", as a web page prints lists that start again', () => {
  const minutes =
    'Minutes of the Annual General Meeting of Pennick Community Council held on Thursday 15th May 2025 at Pennick Hall.\n\n' +
    'Present: Cllr. H. Rowe, Cllr. D. Sayer, Cllr. W. Tait\n\n' +
    '  1. Minutes of the last Annual General Meeting:\n\nThe minutes of the meeting held on 16th May 2024 were agreed and signed.\n\n' +
    '  1. Election of Chairperson.\n\nCllr. D. Sayer proposed that Cllr. H. Rowe be re-elected. This was agreed by all.\n\n' +
    '  1. Bus shelter repairs\n\nTwo quotes had been received:\n\n1. Glass panels only\n2. A new shelter\n\nThe first was accepted.\n\n' +
    '  1. Treasurer’s Report\n\nThe balance stood at £2,310.\n';

  it('reads each as an item with no number, a list under one aside', () => {
    expect(parse(minutes).meetings[0].items.map(({ number, title }) => [number, title])).toEqual([
      [null, 'Minutes of the last Annual General Meeting'],
      [null, 'Election of Chairperson.'],
      [null, 'Bus shelter repairs'],
      [null, 'Treasurer’s Report'],
    ]);
  });
});

describe('a meeting "held at" a time of day', () => {
  const venueOf = (title: string) => parse(`${title}\n\nPresent: Cllr A Lowe (Chair), Cllr B Marsh and Cllr C Nunn.\n\n1. Apologies\nNone.\n\n2. Grass cutting\nThe contract was renewed.\n`).meetings[0].venue;

  it('was held at the place named after the time', () => {
    expect(venueOf('Minutes of the Annual Parish Meeting, held at 7.30pm in the Jubilee Room, Mill Lane on 21st May 2025.')).toBe('Jubilee Room, Mill Lane');
  });

  it('was held at the place named after the date', () => {
    expect(venueOf('Minutes of a Meeting of Hatley Parish Council held at 7.00pm on Monday 3 March 2025 at the Pavilion, Oak Road')).toBe('Pavilion, Oak Road');
  });

  it('names no place when the sentence gives only the time and the date', () => {
    expect(venueOf('Minutes of a meeting of the FINANCE COMMITTEE held at 8.10pm on Wednesday 4 June 2025. The public joined it by a video link.')).toBeNull();
  });
});

describe('"Minutes of a meeting of the Council" naming no council', () => {
  const bodyOf = (header: string) => parse(`${header}\n\nPresent: Cllr A Lowe (Chair) and Cllr B Marsh.\n\n1. Apologies\nNone.\n\n2. Grass cutting\nThe contract was renewed.\n`).meetings[0].body;

  it('gives no body, as "Minutes of the meeting of the Council" gives none', () => {
    expect(bodyOf('Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 12 March 2025')).toBeNull();
    expect(bodyOf('MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 12th MARCH 2025 AT 7PM')).toBeNull();
    expect(bodyOf('Minutes of a meeting of the Parish Council held on Wednesday 12th March 2025')).toBeNull();
  });

  it('leaves the council a heading above it names', () => {
    expect(bodyOf('HATLEY PARISH COUNCIL\n\nMinutes of a Meeting of the Council held at the Village Hall on Wednesday, 12 March 2025')).toBe('Hatley Parish Council');
  });

  it('leaves a council the sentence names', () => {
    expect(bodyOf('Minutes of an Extraordinary Meeting of Hatley Parish Council held on Wednesday 12th March 2025')).toBe('Hatley Parish Council');
  });
});

describe('how parish minutes word an outcome', () => {
  it.each([
    'Application 25/0412 for a garden room at Ash Cottage considered. Approved.',
    'b) PAYMENTS FOR AUTHORISATION – Approved',
    'Proposed; Ann Lowe, Seconded; Ben Marsh, carried.',
    'Cllr J Fenn was elected as Vice Chairman Resolved',
    'Approved and signed.',
    'Approved by R Dale and S Hart',
    'THE MINUTES of the previous meeting were read, approved and signed.',
    'The above payments were agreed and cheques duly signed.',
    'Payment of the annual hall hire was agreed and paid £120.00',
    'The amendment was not carried.',
    'Two motions were proposed, seconded and passed unanimously.',
  ])('reads "%s" as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it.each([
    'Payments to the contractor would be considered next month.',
    'The Clerk said the drainage problem had not yet been resolved.',
    'Mrs Hale asked whether the hall could open on Sundays. Agreed.',
  ])('leaves "%s" no decision (the last, a question and its answer, the asker\'s)', (text) => {
    expect(isDecisionText(text)).toBe(false);
  });
});

describe('the clerk and the chairman named without "The"', () => {
  const minutes =
    'Minutes of Ashby Parish Council held on 3 March 2025 at the Village Hall.\n\nPresent: Cllr A Lowe (Chair) and Cllr B Marsh.\n\n' +
    '1. Declarations\nChairman asked for any declarations of interest.\n\n' +
    '2. Footpaths\nClerk reported that the stile at Mill Lane had been mended.\n\nClerk to write to the landowner about the hedge.\n\n' +
    'Clerk has received a complaint about the bridleway.\n\nVice Chairman thanked the volunteers who had cleared the path.\n';
  const speakers = () => parse(minutes).meetings[0].items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.speaker));

  it('speak when a verb of speech follows, and an action or a receipt is nobody speaking', () => {
    expect(speakers()).toEqual(['The Chair', 'The Clerk', null, null, 'The Vice-Chair']);
  });
});

describe('an item number typed with no space before its title', () => {
  const minutes =
    'MINUTES OF THE FINANCE COMMITTEE OF HATLEY PARISH COUNCIL HELD ON 3rd March 2025 IN THE VILLAGE HALL\n\nPresent: Mr A Lowe (Chair), Mrs B Marsh\n\n' +
    '1) APOLOGIES – None\n2) PAYMENTS\nThe following payments were agreed.\n3)AIR AMBULANCE APPEAL\nA donation of £50 was agreed.\n4)Grass Cutting\nTwo quotes had been received.\n' +
    '5.Elect Auditor:\nMr D Cole was appointed.\n6. BUDGET\nThe precept would rise by 2.5 per cent.\n';

  it('numbers its item as a spaced number does', () => {
    expect(parse(minutes).meetings[0].items.map(({ number, title }) => [number, title])).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'PAYMENTS'],
      ['3', 'AIR AMBULANCE APPEAL'],
      ['4', 'Grass Cutting'],
      ['5', 'Elect Auditor'],
      ['6', 'BUDGET'],
    ]);
  });
});

describe('a minute number run into its title, as a web page’s table of minutes loses the cell between them', () => {
  it('numbers its minute', () => {
    const minutes =
      'Minutes of the Meeting of the Finance Committee of Hatley Parish Council held on Tuesday 9th September 2025 at 7pm.\n\n' +
      'Present: Cllrs Ann Lowe (Chairman), Ben Marsh and Cara Nunn.\n\nMinute No.\n' +
      '20/25Apologies for absence: Apologies were received from Cllr Dale.\n21/25Audit: The Committee noted the external auditor’s report.\n' +
      '22/25Budget Update: The Committee noted the accounts to 31st August 2025.\n';
    expect(parse(minutes).meetings[0].items.map(({ number, title }) => [number, title])).toEqual([
      ['20/25', 'Apologies for absence'],
      ['21/25', 'Audit'],
      ['22/25', 'Budget Update'],
    ]);
  });
});

describe('minutes numbered on past 999 with a colon after the number', () => {
  it('number their items as with a full stop', () => {
    const minutes =
      'Minutes of the Annual Parish Council Meeting of Hatley Parish Council held on Wednesday 13th May 2025 at 7.15pm\n' +
      'Present: Ann Lowe, Ben Marsh and Cara Nunn.\n' +
      '3120: Apologies for Absence:\nDan Ode (work commitments)\n3121: Election of Chairman:\nAnn Lowe was elected unanimously.\n' +
      '3122: Parish Council Vacancy:\nNotices would be displayed.\n';
    expect(parse(minutes).meetings[0].items.map(({ number, title }) => [number, title])).toEqual([
      ['3120', 'Apologies for Absence'],
      ['3121', 'Election of Chairman'],
      ['3122', 'Parish Council Vacancy'],
    ]);
  });
});

describe('titled names whose commas were lost', () => {
  const header = 'MINUTES OF THE MEETING OF HATLEY PARISH COUNCIL HELD ON 3rd March 2025 IN THE VILLAGE HALL\n\n';
  const items = '\n\n1. Apologies\nNone.\n\n2. Grass cutting\nThe contract was renewed.\n';

  it('are one person to each title, as councillors are', () => {
    expect(people(`${header}Present: Mr N Earl Mr C Flem, Mrs A Broad & Mrs W Cart (Clerk).${items}`).map(([name]) => name)).toEqual([
      'Mr N Earl',
      'Mr C Flem',
      'Mrs A Broad',
      'Mrs W Cart',
    ]);
  });

  it('are so with initials and full stops', () => {
    expect(people(`${header}PRESENT\nMrs. W. G. Fenn in the chair\nMr. A. J. Gray Mr. D. K. Rowe Dr. A. M. Dunn${items}`).map(([name]) => name)).toEqual([
      'Mrs. W. G. Fenn',
      'Mr. A. J. Gray',
      'Mr. D. K. Rowe',
      'Dr. A. M. Dunn',
    ]);
  });

  it('leave a couple under one surname as two people', () => {
    expect(people(`${header}Present: Cllr R Hale (Chair), Mr and Mrs Tebb.${items}`).map(([name]) => name)).toEqual(['Cllr R Hale', 'Mr Tebb', 'Mrs Tebb']);
  });
});
