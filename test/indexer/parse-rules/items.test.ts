// How the parser finds a meeting's items, their numbers and titles: minute numbers of every shape (dot leaders, "§ 12",
// "#3", "[2]", "a)", "MIN. 041/HS/2025", "4(a)", financial years, committee codes, numbers past 999 or run into the
// title), headings underlined, in capitals with a colon, in Title or sentence case, in bold Markdown or table rows, and the
// lines that only look like headings. Each test parses a small document invented in the style of real minutes, written for
// the test.
import { isDecisionText } from '../../../indexer/parse/decisions/decisions';
import { splitRunOnTitles } from '../../../indexer/parse/items/run-on-titles';
import { markSetextHeadings } from '../../../indexer/parse/page/setext';
import { parseMinutes, wrapOf } from '../../../indexer/parse';
import { ASHBY_MAGNA_HEADER, firstMeeting, HOLT_HEADER, HOLT_HEADER_PRESENT, itemsOf, MILL_RIVER_BOARD_HEADER, paragraphsOf, parseText, peopleOf, readText } from '../../helpers/parse-text';

describe('item numbers written as sections, tags and letters', () => {
  it.each([
    ['"§ 12"', '§ 12 Approval of the agenda\nApproved.\n\n§ 13 Budget\nNoted.\n', [['12', 'Approval of the agenda'], ['13', 'Budget']]],
    ['"#3"', '#3 Welcome\nHello.\n\n#4 Funding bid\nSent.\n', [['3', 'Welcome'], ['4', 'Funding bid']]],
    ['"[2]", in sentence case', '[1] Welcome and apologies\nNone.\n\n[2] Notes of the last meeting\nAgreed.\n', [['1', 'Welcome and apologies'], ['2', 'Notes of the last meeting']]],
    ['"a)" in lower case', 'a) Welcome and apologies\nNone.\n\nb) Water supply\nFixed.\n\nc) Date of next meeting\nMay.\n', [['a', 'Welcome and apologies'], ['b', 'Water supply'], ['c', 'Date of next meeting']]],
  ])('reads items numbered %s', (_, items, expected) => {
    expect(itemsOf(firstMeeting(ASHBY_MAGNA_HEADER + items))).toEqual(expected);
  });

  it('reads "[1]" items with no blank line between them and the text', () => {
    const text = 'KINGSBURY STEERING GROUP\nNotes of meeting, 3 September 2025\nApologies: Gareth Wynne (GW)\n[1] Welcome and apologies\nAF welcomed everyone.\n[2] Notes of the last meeting\nAgreed.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([['1', 'Welcome and apologies'], ['2', 'Notes of the last meeting']]);
  });

  it('leaves lower-case lettered lines one under another, a list in an item, to the item', () => {
    const text = `${ASHBY_MAGNA_HEADER}OPEN SPACES\nThe committee agreed the following works:\na) Replace the swing seat\nb) Repaint the railings\nc) Reseed the verge\n\nFINANCE\nPayments approved.\n`;
    expect(itemsOf(firstMeeting(text))).toEqual([[null, 'OPEN SPACES'], [null, 'FINANCE']]);
  });

  it('reads "I. Welcome" under a list of people as the first item when "II." follows, with the apologies its welcome records', () => {
    const text =
      'ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tuesday 11 March 2025\n\nPRESENT:\nRosalind Penhale (Chair)\nJack Treloar\nI. Welcome\n' +
      'The Chair welcomed everyone. Apologies were received from Cllr T Bolitho.\n\nII. Finance\nNoted.\n';
    const meeting = firstMeeting(text);
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['I', 'Welcome'], ['II', 'Finance']]);
    expect(meeting.attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Rosalind Penhale', 'present'],
      ['Jack Treloar', 'present'],
      ['Cllr T Bolitho', 'apologies'],
    ]);
    // With no "II." below, "I. Treloar" is a member listed by initial and surname.
    const initial = text.replace('I. Welcome', 'I. Treloar').replace('II. Finance', '1. Finance');
    expect(firstMeeting(initial).attendees.map(({ name }) => name)).toContain('I. Treloar');
  });

  it('ends a list of people at a lettered item, which is no wrapped name', () => {
    const meeting = firstMeeting('BRAMLEY SOCIETY\nCommittee minutes, 14 January 2025\n\nApologies: Martin Dace\na) Welcome and apologies\nNone.\n\nb) Water supply\nFixed.\n');
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Martin Dace']);
    expect(meeting.items.map((item) => item.number)).toEqual(['a', 'b']);
  });
});

describe('minute numbers with letters and sub-items', () => {
  it('reads "MIN. 041/HS/2025: TITLE" (minute, committee letters, year)', () => {
    const text = `${ASHBY_MAGNA_HEADER}MIN. 041/HS/2025: PRELIMINARIES\nOpened with prayer.\n\nMIN. 042/HS/2025: ANY OTHER BUSINESS\nNone.\n`;
    expect(itemsOf(firstMeeting(text))).toEqual([['041/HS/2025', 'PRELIMINARIES'], ['042/HS/2025', 'ANY OTHER BUSINESS']]);
  });

  it('reads "Agenda Item 4(a)" under "Agenda Item 4" as a sub-item, and a sentence so numbered as none', () => {
    const text =
      `${ASHBY_MAGNA_HEADER}Agenda Item 4 – Planning Applications\n\nAgenda Item 4(a) – 24/01873/FUL – Land at Colliers Lane\n\nGranted.\n\n` +
      'Agenda Item 4(b) – 25/00112/HOU – 17 Rectory Gardens\n\nGranted.\n\nAgenda Item 5 – Appeal Decisions\n\nNoted.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['4', 'Planning Applications'],
      ['4(a)', '24/01873/FUL – Land at Colliers Lane'],
      ['4(b)', '25/00112/HOU – 17 Rectory Gardens'],
      ['5', 'Appeal Decisions'],
    ]);
  });
});

describe('slashed minute numbers with references of another shape under them', () => {
  it('keeps minutes numbered "01.18.01" … "01.18.05" above a list of payments dated "27/12/17", "28/12/17", "18/12/17"', () => {
    const text =
      '**MINUTES OF THE ASHCOTT PARISH COUNCIL MEETING**\n\n**ON 18th January 2018**\n\n**01.18.01 Apologies**\n\nNone.\n\n**01.18.02 Declarations of interest**\n\nNone.\n\n' +
      '**01.18.03 Minutes of the last meeting**\n\nSigned.\n\n**01.18.04 Finance - The following transactions have been made:**\n\n' +
      '27/12/17        Aimee Crane        Entertainer        £125.00\n28/12/17        Cathy Field        Clerk salary        £82.00\n18/12/17        Southern Power        Changing Rooms        £28.75\n';
    expect(itemsOf(firstMeeting(text, 'markdown')).slice(0, 4).map(([number]) => number)).toEqual(['01.18.01', '01.18.02', '01.18.03', '01.18.04']);
  });

  it('keeps a planning application "P/25/0193" in its minute and reads the minutes after it', () => {
    const text = `${ASHBY_MAGNA_HEADER}25/031 Apologies\nNone.\n\n25/032 Planning\nP/25/0193 Rear extension, 4 Mill Cottages: no objection.\nP/25/0211 Barn conversion, Crabtree Farm: objection.\n\n25/033 Finance\nApproved.\n\n25/034 Close\nClosed.\n`;
    expect(itemsOf(firstMeeting(text))).toEqual([['25/031', 'Apologies'], ['25/032', 'Planning'], ['25/033', 'Finance'], ['25/034', 'Close']]);
  });
});

describe('minutes numbered by the financial year', () => {
  it('numbers items by the minute and the financial year, either way round', () => {
    const meeting = firstMeeting('BRAMBLEFORD PARISH COUNCIL\nWednesday 2nd April 2025\n\n1/25-26 Apologies\nNone.\n\n2/25-26 Finance\nNoted.\n\n25-26/003 Planning\nNo objection.\n');
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([['1/25-26', 'Apologies'], ['2/25-26', 'Finance'], ['25-26/003', 'Planning']]);
  });
});

describe('committee codes', () => {
  it("reads a committee's letters before a slash as an item's code under the attendance, not a police constable", () => {
    const meeting = firstMeeting(`HOLLOWAY PARISH COUNCIL\nMinutes of the meeting held on Monday 3rd March 2025\n\nPresent: Cllr A Smith (Chair), Cllr B Jones\n\nPC/2025/14 Apologies for absence\nNone.\n\nPC/2025/15 Planning\nNo objection.\n\n24.25.016 Finance\nNoted.\n`);
    expect(meeting.items.map((item) => item.number)).toEqual(['PC/2025/14', 'PC/2025/15', '24.25.016']);
  });
});

describe('minute numbers past 999', () => {
  it('reads four-digit minute numbers with an item number\'s full stop', () => {
    const text = `${HOLT_HEADER_PRESENT}999. Apologies\nNone.\n\n1000. Minutes\nApproved.\n\n1001. Finance\nThe payments were approved.\n`;
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['999', 'Apologies'],
      ['1000', 'Minutes'],
      ['1001', 'Finance'],
    ]);
  });

  it('reads a year at a line\'s start as a year, not a minute', () => {
    const text = `${HOLT_HEADER_PRESENT}1. Performance\nThe Chief Officer presented the report for the year to March\n2024. The service had met eleven of its twelve targets.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['1', 'Performance'],
      ['2', 'Close'],
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
    expect(firstMeeting(minutes).items.map(({ number, title }) => [number, title])).toEqual([
      ['3120', 'Apologies for Absence'],
      ['3121', 'Election of Chairman'],
      ['3122', 'Parish Council Vacancy'],
    ]);
  });
});

describe('an item number typed with no space before its title', () => {
  const minutes =
    'MINUTES OF THE FINANCE COMMITTEE OF HATLEY PARISH COUNCIL HELD ON 3rd March 2025 IN THE VILLAGE HALL\n\nPresent: Mr A Lowe (Chair), Mrs B Marsh\n\n' +
    '1) APOLOGIES – None\n2) PAYMENTS\nThe following payments were agreed.\n3)AIR AMBULANCE APPEAL\nA donation of £50 was agreed.\n4)Grass Cutting\nTwo quotes had been received.\n' +
    '5.Elect Auditor:\nMr D Cole was appointed.\n6. BUDGET\nThe precept would rise by 2.5 per cent.\n';

  it('numbers its item as a spaced number does', () => {
    expect(firstMeeting(minutes).items.map(({ number, title }) => [number, title])).toEqual([
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
    expect(firstMeeting(minutes).items.map(({ number, title }) => [number, title])).toEqual([
      ['20/25', 'Apologies for absence'],
      ['21/25', 'Audit'],
      ['22/25', 'Budget Update'],
    ]);
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
    expect(firstMeeting(minutes).items.map(({ number, title }) => [number, title])).toEqual([
      [null, 'Minutes of the last Annual General Meeting'],
      [null, 'Election of Chairperson.'],
      [null, 'Bus shelter repairs'],
      [null, 'Treasurer’s Report'],
    ]);
  });
});

describe('minute numbers after a dot leader', () => {
  const expected = [
    ['25/01', 'Apologies for absence'],
    ['25/02', 'Finance'],
  ];

  it('reads the number at the end of the leader', () => {
    expect(itemsOf(firstMeeting(`${HOLT_HEADER_PRESENT}Apologies for absence ............................ 25/01\nNone.\n\nFinance ............................ 25/02\nThe payments were approved.\n`))).toEqual(expected);
  });

  it('reads the leader and number wrapped onto the next line, or the number alone there', () => {
    expect(itemsOf(firstMeeting(`${HOLT_HEADER_PRESENT}Apologies for absence\n............................ 25/01\nNone.\n\nFinance\n............................ 25/02\nThe payments were approved.\n`))).toEqual(expected);
    expect(itemsOf(firstMeeting(`${HOLT_HEADER_PRESENT}Apologies for absence ............................\n25/01\nNone.\n\nFinance ............................\n25/02\nThe payments were approved.\n`))).toEqual(expected);
  });

  it('reads no heading from a sum or a page number after a leader', () => {
    const text = `${HOLT_HEADER_PRESENT}1. Finance\nThe following were paid:\nClerk's salary .............. 412.60\nHall hire .............. 45\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['1', 'Finance'],
      ['2', 'Close'],
    ]);
  });
});

describe('an item number repeated in the margin', () => {
  it('leaves the margin copy out of the title, and keeps a title that ends in its own figures', () => {
    const text = `${HOLT_HEADER}ITEM 1: APOLOGIES                                   1\nNone.\n\nITEM 26: BUDGET 2025/26\nApproved.\n\nITEM 27: HALL HIRE 27\nNoted.\n`;
    expect(firstMeeting(text).items.map(({ number, title }) => [number, title])).toEqual([
      ['1', 'APOLOGIES'],
      ['26', 'BUDGET 2025/26'],
      ['27', 'HALL HIRE 27'],
    ]);
  });
});

describe('sub-items, codes and legislation', () => {
  it("reads 'Agenda Item 4a – Title' as a sub-item of 'Agenda Item 4 – Title'", () => {
    const meeting = firstMeeting('Board of Education\nMay 15, 2025\n\nAgenda Item 4 – Reports\nAgenda Item 4a – Superintendent\'s Report\nThe Superintendent reported.\nAgenda Item 5 – Adjournment\nClosed.\n');
    expect(itemsOf(meeting)).toEqual([['4', 'Reports'], ['4a', "Superintendent's Report"], ['5', 'Adjournment']]);
  });

  it("reads a cabinet's 'C.101/24' codes, and leaves a key decision's mark out of the title", () => {
    const meeting = firstMeeting('EASTMERE DISTRICT COUNCIL\nCABINET\nRecord of the meeting held on 5 February 2025\n\nC.101/24  APOLOGIES FOR ABSENCE\n\nNone.\n\nC.102/24  HOUSING BUDGET ◆ KEY DECISION\n\nApproved.\n\nC.103/24  LEISURE CONTRACT (Key Decision)\n\nExtended.\n');
    expect(itemsOf(meeting)).toEqual([['C.101/24', 'APOLOGIES FOR ABSENCE'], ['C.102/24', 'HOUSING BUDGET'], ['C.103/24', 'LEISURE CONTRACT']]);
  });

  it("heads a transcript with its one numbered heading when the list of who attended comes under it", () => {
    const meeting = firstMeeting('Housing Committee – 14 November 2024\n\nTranscript of Agenda Item 5 – Temporary Accommodation\n\nMembers present: Sandra Okafor AM (Chair), Tom Bexley AM\n\nSandra Okafor AM (Chair): Good morning and welcome to our guests.\n\nTom Bexley AM: Thank you, Chair.\n');
    expect(itemsOf(meeting)).toEqual([['5', 'Temporary Accommodation']]);
    expect(paragraphsOf(meeting).map((found) => found.text)).toEqual(['Sandra Okafor AM (Chair): Good morning and welcome to our guests.', 'Tom Bexley AM: Thank you, Chair.']);
  });

  it("heads a US council's legislation by its number and long title in capitals, ending in the reading it had", () => {
    const title = 'ORDINANCE NO. 2025-14 – AN ORDINANCE AUTHORIZING THE MAYOR TO ENTER INTO A CONTRACT FOR THE 2025 STREET RESURFACING PROGRAM AND DECLARING AN EMERGENCY. (Third Reading)';
    const meeting = firstMeeting(`CITY OF CEDAR BLUFF\nCITY COUNCIL\nApril 8, 2025\n\nAPPROVAL OF MINUTES\nApproved.\n\nLEGISLATION\n${title}\nMr. Baptiste moved to adopt the ordinance.\n\nPUBLIC COMMENT\nNone.\n`);
    expect(itemsOf(meeting).map(([, found]) => found)).toEqual(['APPROVAL OF MINUTES', 'LEGISLATION', title, 'PUBLIC COMMENT']);
  });

  it('reads legislation headings among sections in Title Case, a title wrapped over lines joined', () => {
    const meeting = firstMeeting(
      'CITY OF CEDAR BLUFF\nCITY COUNCIL\nApril 8, 2025\n\nApproval of Minutes\nThe minutes were approved.\n\nLegislation\nThe Clerk read the titles.\n\nORDINANCE NO. 2025-14 – AN ORDINANCE AUTHORIZING A CONTRACT FOR\nSTREET RESURFACING. (Third Reading)\nThe ordinance was adopted.\n\nPublic Comment\nThere was none.\n',
    );
    expect(itemsOf(meeting).map(([, found]) => found)).toEqual([
      'Approval of Minutes', 'Legislation', 'ORDINANCE NO. 2025-14 – AN ORDINANCE AUTHORIZING A CONTRACT FOR STREET RESURFACING. (Third Reading)', 'Public Comment',
    ]);
  });

  it('reads a decision notice\'s "Decision 1: Title" blocks as its items and the text under "Decision made" as the decision', async () => {
    const notice = await readText('# Tessmouth Combined Authority\n\nDate of meeting: 19 March 2025\n\n## Decision 1: Skills plan\n\n**Decision made**\n\nThe Board appointed three members to the panel.\n\n**Reasons for the decision**\n\nTerms were ending.\n\n## Decision 2: Fares cap\n\n**Decision made**\n\nThe cap was extended.\n', 'notice.md');
    const meeting = firstMeeting(notice, 'markdown');
    expect(itemsOf(meeting)).toEqual([['1', 'Skills plan'], ['2', 'Fares cap']]);
    expect(meeting.items[0].decisions[0]).toContain('The Board appointed three members to the panel.');
  });

  it('reads headings in sentence case set apart by a blank line over prose, and no numbered list a sentence introduces', () => {
    const meeting = firstMeeting(
      'Westcombe Village Hall Committee\nMinutes of the meeting, 9 April 2025\n\n\nWelcome and apologies\nDiane welcomed everyone.\n\n\nBuilding and maintenance\nGraham had obtained two quotations for the roof:\n1. Coastline Roofing: £8,400\n2. Harris & Sons: £9,150\nThe committee would apply for a grant.\n\n\nDate of next meeting\nWednesday 11 June 2025 at 7.30pm.\n',
    );
    expect(itemsOf(meeting)).toEqual([[null, 'Welcome and apologies'], [null, 'Building and maintenance'], [null, 'Date of next meeting']]);
  });
});

describe('board minutes in Markdown with bold "1.1" items under "## 1." sections', () => {
  const markdown = [
    '**Minutes of the Meeting of the Quality Committee**',
    '',
    '**Tuesday 4 March 2025, 14:00 – 16:10**',
    '',
    '**Present:** Ada Brisk (Chair), Owen Kell (Chief Executive)',
    '',
    '**Apologies:** Mia Torrance, Chief Nursing Officer',
    '',
    '## 1. Opening Business',
    '',
    '**1.1 Welcome and apologies**',
    '',
    'The Chair welcomed members. Apologies were noted as above.',
    '',
    '**1.2 Patient Safety Report**',
    '',
    'Owen Kell presented the report.',
    '',
    '## 2. Closing Business',
    '',
    '**2.1 Date of next meeting**',
    '',
    'Tuesday 1 April 2025 at 14:00.',
  ].join('\n');
  const meeting = firstMeeting(markdown, 'markdown');

  it('makes each bold sub-item an item, in sentence case as in capitalised words', () => {
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Opening Business'],
      ['1.1', 'Welcome and apologies'],
      ['1.2', 'Patient Safety Report'],
      ['2', 'Closing Business'],
      ['2.1', 'Date of next meeting'],
    ]);
  });

  it('reads "Chief Nursing Officer" after a name as that person\'s office, not another person', () => {
    expect(meeting.attendees.filter((person) => person.attendance === 'apologies').map((person) => [person.name, person.role])).toEqual([['Mia Torrance', 'Chief Nursing Officer']]);
  });

  it('takes the start of a span on a 24-hour clock as the meeting\'s time', () => {
    expect(meeting.time).toBe('14:00');
  });
});

describe('numbered paragraphs under a numbered item stay paragraphs', () => {
  it('keeps "1.1 The Chair welcomed …" a paragraph of item 1', () => {
    const text = ['Minutes of the Meeting of the Quality Committee held on 4 March 2025', '', '1. Welcome', '', '1.1 The Chair welcomed members', '', '2. Finance', '', 'Noted.'].join('\n');
    expect(firstMeeting(text).items.map((item) => item.number)).toEqual(['1', '2']);
  });
});

describe('outline bullets', () => {
  it('reads wholly bold top-level bullets as items and their nested points as paragraphs', () => {
    const text = `# Holt Steering Group – 3 March 2025\n\n- **1. Apologies**\n    - Apologies from Ann Bell.\n    - No declarations of interest.\n- **2. Survey**\n    - The survey had closed.\n`;
    const meeting = firstMeeting(text, 'markdown');
    expect(meeting.items.map(({ number, title, paragraphs }) => [number, title, paragraphs.map((paragraph) => paragraph.text)])).toEqual([
      ['1', 'Apologies', ['Apologies from Ann Bell.', 'No declarations of interest.']],
      ['2', 'Survey', ['The survey had closed.']],
    ]);
  });
});

describe('underlined titles', () => {
  it('marks an underlined title as a heading, "=" above "-"', () => {
    expect(markSetextHeadings(['Holt Town Council', '=================', '', 'Apologies', '---------', 'None.'])).toEqual([
      '# Holt Town Council',
      '',
      '',
      '## Apologies',
      '',
      'None.',
    ]);
  });

  it('leaves a rule across the page, a table\'s heading row and a paragraph\'s last line alone', () => {
    const lines = ['The meeting closed at 9pm', '-'.repeat(70), '', 'Name      Role', '----      ----', '', 'The Council agreed to', 'fund the', '-----'];
    expect(markSetextHeadings(lines)).toBe(lines);
  });

  it('reads items from underlined titles', () => {
    expect(itemsOf(firstMeeting(`${HOLT_HEADER_PRESENT}Apologies\n---------\nNone.\n\nFinance\n-------\nThe payments were approved.\n`))).toEqual([
      [null, 'Apologies'],
      [null, 'Finance'],
    ]);
  });
});

describe('minutes that run on from their titles', () => {
  it('splits a numbered title from the sentence after its colon', () => {
    expect(splitRunOnTitles(['Minute 45/25 – Apologies for absence: Apologies were received from Cllr Hollis.'])).toEqual([
      'Minute 45/25 – Apologies for absence',
      'Apologies were received from Cllr Hollis.',
    ]);
  });

  it('splits a run-on sentence wrapped onto the next line', () => {
    expect(splitRunOnTitles(['12/25 Report: District Cllr Wragg', 'reported on car parking.'])).toEqual(['12/25 Report', 'District Cllr Wragg', 'reported on car parking.']);
  });

  it('keeps titles with a subtitle, in capitals or Title Case, and numbered paragraphs whole', () => {
    const lines = [
      '4. PUBLIC HEARING: APPEAL OF A PERMIT DENIAL, 2210 ARROYO ROAD',
      '5. Public Hearing: Appeal of a Permit Denial, 2210 Arroyo Road',
      '6. Planning: Land off Mill Lane',
      '7. Neighbourhood plan: next steps',
      '4.1 Budget: The Treasurer reported a surplus.',
    ];
    expect(splitRunOnTitles(lines)).toBe(lines);
  });

  it('splits a minute’s reference and title from its text after a full stop or a spaced dash', () => {
    expect(splitRunOnTitles(['41/25 Apologies for absence. Apologies were received from Cllr Hollis.', '42/25 Allotments Report – PB reported that two plots were vacant.'])).toEqual([
      '41/25 Apologies for absence',
      'Apologies were received from Cllr Hollis.',
      '42/25 Allotments Report',
      'PB reported that two plots were vacant.',
    ]);
  });

  it('keeps a sentence after a minute’s reference, a point numbered within an item, and a title after an abbreviation whole', () => {
    const lines = [
      '43/25 Fire Evacuation Procedures were read by the Chair. The meeting was recorded.',
      '3. Footpaths – The Clerk reported that the stile had been mended.',
      '44/25 Report from Cllr. Hale on the precept. The figures were noted.',
    ];
    expect(splitRunOnTitles(lines)).toBe(lines);
  });

  it('splits minutes numbered "1." whose text runs on after a full stop where the document runs them on so throughout, titles in sentence case too, but not a sentence', () => {
    const lines = [
      '1. Apologies for absence. Apologies were received from Cllr Hollis.',
      '2. Declarations of interest. None were made.',
      '3. Reports. 3.1 Chairman’s Report. The Chairman thanked the litter pickers.',
      '4. HIGHWAYS MATTERS i. The verge on Mill Lane has been cut.',
      '5. Correspondence. A letter from the county council was noted.',
      '6. Bus stop on Church Road. The county council will move it.',
      '7. Members discussed the verges. Nothing was decided.',
    ];
    expect(splitRunOnTitles(lines)).toEqual([
      '1. Apologies for absence',
      'Apologies were received from Cllr Hollis.',
      '2. Declarations of interest',
      'None were made.',
      '3. Reports',
      '3.1 Chairman’s Report. The Chairman thanked the litter pickers.',
      '4. HIGHWAYS MATTERS',
      'i. The verge on Mill Lane has been cut.',
      '5. Correspondence.',
      'A letter from the county council was noted.',
      '6. Bus stop on Church Road',
      'The county council will move it.',
      '7. Members discussed the verges. Nothing was decided.',
    ]);
  });

  it('keeps points numbered again from 1 under each section whole, and a few numbered lines that read alike', () => {
    const restarted = [
      'PLANNING',
      '1. Change of use. Approved by the council.',
      '2. Garage extension. Approved by the council.',
      'CORRESPONDENCE',
      '1. Speed checks. They will go on.',
      '2. Library van. It will call monthly.',
    ];
    expect(splitRunOnTitles(restarted)).toBe(restarted);
    const few = ['1. Change of use. Approved by the council.', '2. Bus shelter. It was mended.', '3. Footpath gate. Repaired by the handyman.'];
    expect(splitRunOnTitles(few)).toBe(few);
  });

  it('makes items of minutes numbered by their reference whose text runs on after a full stop', () => {
    const minutes =
      ASHBY_MAGNA_HEADER +
      '51/25 Apologies for absence. None were received.\n\n' +
      '52/25 Chairman’s Report\n\nThe Chairman thanked the litter pickers.\n\n' +
      '53/25 Village Hall Report – Cllr Rowe reported that the roof had been repaired and the hall was busy.\n\n' +
      '54/25 Finance\n\nThe payments were approved.\n';
    expect(itemsOf(firstMeeting(minutes))).toEqual([
      ['51/25', 'Apologies for absence'],
      ['52/25', 'Chairman’s Report'],
      ['53/25', 'Village Hall Report'],
      ['54/25', 'Finance'],
    ]);
  });
});

describe('sections headed by a title in capitals and a colon', () => {
  const text =
    `${MILL_RIVER_BOARD_HEADER}CALL TO ORDER: The meeting was called to order at 7:02 p.m.\n\nROLL CALL:\nMrs. Ann Abt, President – present\nMr. Tom Osei – absent\n\n` +
    'PLEDGE OF ALLEGIANCE: Led by Mrs. Abt.\n\nAPPROVAL OF MINUTES:\nMotion by Mrs. Abt, seconded by Dr. Brill, to approve the minutes.\nVote: Abt – yes; Brill – yes. Motion carried 2-0.\n';

  it('reads each title as an item and the text after its colon as the item\'s first paragraph', () => {
    expect(itemsOf(firstMeeting(text))).toEqual([
      [null, 'CALL TO ORDER'],
      [null, 'ROLL CALL'],
      [null, 'PLEDGE OF ALLEGIANCE'],
      [null, 'APPROVAL OF MINUTES'],
    ]);
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The meeting was called to order at 7:02 p.m.']);
  });

  it('keeps the roll-call vote under its motion, one decision', () => {
    const [decision] = firstMeeting(text).items[3].paragraphs;
    expect(decision).toMatchObject({ isDecision: true, text: 'Motion by Mrs. Abt, seconded by Dr. Brill, to approve the minutes. Vote: Abt – yes; Brill – yes. Motion carried 2-0.' });
  });

  it('leaves record and vote labels alone, and needs three such titles', () => {
    const labels = `${MILL_RIVER_BOARD_HEADER}1. Budget\nRESOLVED: That the budget be adopted.\nMOTION: Mrs. Abt moved the budget.\nAYES: Abt, Brill\nNOTE: The clerk will publish it.\n\n2. Close\nClosed.\n`;
    expect(itemsOf(firstMeeting(labels))).toEqual([['1', 'Budget'], ['2', 'Close']]);
    const two = `${MILL_RIVER_BOARD_HEADER}1. Reports\nTREASURER'S REPORT: The balance was $400.\nSECRETARY'S REPORT: Two letters were received.\n\n2. Close\nClosed.\n`;
    expect(itemsOf(firstMeeting(two))).toEqual([['1', 'Reports'], ['2', 'Close']]);
  });
});

describe('sections in capitals run in before a dash, beside sections ended by a colon', () => {
  const header = 'STATE OF OHIO\nTOWN OF PELLHAM\nPELLHAM TOWNSHIP BOARD OF TRUSTEES MEETING\nJune 11, 2025\n\nThe meeting was called to order at 7:00 PM.\n\n';

  it('reads "OLD BUSINESS – Supervisor Hale reported …" as a section and its sentence, under two titles ended by a colon', () => {
    const text = `${header}APPROVAL OF MINUTES:\n\nThe minutes were approved at 7:05. Motion passes.\n\nREPORTS:\n\nSupervisor Hale reported on the bus.\n\nOLD BUSINESS – Supervisor Hale said the roof quote is due.\n\nCORRESPONDENCE –\n\nADJOURNMENT – The meeting ended at 7:40 PM.\n`;
    const meeting = firstMeeting(text);
    expect(itemsOf(meeting).map(([, title]) => title)).toEqual(['Opening of the meeting', 'APPROVAL OF MINUTES', 'REPORTS', 'OLD BUSINESS', 'CORRESPONDENCE', 'ADJOURNMENT']);
    expect(meeting.items[3].paragraphs.map((paragraph) => paragraph.text)).toEqual(['Supervisor Hale said the roof quote is due.']);
  });

  it('leaves an action line, a subtitle in capitals and dashed lines without two colon titles beside them', () => {
    const actions = `${header}1. Roads\nACTION – Clerk to write to the county.\nNOTE – The grader is booked.\nFINANCE – The bills were paid.\n\n2. Close\nClosed.\n`;
    expect(itemsOf(firstMeeting(actions))).toEqual([[null, 'Opening of the meeting'], ['1', 'Roads'], ['2', 'Close']]);
    const subtitle = `${header}1. Decisions\nTO NOTE: the schedule.\nKEY DECISIONS – REGULATION 9 NOTICE\nCLOSED - if the public are excluded\n\n2. Close\nClosed.\n`;
    expect(itemsOf(firstMeeting(subtitle))).toEqual([[null, 'Opening of the meeting'], ['1', 'Decisions'], ['2', 'Close']]);
  });
});

describe('sections headed by a title in capitalised words and a colon', () => {
  it('reads three or more such titles, two alone on their line, as items', () => {
    const text =
      'TOWN OF ELM HOLLOW\nSelect Board Minutes – March 3, 2025\n\nPresent: Chair Ann Bell, Tom Osei, Ida Ruiz\n\nCall to Order: The Chair called the meeting to order at 7:00 p.m.\n\n' +
      'Approval of Minutes:\nMotion by Mr. Osei to approve the minutes. Motion carried 3-0.\n\nOld Business:\nThe board discussed the transfer station hours.\n\nAdjournment: The meeting adjourned at 8:10 p.m.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      [null, 'Call to Order'],
      [null, 'Approval of Minutes'],
      [null, 'Old Business'],
      [null, 'Adjournment'],
    ]);
  });

  it('leaves fields with values, and the parts of a minute, as they are', () => {
    const fields =
      'HOLT TOWN COUNCIL\nMinutes of the Planning Committee meeting held on Monday 3 March 2025\n\n1. Applications\nApplication No: P2024/3318/FUL\nWard: Caledon\nProposal: Two-storey rear extension\n\n' +
      '2. Play area\nDiscussion:\nThe Clerk reported on quotes.\nOutcome:\nResolved to accept the lowest quote.\nActions:\nClerk to order.\n\n3. Close\nClosed.\n';
    expect(itemsOf(firstMeeting(fields))).toEqual([['1', 'Applications'], ['2', 'Play area'], ['3', 'Close']]);
  });
});

describe('sections run on from unnumbered titles', () => {
  const sections = [
    "Call to Order: President Alvarez called the meeting to order at 6:32 p.m. in the clubhouse.",
    "Treasurer's Report: Ms. Tanaka reported that the operating account held $48,215 at the end of February.",
    "Manager's Report: Ms. Sutton reported that three bids for the pool resurfacing had been received.",
    'Old Business: The Board discussed the pool bids and accepted the lowest of them.',
    'Adjournment: There being no further business, the meeting was adjourned at 7:48 p.m.',
  ];
  const header = 'WILLOW CREEK HOMEOWNERS ASSOCIATION\nBoard of Directors Meeting Minutes\nThursday, March 6th, 2025\n\n';

  it('reads five or more as items, the text after each title its first paragraph', () => {
    const meeting = firstMeeting(header + sections.join('\n\n'));
    expect(meeting.items.map(({ title }) => title)).toEqual(['Call to Order', "Treasurer's Report", "Manager's Report", 'Old Business', 'Adjournment']);
    expect(meeting.items[1].paragraphs[0]).toMatchObject({ text: 'Ms. Tanaka reported that the operating account held $48,215 at the end of February.', speaker: 'Ms. Tanaka' });
  });

  it('reads them hard-wrapped, and leaves four labels naming no section of minutes as text', () => {
    const wrapped = sections.map((section) => section.replace(/^(\S+(?:\s+\S+){9})\s/, '$1\n')).join('\n\n');
    expect(firstMeeting(header + wrapped).items).toHaveLength(5);
    const notes = ['Pool Hours: The pool will open at 9 a.m. from May.', 'Gate Code: Owners will receive the new code by post.', 'Landscaper: Greenway Lawns will mow every Tuesday.', 'Parking: Visitors may park on Elm Court only.'];
    expect(firstMeeting(header + notes.join('\n\n')).items.map(({ title }) => title)).not.toContain('Parking');
  });

  it('reads three or more labels naming sections of minutes as items where nothing else heads one', () => {
    const meeting = firstMeeting(header + sections.slice(0, 4).join('\n\n'));
    // "Call to Order:" names no section: its line opens the meeting.
    expect(meeting.items.map(({ title }) => title)).toEqual(['Opening of the meeting', "Treasurer's Report", "Manager's Report", 'Old Business']);
    expect(meeting.items[3].paragraphs[0].text).toBe('The Board discussed the pool bids and accepted the lowest of them.');
  });
});

describe("a community council's short labelled paragraphs", () => {
  it('reads five or more as items, though the text after some of them is a short sentence', () => {
    const meeting = firstMeeting(
      [
        'Minutes of Strathbrae Community Council meeting held 2nd April 2025 in Kilbrae Village Hall',
        '',
        'Present: Morag Lennie (Chair), Euan Tait (Secretary), Fiona Rennie; Cllr D Baird (Ward Councillor).',
        'Apologies: Hamish Orr.',
        '',
        'Police Report: PC Dunlop reported two thefts of diesel from farm tanks.',
        'Planning: No new applications.',
        'Roads: The verge at the school bend has been cut back.',
        'Treasurer’s Report: The balance stands at £1,415.',
        'Correspondence: None.',
        'Any Other Business: The hall roof leaks again and the trustees will be told.',
      ].join('\n'),
    );
    expect(meeting.items.map(({ title }) => title)).toEqual(['Police Report', 'Planning', 'Roads', 'Treasurer’s Report', 'Correspondence', 'Any Other Business']);
    expect(paragraphsOf(meeting)[1].text).toBe('No new applications.');
  });
});

describe('an abbreviation alone on a line among Title Case headings', () => {
  it("is one of the document's item headings ('AOCB')", () => {
    const meeting = firstMeeting(
      'Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr\n\nPolice Report\nNo report was received.\n\nPath Network\nThe work party had cleared the shore path.\n\nAOCB\nA resident raised the state of the bus shelter.\n\nDate of Next Meeting\nTuesday 1 April 2025.\n',
    );
    expect(meeting.items.map((item) => item.title)).toEqual(['Police Report', 'Path Network', 'AOCB', 'Date of Next Meeting']);
  });
});

describe('"RESULT:" blocks and lettered matters', () => {
  const text =
    'CITY OF ALDER FALLS\nCity Council Minutes\nTuesday, February 18, 2025\n\n1.   CALL TO ORDER\n     Called to order at 6:31 PM.\n\n2.   CONSENT AGENDA\n\n' +
    '     A.   Minutes of the Regular Meeting of February 4, 2025\n\n          RESULT:     ACCEPTED [UNANIMOUS]\n          MOVER:      Rosa Vance, Mayor Pro Tem\n          AYES:       Vance, Noor\n\n' +
    '     B.   Accounts Payable Register for January\n\n          RESULT:     APPROVED [2 TO 0]\n\n3.   ADJOURNMENT\n     Adjourned.\n';

  it('reads each lettered matter under a numbered item as an item of its own', () => {
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'CONSENT AGENDA'],
      ['A', 'Minutes of the Regular Meeting of February 4, 2025'],
      ['B', 'Accounts Payable Register for January'],
      ['3', 'ADJOURNMENT'],
    ]);
  });

  it('reads a result with its mover and vote as one decision', () => {
    expect(firstMeeting(text).items[2].paragraphs).toEqual([
      expect.objectContaining({ isDecision: true, text: 'RESULT: ACCEPTED [UNANIMOUS] MOVER: Rosa Vance, Mayor Pro Tem AYES: Vance, Noor' }),
    ]);
    expect(isDecisionText('RESULT: APPROVED ON FIRST READING [3 TO 1]')).toBe(true);
    expect(isDecisionText('Result: the survey had 214 replies.')).toBe(false);
  });

  it('leaves a lettered sentence under a numbered item a paragraph', () => {
    const questions = `HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\n1. Questions\nQ. Will the hall reopen?\nA. The Clerk said it would reopen in May.\n\n2. Close\nClosed.\n`;
    expect(itemsOf(firstMeeting(questions))).toEqual([['1', 'Questions'], ['2', 'Close']]);
  });
});

describe('titles framing minutes that number their paragraphs', () => {
  it('reads an unnumbered title over a numbered paragraph, after the numbered items, as an item', () => {
    const text =
      `${ASHBY_MAGNA_HEADER}Item 1: Confirmation of the Minutes\n\n1.  The Committee confirmed the minutes of the last meeting.\n\nItem 2: Footbridge\n\n2.  The District Engineer reported that the lift towers were complete.\n\n` +
      'Date of Next Meeting\n\n3.  The next meeting would be held on 6 May 2025 at 2:30 p.m.\n\nSecretariat, Ashby Magna Parish Council\nMarch 2025\n';
    expect(itemsOf(firstMeeting(text))).toEqual([['1', 'Confirmation of the Minutes'], ['2', 'Footbridge'], [null, 'Date of Next Meeting']]);
  });

  it('reads such a title under a list of titled people as the first item, not an untitled person, and an untitled last member as one', () => {
    const header = 'TSING WAN DISTRICT COUNCIL\nMinutes of the Twelfth Meeting of the Traffic Committee\nDate: 4 March 2025\n\nPresent\nMr HO Ka-fai\n\nMr YIP Chi-keung\n\n';
    const items = 'Item 1: Minutes\n\n2.  The Committee confirmed the minutes of the last meeting without amendment.\n\nItem 2: Any Other Business\n\n3.  There was no other business.\n';
    const opening = firstMeeting(`${header}Opening Remarks\n\n1.  The Chairman welcomed Members and the representatives of the departments.\n\n${items}`);
    expect(opening.items.map(({ number, title }) => [number, title])).toEqual([[null, 'Opening Remarks'], ['1', 'Minutes'], ['2', 'Any Other Business']]);
    expect(opening.attendees.map(({ name }) => name)).toEqual(['Mr HO Ka-fai', 'Mr YIP Chi-keung']);
    expect(firstMeeting(`${header}Tom Hadleigh\n\n${items}`).attendees.map(({ name }) => name)).toEqual(['Mr HO Ka-fai', 'Mr YIP Chi-keung', 'Tom Hadleigh']);
  });
});

describe('minutes set as the rows of a table', () => {
  it('reads a row of number, title, minute and action cells as the item and its paragraphs', () => {
    const text =
      '# Riverside Medical Practice\n\nDate: 05/03/2025\n\nNo.\tItem\tDiscussion and outcome\tAction\n\n1\tWelcome and apologies\tThe Chair welcomed everyone to the meeting.\t\n\n' +
      '2\tPractice update\tKaren Lyle reported that online booking had gone live on 3 February.\tKL to share figures\n\n3\tDate of next meeting\tWednesday 7 May 2025 at 18:00.\t\n';
    const meeting = firstMeeting(text, 'docx');
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['1', 'Welcome and apologies'], ['2', 'Practice update'], ['3', 'Date of next meeting']]);
    expect(meeting.items[1].paragraphs.map(({ text: paragraph }) => paragraph)).toEqual(['Karen Lyle reported that online booking had gone live on 3 February.', 'KL to share figures']);
  });

  it('reads the rows under an "Item" column heading as items, in place of the heading over the table, the time cell dropped', () => {
    const text =
      '# 2025-03-11 Tenant Scrutiny Panel meeting notes\n\n## Date\n\n11 Mar 2025\n\n## Participants\n\n@Ruth Okafor (Chair)\n\n@Declan Moss\n\n## Discussion items\n\nTime\tItem\tWho\tNotes\n\n' +
      '5 min\tNotes of the last meeting\tRuth Okafor\n\nThe notes were agreed.\n\n25 min\tDamp review scope\tDeclan Moss\n\nDeclan proposed a wider review.\n\n## Action items\n\nDeclan Moss to send the scope.\n';
    const meeting = firstMeeting(text, 'html');
    expect(meeting.items.map(({ title }) => title)).toEqual(['Notes of the last meeting', 'Damp review scope', 'Action items']);
    expect(meeting.items[1].paragraphs.map(({ text: paragraph, speaker }) => [paragraph, speaker])).toEqual([['Declan Moss', null], ['Declan proposed a wider review.', 'Declan Moss']]);
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([['Ruth Okafor', 'Chair'], ['Declan Moss', null]]);
  });
});

describe('items as the rows of a table with a minute number column before the titles', () => {
  it("heads each item with its row's number and title, the discussion its paragraphs", () => {
    const text =
      'Pelham Heath Town Council\nMinutes of the meeting of the Environment Committee held on Tuesday 21 January 2025\n\nMinute\tItem\tDiscussion and decision\n\n' +
      'EN/25/01\tApologies for absence\nApologies were received from Councillor Oduya.\n\nRESOLVED that the apologies be accepted.\n\n' +
      'EN/25/02\tTree planting\tCouncillor Dunmore reported that volunteers had planted 240 whips.\n';
    const meeting = firstMeeting(text, 'html');
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['EN/25/01', 'Apologies for absence'], ['EN/25/02', 'Tree planting']]);
    expect(meeting.items[0].paragraphs.map(({ text: paragraph }) => paragraph)).toEqual(['Apologies were received from Councillor Oduya.', 'RESOLVED that the apologies be accepted.']);
  });

  it('skips the heading row a word processor prints again at the top of the next page', () => {
    const text =
      'Pelham Heath Town Council\nMinutes of the meeting of the Environment Committee held on Tuesday 21 January 2025\n\nMinute    Item    Discussion and decision\n\n' +
      'EN/25/01    Apologies for absence    None were received.\n\nMinute    Item    Discussion and decision\n\nEN/25/02    Tree planting    Volunteers had planted 240 whips.\n';
    expect(firstMeeting(text, 'html').items.map(({ number, title }) => [number, title])).toEqual([['EN/25/01', 'Apologies for absence'], ['EN/25/02', 'Tree planting']]);
  });
});

describe('agenda management records', () => {
  it("reads an agenda management record's subject as its item and drops its fields; 'Motion & Voting' labels the motion", () => {
    const meeting = firstMeeting(
      'Harlan Creek School District\nMarch 10, 2025\n\n1. Consent Agenda\n\nSubject : 1.01 Approval of Consent Agenda\n\nMeeting : Mar 10, 2025 - Regular Meeting\n\nCategory : 1. Consent Agenda\n\nType : Action\n\nMotion & Voting\n\nApprove the consent agenda as presented.\n\nMotion by Diane Whitcombe, second by Leon Park.\n',
      'html',
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([['1', 'Consent Agenda'], ['1.01', 'Approval of Consent Agenda']]);
    expect(meeting.items[1].decisions[0]).toContain('Approve the consent agenda as presented.');
    expect(paragraphsOf(meeting).some((found) => found.text.startsWith('Category'))).toBe(false);
  });
});

const QUEBEC_HEADER = 'TOWN OF SAINT-ÉLOI\n\nMINUTES of the regular sitting of the Municipal Council of the Town of Saint-Éloi, held on Monday, April 7, 2025.\n\n';

describe('a Quebec council', () => {
  it("reads resolution numbers ('2025-04-071') as item numbers, with the unnumbered capitals headings between them as items", () => {
    const meeting = firstMeeting(
      `${QUEBEC_HEADER}2025-04-071  ADOPTION OF THE AGENDA\nIt is moved by Councillor Gagné and resolved that the agenda be adopted.\nADOPTED UNANIMOUSLY\n\nFIRST QUESTION PERIOD\nMr. Lévesque asked about the culvert.\n\n2025-04-072  CLOSING OF THE SITTING\nIt is moved by Councillor Côté and resolved that the sitting be closed.\nADOPTED UNANIMOUSLY\n`,
    );
    expect(itemsOf(meeting)).toEqual([
      ['2025-04-071', 'ADOPTION OF THE AGENDA'],
      [null, 'FIRST QUESTION PERIOD'],
      ['2025-04-072', 'CLOSING OF THE SITTING'],
    ]);
    expect(meeting.body).toBe('Town of Saint-Éloi Municipal Council');
  });

  it('keeps a capitals line inside items numbered without a year (Roman numerals) as text', () => {
    const meeting = firstMeeting(
      'MUNICIPALITY OF SAN ISIDRO\n\nMINUTES OF THE REGULAR SESSION HELD ON MONDAY, MARCH 17, 2025\n\nI. CALL TO ORDER\nThe session opened.\n\nII. NEW BUSINESS\nThe body took up the bridge.\n\nRESOLUTION ON THE BRIDGE\nWHEREAS, the bridge is closed;\n\nIII. ADJOURNMENT\nThe session closed.\n',
    );
    expect(meeting.items.map((item) => item.number)).toEqual(['I', 'II', 'III']);
  });

  it("reads 'Were present:' with a closing 'forming a quorum' clause, and two offices one person holds", () => {
    const meeting = firstMeeting(
      `${QUEBEC_HEADER}Were present: Mayor Gilles Thériault and Councillors Hélène Côté and Peter MacAulay, forming a quorum under the chairmanship of the Mayor.\n\nAlso present: Annie Desrosiers, Director General and Town Clerk\n\n2025-04-071  ADOPTION OF THE AGENDA\nThe agenda was adopted.\n`,
    );
    expect(peopleOf(meeting)).toEqual([
      ['Mayor Gilles Thériault', null, 'present'],
      ['Councillor Hélène Côté', null, 'present'],
      ['Councillor Peter MacAulay', null, 'present'],
      ['Annie Desrosiers', 'Director General and Town Clerk', 'in attendance'],
    ]);
  });

  it("keeps 'It is moved by …, and resolved:' with its 'THAT …' clause, a member's vote against and 'ADOPTED ON DIVISION': one decision", () => {
    const meeting = firstMeeting(
      `${QUEBEC_HEADER}2025-04-074  AWARD OF CONTRACT\nIt is moved by Councillor Lefebvre, seconded by Councillor Côté, and resolved:\nTHAT the contract be awarded to Pavages Rivest inc.\nCouncillor Peter MacAulay voted against.\nADOPTED ON DIVISION\n`,
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision, paragraph.speaker])).toEqual([
      ['It is moved by Councillor Lefebvre, seconded by Councillor Côté, and resolved: THAT the contract be awarded to Pavages Rivest inc. Councillor Peter MacAulay voted against. ADOPTED ON DIVISION', true, null],
    ]);
  });
});

describe('US town boards', () => {
  it("names 'TOWN BOARD REGULAR MEETING' under its town as the town's board, and reads 'RESOLUTION #72 OF 2025 – …' under a capitals section as an item", () => {
    const meeting = firstMeeting(
      'TOWN OF WILLET CORNERS\nTOWN BOARD REGULAR MEETING\nMINUTES\nMay 13, 2025\n\nALSO PRESENT:  Highway Superintendent Gary Kuhn\n\nPRIVILEGE OF THE FLOOR\nNo one spoke.\n\nNEW BUSINESS\nRESOLUTION #72 OF 2025 – AUTHORIZE PURCHASE OF HIGHWAY LOADER\nRESOLVED, that the Town Board authorizes the purchase.\n\nADJOURNMENT\nOn motion of Councilman Pettit, seconded by Councilman Lasher, the meeting was adjourned at 8:04 PM.\n',
    );
    expect(meeting.body).toBe('Town of Willet Corners Town Board');
    expect(itemsOf(meeting).map(([, title]) => title)).toEqual(['PRIVILEGE OF THE FLOOR', 'NEW BUSINESS', 'RESOLUTION #72 OF 2025 – AUTHORIZE PURCHASE OF HIGHWAY LOADER', 'ADJOURNMENT']);
    expect(peopleOf(meeting)).toEqual([['Gary Kuhn', 'Highway Superintendent', 'in attendance']]);
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([false, true, true]);
  });

  it("keeps a motion's 'SECOND:' and 'VOTE:' paragraphs with it across the blank lines Word puts between paragraphs", () => {
    const meeting = firstMeeting(
      '# Town of Ashby Falls\n\n**Select Board**\n\nMonday, June 9, 2025\n\nTown Hall, Select Board Meeting Room, 12 Main Street\n\n## Approval of Minutes\n\nMOTION: Mr. Whitcomb moved to approve the minutes of May 19, 2025.\n\nSECOND: Ms. Moreau\n\nVOTE: 4-0-1 (Rao abstained)\n\n## Adjournment\n\nThe meeting closed at 8:12 PM.\n',
      'markdown',
    );
    expect(meeting.body).toBe('Town of Ashby Falls Select Board');
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['MOTION: Mr. Whitcomb moved to approve the minutes of May 19, 2025. SECOND: Ms. Moreau VOTE: 4-0-1 (Rao abstained)', true],
      ['The meeting closed at 8:12 PM.', false],
    ]);
  });

  it('reads headings one level under the items as sub-items, a heading under the attendance as no name ("## Public Comment"), an executive assistant named after the office, and a resident named with the street', () => {
    const meeting = firstMeeting(
      '# Town of Ashby Falls\n\n**Select Board**\n\nMonday, June 9, 2025\n\n**Also Present:** Executive Assistant Maureen Shea\n\n## Public Comment\n\nResident Gail Fortier of Pleasant Street asked for a crosswalk.\n\n## New Business\n\n### FY26 Water Rates\n\nThe rates were discussed.\n\n## Adjournment\n\nThe meeting closed.\n',
      'markdown',
    );
    expect(itemsOf(meeting).map(([, title]) => title)).toEqual(['Public Comment', 'New Business', 'FY26 Water Rates', 'Adjournment']);
    expect(peopleOf(meeting)).toEqual([['Maureen Shea', 'Executive Assistant', 'in attendance']]);
    expect(paragraphsOf(meeting)[0].speaker).toBe('Resident Gail Fortier');
  });
});

describe('a ModernGov "Agenda and minutes" page', () => {
  const HEADER = 'Agenda and minutes\n\nHarbour Authority - Monday, 7th March, 2022 10.00 am\n\nVenue: Council Chamber, Quay House. View directions\n\nContact: Ann Tremayne or Luke Pascoe  01632 960204\n\nMedia\n\nItems\nNo. Item\n\n';
  const item = (number: string, title: string, description: string, minutes: string) =>
    `${number}\n\n${title}\n\n${description}\n\nAdditional documents:\n\nMinutes:\n\n${minutes}\n\n`;
  const PAGE =
    HEADER +
    item('14/22', 'Apologies for Absence', 'To receive any apologies for absence.', 'Apologies were received from Councillor Tegen Hosking.') +
    item('15/22', 'Harbour Dues 2022/23', 'To consider the report of the Harbour Master.\n\nThe report sets out the proposed dues.', 'RESOLVED: That the dues be approved.') +
    item('16/22', 'Public Questions', 'To receive any questions from the public.', 'There were no questions.');

  it('titles each item from the line under its number, not from the agenda\'s description above "Additional documents:"', () => {
    const [meeting] = parseText(PAGE).meetings;
    expect(meeting.items.map((entry) => [entry.number, entry.title])).toEqual([
      ['14/22', 'Apologies for Absence'],
      ['15/22', 'Harbour Dues 2022/23'],
      ['16/22', 'Public Questions'],
    ]);
    expect(meeting.items[1].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'To consider the report of the Harbour Master.',
      'The report sets out the proposed dues.',
      'RESOLVED: That the dues be approved.',
    ]);
  });

  it('takes no tab, contact line or item anchor for an item or a paragraph', () => {
    const page = PAGE.replace(/Additional documents:\n\n/g, '').replace('Public Questions\n\n', '<AI3>\n\nPublic Questions\n\n');
    const [meeting] = parseText(page).meetings;
    expect(meeting.items.map((entry) => entry.title)).toEqual(['Apologies for Absence', 'Harbour Dues 2022/23', 'Public Questions']);
    expect(meeting.items.flatMap((entry) => entry.paragraphs.map((paragraph) => paragraph.text))).not.toContain('<AI3>');
  });
});

describe('an item number giving the financial year, the committee and the minute', () => {
  it('numbers the item on the line under it ("18-19/FRA/2")', () => {
    const text = 'Items\n\n21-22/FRA/1\n\nApologies\n\nMinutes:\n\nNone were received.\n\n21-22/FRA/2\n\nMembership\n\nMinutes:\n\nThere were no changes.\n';
    expect(firstMeeting(text).items.map((entry) => [entry.number, entry.title])).toEqual([
      ['21-22/FRA/1', 'Apologies'],
      ['21-22/FRA/2', 'Membership'],
    ]);
  });
});

describe("a minute's number and year alone on a line, above the item's title", () => {
  it('numbers the item ("47/23" is no page 47 of 23)', () => {
    const item = (number: string, title: string, text: string) => `${number}\n\n${title}\n\n    ${text}\n\n`;
    const text =
      'Vale Police and Crime Panel - Thursday, 9 November 2023 10.30 am\n\n' +
      item('47/23', 'APOLOGIES FOR ABSENCE', 'Apologies were received from Councillor Nia Probert.') +
      item('48/23', 'DECLARATIONS OF INTEREST', 'There were none.') +
      item('49/23', 'PRECEPT PROPOSAL', 'The Panel noted the proposal.');
    expect(firstMeeting(text).items.map((entry) => entry.number)).toEqual(['47/23', '48/23', '49/23']);
  });
});

describe('a ModernGov meeting page copied as a table of rows ("No. | Item |")', () => {
  const PAGE = [
    'Venue: Council Chamber, Guild Hall, Wexbury WX1 2AB. View directions',
    'Contact: Ruth Penhale Democratic Services Officer',
    'No. | Item |',
    '---|---|',
    'Apologies Members are reminded that substitutes may attend in their place. Minutes: Apologies were received from Councillor Alun Madoc. |',
    '|',
    'Minutes of the previous meeting To approve the minutes of the meeting held on 3 March 2022.',
    'Minutes: The minutes were approved as a correct record. |',
    '|',
    'Ferry Timetable Consultation To consider the report of the Head of Transport. Minutes: The Panel considered the report.',
    'RESOLVED',
    'That the consultation be launched. |',
  ].join('\n');

  it('makes each row an item: its title, the agenda’s description, then its minutes', () => {
    const [meeting] = parseText(PAGE).meetings;
    expect(meeting.items.map((entry) => entry.title)).toEqual(['Apologies', 'Minutes of the previous meeting', 'Ferry Timetable Consultation']);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Members are reminded that substitutes may attend in their place.',
      'Apologies were received from Councillor Alun Madoc.',
    ]);
    expect(meeting.items[2].decisions).toHaveLength(1);
    expect(meeting.venue).toBe('Council Chamber, Guild Hall, Wexbury WX1 2AB');
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Councillor Alun Madoc']);
  });

  it('starts a row after the minutes of the last where the copy dropped its bar', () => {
    const page = ['ELECTION OF CHAIR To elect a Chair for the year.', 'Minutes: Councillor Wyn Ellis was elected.', 'ELECTION OF DEPUTY CHAIR To elect a Deputy Chair for the year.', 'Minutes: Councillor Bethan Rowe was elected. |', '|', 'Any Other Business Minutes: There was none. |'].join('\n');
    expect(firstMeeting(page).items.map((entry) => entry.title)).toEqual(['ELECTION OF CHAIR', 'ELECTION OF DEPUTY CHAIR', 'Any Other Business']);
  });
});

describe('a ModernGov "Agenda item" page', () => {
  it("titles the item from the line under \"Agenda item\" when the agenda's description stands above \"Minutes:\"", () => {
    const page = 'Agenda item\n\nHIGHWAYS SCHEME APPROVALS\n\nTo NOTE the schemes listed in the report.\n\nMinutes:\n\nThe Committee noted the schemes.\n\nSupporting documents:\n';
    const [item] = firstMeeting(page).items;
    expect(item.title).toBe('HIGHWAYS SCHEME APPROVALS');
    expect(item.paragraphs.map((paragraph) => paragraph.text)).toEqual(['To NOTE the schemes listed in the report.', 'The Committee noted the schemes.']);
  });

  it('titles the item from the line under "Agenda item" on a page copied without its "Minutes:" label', () => {
    const page = 'Agenda item\nReview of the Moorland Access Strategy (KP)\nThe report was presented by the Head of Access.\nThe recommendation was moved, seconded and carried.\n';
    expect(firstMeeting(page).items.map((entry) => entry.title)).toEqual(['Review of the Moorland Access Strategy (KP)']);
  });
});

describe('a closing section in capitals after numbered items', () => {
  it("makes 'ADJOURNMENT' over a sentence an item after the last numbered one, with a lettered sub-item among them", () => {
    const meeting = firstMeeting(
      'CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. PUBLIC HEARINGS\nA. Ordinance No. 2025-02 Amending Chapter 10 (Parking)\nThe Director presented the report.\n\n3. COUNCIL REPORTS\nCouncilmember Brooks reported on the League of Cities meeting.\n\nADJOURNMENT\nThe meeting was adjourned at 7:15 p.m.\n',
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'PUBLIC COMMENT'],
      ['2', 'PUBLIC HEARINGS'],
      ['A', 'Ordinance No. 2025-02 Amending Chapter 10 (Parking)'],
      ['3', 'COUNCIL REPORTS'],
      [null, 'ADJOURNMENT'],
    ]);
    expect(meeting.items[4].paragraphs[0].text).toBe('The meeting was adjourned at 7:15 p.m.');
  });
});

describe('a run-in heading before the first item', () => {
  it("keeps 'CALL TO ORDER: Mayor … called the meeting to order …' as the opening, the roll call as attendance", () => {
    const meeting = firstMeeting(
      'CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025\n\nCALL TO ORDER: Mayor Dana Whitfield called the meeting to order at 6:02 p.m.\n\nROLL CALL:\nPresent: Mayor Whitfield, Councilmembers Hale and Brooks\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. CONSENT CALENDAR\nApproved.\n',
    );
    expect(meeting.items[0].title).toBe('Opening of the meeting');
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['CALL TO ORDER: Mayor Dana Whitfield called the meeting to order at 6:02 p.m.']);
    expect(meeting.attendees.map((person) => person.name)).toEqual(['Mayor Whitfield', 'Councilmember Hale', 'Councilmember Brooks']);
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
    expect(firstMeeting(minutes).items.map((item) => item.title)).toEqual([
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
    const titles = firstMeeting(numbered).items.map((item) => item.title);
    expect(titles.filter((title) => /^(?:The |It |There |Apologies had)/.test(title))).toEqual([]);
  });
});

describe('minute references at the end of a heading', () => {
  const minutes =
    'Ashcombe Parish Council\nMinutes of the meeting held on Tuesday 8 October 2024\n\nPresent: Cllr M Trelawney (Chairman), Cllr R Penrose\nIn attendance: Mrs L Jory (Clerk) and two members of the public\n\n' +
    'PUBLIC PARTICIPATION (Min 24/117)  \nA resident asked about the footpath.\n\n1. APOLOGIES FOR ABSENCE (Min 24/118)\nNone.\n\n2. PLANNING [Minute No. 24/119]\nNo applications.\n';

  it("numbers each item by the reference and keeps it out of the title ('1. APOLOGIES FOR ABSENCE (Min 24/118)')", () => {
    expect(itemsOf(firstMeeting(minutes))).toEqual([
      ['24/117', 'PUBLIC PARTICIPATION'],
      ['24/118', 'APOLOGIES FOR ABSENCE'],
      ['24/119', 'PLANNING'],
    ]);
  });

  it('reads a heading with a reference under a list of people as a heading, not one more person', () => {
    const meeting = firstMeeting(minutes);
    expect(meeting.attendees.map((person) => person.name)).toEqual(['Cllr M Trelawney', 'Cllr R Penrose', 'Mrs L Jory']);
    expect(paragraphsOf(meeting)[0].text).toBe('A resident asked about the footpath.');
  });
});

describe('an unnumbered heading above the first numbered item', () => {
  it("reads 'PUBLIC PARTICIPATION' over text before '1. APOLOGIES', in the numbered items' capitals, as an item of its own", () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the meeting held on Tuesday 8 October 2024\n\nPresent: Cllr M Trelawney (Chairman), Cllr R Penrose\nIn attendance: Mrs L Jory (Clerk) and two members of the public\n\n' +
        'PUBLIC PARTICIPATION\nA resident asked about the footpath.\n\n1. APOLOGIES FOR ABSENCE\nNone.\n\n2. PLANNING\nNo applications.\n',
    );
    expect(itemsOf(meeting)).toEqual([
      [null, 'PUBLIC PARTICIPATION'],
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'PLANNING'],
    ]);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['A resident asked about the footpath.']);
  });
});

describe('questions headed in capitals under question time', () => {
  const minutes =
    '# Eastmoor Police and Crime Panel\n\nMinutes of the meeting held on Thursday 23 January 2025\n\n**1. APOLOGIES**\n\nNone.\n\n**2. QUESTIONS TO THE COMMISSIONER**\n\n' +
    '**QUESTION 1 – CLLR DUNN**\n\nHow many calls were answered within ten seconds?\n\nThe Commissioner responded that 84 per cent had been.\n\n**3. DATE OF NEXT MEETING**\n\nThursday 6 March 2025.\n';

  it('keeps a bold capitals question heading inside its item, the asker named as the text would name them', () => {
    const meeting = firstMeeting(minutes, 'markdown');
    expect(itemsOf(meeting)).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'QUESTIONS TO THE COMMISSIONER'],
      ['3', 'DATE OF NEXT MEETING'],
    ]);
    const question = meeting.items[1].paragraphs.map((paragraph) => [paragraph.number, paragraph.speaker]);
    expect(question).toEqual([
      ['Question 1', 'Cllr Dunn'],
      [null, 'The Commissioner'],
    ]);
  });
});

describe('unnumbered questions from one member to another over numbered paragraphs', () => {
  const minutes =
    'WESTMARCH COUNTY COUNCIL\n\nMinutes of the meeting of the County Council held at County Hall on Thursday 13 March 2025\n\nPresent: Cllr Ann Tully (Chairman), Cllr Rob Fenn, Cllr Joy Marsh\n\n' +
    '**12. QUESTIONS FROM MEMBERS**\n\n12.1  Three questions had been received.\n\n**Question from Cllr Joy Marsh to Cllr Rob Fenn (Cabinet Member for Waste and Parks)**\n\n' +
    '12.2  When will the garden waste permits go on sale?\n\n12.3  Cllr Fenn replied that they would go on sale on 1 April.\n\n' +
    '**Question from Mr Paul Ewart to Cllr Rob Fenn (Cabinet Member for Waste,\nRecycling and Parks)**\n\n12.4  Will the tip at Eastgate open on Sundays?\n\n12.5  Cllr Fenn replied that it would from May.\n\n' +
    '**Question from Cllr Ann Tully to Cllr Rob Fenn**\n\n12.6  Cllr Tully asked when the Eastgate bring bank would be emptied.\n\n' +
    '**13. DATE OF NEXT MEETING**\n\n13.1  Thursday 15 May 2025.\n';

  it('keeps each question heading (the asked member’s office in brackets) inside its item, not an item of its own, as printed to PDF', () => {
    expect(itemsOf(firstMeeting(minutes, 'pdf'))).toEqual([
      ['12', 'QUESTIONS FROM MEMBERS'],
      ['13', 'DATE OF NEXT MEETING'],
    ]);
  });

  it('gives the numbered paragraph under a heading, even one wrapped inside its bold, to the asker, named as the question names them', () => {
    const speakers = firstMeeting(minutes, 'markdown').items[0].paragraphs.map((paragraph) => [paragraph.number, paragraph.speaker]);
    expect(speakers).toEqual([
      ['12.1', null],
      ['12.2', 'Cllr Joy Marsh'],
      ['12.3', 'Cllr Fenn'],
      ['12.4', 'Mr Paul Ewart'],
      ['12.5', 'Cllr Fenn'],
      ['12.6', 'Cllr Tully'],
    ]);
  });
});

const TITLES = ['Apologies for Absence', 'Budget Monitoring Report', 'Highways and Street Lighting'];

const TEXTS = [
  'The Clerk reported that apologies had been received from Cllr Jones.',
  'The Finance Officer presented the report on the second quarter.\nRESOLVED that the report be noted.',
  'Members discussed the faulty lamp on Church Lane and agreed to report it.',
];

function itemsHeadedBy(heading: (position: number, title: string) => string): string[] {
  const text =
    'BRAMLEY PARISH COUNCIL\nMinutes of the meeting of Bramley Parish Council held on Tuesday 9 January 2024 at 7.30pm in the Village Hall\n\n' +
    'Present: Cllr A Jones (Chairman), Cllr B Smith, Cllr C Patel\n\n' +
    TITLES.map((title, index) => `${heading(index + 1, title)}\n${TEXTS[index]}\n`).join('\n');
  const parsed = parseMinutes({ text, format: 'text', file: 'bramley.txt', documentId: 'bramley' });
  return parsed.meetings.flatMap((meeting) => meeting.items.map((item) => `${item.number} ${item.title}`));
}

describe('item numbering forms', () => {
  it.each([
    ['Agenda Item 1: Title', (n: number, title: string) => `Agenda Item ${n}: ${title}`, ['1', '2', '3']],
    ['No. 41 Title', (n: number, title: string) => `No. ${n + 40} ${title}`, ['41', '42', '43']],
    ['A. Title (lettered in order)', (n: number, title: string) => `${'ABC'[n - 1]}. ${title}`, ['A', 'B', 'C']],
    ['C41/24 Title', (n: number, title: string) => `C${n + 40}/24 ${title}`, ['C41/24', 'C42/24', 'C43/24']],
    ['I. Title (Roman numerals)', (n: number, title: string) => `${['I', 'II', 'III'][n - 1]}. ${title}`, ['I', 'II', 'III']],
    ['Minute 24.031 Title (a year and a three-digit minute)', (n: number, title: string) => `Minute 24.0${n + 30} ${title}`, ['24.031', '24.032', '24.033']],
    ['FGP 45   TITLE (a committee code, a space, the number)', (n: number, title: string) => `FGP ${n + 44}   ${title.toUpperCase()}`, ['FGP 45', 'FGP 46', 'FGP 47']],
    ['ARTICLE 1: Title (a town meeting warrant)', (n: number, title: string) => `ARTICLE ${n}: ${title}`, ['1', '2', '3']],
  ])('reads items numbered %s', (_form, heading, numbers) => {
    expect(itemsHeadedBy(heading).map((item) => item.toLowerCase())).toEqual(TITLES.map((title, index) => `${numbers[index]} ${title}`.toLowerCase()));
  });

  it('reads no item number from a year a hard wrap set on a line of its own under a full line that ends no sentence', () => {
    const text = [
      'Annual Meeting, Kestrel Vale Burial Joint Committee - Friday, 13th June, 2025 10.00 am',
      '',
      '1.',
      '',
      'Chairman',
      '',
      'To elect a Chairman of the Joint Committee for the coming municipal year',
      '2025/26.',
      '',
      'It was moved by Councillor Ffion Pryce and seconded by Councillor Rhodri',
      'Tudor that Councillor Gwen Ellis be elected as Chairman of the Joint',
      'Committee for the coming year and the motion was carried unanimously.',
      '',
      '2.',
      '',
      'Minutes of Previous Meeting',
      '',
      'The minutes of the meeting held on 14 March 2025 were approved as a',
      'correct record and signed by the Chairman after a short discussion of',
      'the wording of the minute on the repairs to the chapel roof and gates.',
      '',
      '3.',
      '',
      'Outturn Report',
      '',
      'The Treasurer presented the outturn for the year, which showed a small',
      'surplus on the cremation fees that would be carried to the reserves of',
      'the Joint Committee as the budget had set out in the previous February.',
    ].join('\n');
    const [meeting] = parseMinutes({ text, format: 'text', file: 'kestrel.txt', documentId: 'kestrel' }).meetings;
    expect(meeting.items.map((item) => `${item.number} ${item.title}`)).toEqual(['1 Chairman', '2 Minutes of Previous Meeting', '3 Outturn Report']);
    expect(meeting.items[0].paragraphs[0].text).toBe('To elect a Chairman of the Joint Committee for the coming municipal year 2025/26.');
  });

  it('reads no item number from the end of a sentence wrapped onto a line of its own (a year after "for"), above a number alone', () => {
    const text = [
      'Harrowfield Police and Crime Panel - Tuesday, 6th February, 2018 2.00 pm',
      '',
      '43.',
      '',
      'Proposed Police Precept 2018/19',
      '',
      'The Commissioner presented his proposal for the precept.',
      'RESOLVED that the Panel supports the proposed precept of £201.47 for a Band D property for',
      '2018/19.',
      '',
      '44.',
      '',
      'Complaints against the Commissioner',
      '',
      'The Scrutiny Officer reported that no complaint had been upheld.',
    ].join('\n');
    const [meeting] = parseMinutes({ text, format: 'pdf', file: 'panel.pdf', documentId: 'panel' }).meetings;
    expect(meeting.items.map((item) => `${item.number} ${item.title}`)).toEqual(['43 Proposed Police Precept 2018/19', '44 Complaints against the Commissioner']);
    expect(meeting.items[0].decisions).toEqual(['RESOLVED that the Panel supports the proposed precept of £201.47 for a Band D property for 2018/19.']);
  });

  it('reads no item number from a sentence or date that starts with a short word and a number', () => {
    const items = itemsHeadedBy((n, title) => `${n}. ${title}\n\nOn 5 March the Clerk met the contractor on site.\n\nMAY 2024\nPART 2 of the report was noted.`);
    expect(items).toEqual(TITLES.map((title, index) => `${index + 1} ${title}`));
  });
});

describe('titles in capitals on lines of their own', () => {
  // Each paragraph on one line, as a word processor saves minutes as text: no line of it is wrapped.
  const OPENING = [
    'President Ruth Anders called the meeting to order at 7:00 p.m. in the Board Room of the Village Hall.',
    'Present: President Ruth Anders, Trustees Ian Moss, Carla Diaz, Ben Okoro and Tessa Lind, and the Village Clerk.',
    'The Village Clerk read the notice of the meeting, which had been posted at the Village Hall on May 1, 2025.',
    'President Anders welcomed Trustee Lind to her first meeting of the Board since her election in April.',
  ].join('\n');
  const titlesOf = (agenda: string) =>
    parseMinutes({
      text: `VILLAGE OF ELM CROSSING\nBOARD OF TRUSTEES\nREGULAR MEETING MINUTES\nTuesday, May 6, 2025\nCALL TO ORDER\n${OPENING}\n${agenda}`,
      format: 'text',
      file: 'minutes.txt',
      documentId: 'minutes',
    }).meetings[0].items.map((item) => item.title);

  it('reads two titles in capitals, one under the other, as two headings where the lines are not wrapped', () => {
    const agenda = 'PLEDGE OF ALLEGIANCE\nAPPROVAL OF MINUTES\nTrustee Moss moved to approve the minutes of April 15, 2025. Motion carried 5-0.\nADJOURNMENT\nThe meeting was adjourned at 7:40 p.m.\n';
    expect(titlesOf(agenda)).toEqual(['CALL TO ORDER', 'PLEDGE OF ALLEGIANCE', 'APPROVAL OF MINUTES', 'ADJOURNMENT']);
  });

  it('carries a title on where its line ends on a word that leads on, or the next starts with one', () => {
    const agenda = 'REPORT OF THE\nVILLAGE ADMINISTRATOR\nThe Administrator reported on the water main.\nREPORT OF THE TREASURER\nAND FINANCE DIRECTOR\nThe Treasurer presented the warrant list.\nADJOURNMENT\nThe meeting was adjourned at 7:40 p.m.\n';
    expect(titlesOf(agenda)).toEqual(['CALL TO ORDER', 'REPORT OF THE VILLAGE ADMINISTRATOR', 'REPORT OF THE TREASURER AND FINANCE DIRECTOR', 'ADJOURNMENT']);
  });
});

describe('Title Case where capitals were', () => {
  it('reads unnumbered Title Case sections over numbered matters as items, as it does capitals', () => {
    const text = `CITY OF LARK BAY\nMinutes of the Regular Meeting of the City Council\nMonday, March 3, 2025\n\nRoll Call\nPresent: Councilmembers Ames, Byrd and Cole\n\nPledge of Allegiance\nCouncilmember Ames led the Pledge of Allegiance.\n\nPublic Comments\nRosa Lind asked for a crossing outside the library.\n\nPublic Hearings\n1. Appeal of a Fence Permit at 40 Bay Road\nThe Planning Director presented the staff report.\n\n2. Zoning Text Amendment for Home Studios\nThe Council adopted the amendment.\n\nAdjournment\nMayor Dunn adjourned the meeting at 7:10 p.m.\n`;
    expect(firstMeeting(text).items.map((item) => [item.number, item.title])).toEqual([
      [null, 'Pledge of Allegiance'],
      [null, 'Public Comments'],
      [null, 'Public Hearings'],
      ['1', 'Appeal of a Fence Permit at 40 Bay Road'],
      ['2', 'Zoning Text Amendment for Home Studios'],
      [null, 'Adjournment'],
    ]);
  });

  it('takes a Title Case title with a year in it, but not a line giving a date', () => {
    const text = `HOLME BOROUGH COUNCIL\nMinutes of the Environment Committee held on 3 March 2025\n\n(1) Apologies for Absence\nNone.\n\n(2) Air Quality Action Plan 2025-2030\nThe plan was approved.\n\n(3) Allotment Rents 2025/26\nThe rents were held.\n`;
    expect(firstMeeting(text).items.map((item) => item.title)).toEqual(['Apologies for Absence', 'Air Quality Action Plan 2025-2030', 'Allotment Rents 2025/26']);
  });

  it('joins a title left hanging on a word like "on" to the line under it', () => {
    const text = `RAMGARH NAGAR PALIKA PARISHAD\nMinutes of the Ordinary Meeting held on 18th January, 2024\n\nSubject No. 1: Confirmation of the proceedings of the meeting held on\n21st December, 2023.\nThe proceedings were read out and confirmed.\n\nSubject No. 2: Street lights on Station Road.\nThe Junior Engineer reported that the poles had been ordered.\n`;
    expect(firstMeeting(text).items.map((item) => item.title)).toEqual([
      'Confirmation of the proceedings of the meeting held on 21st December, 2023',
      'Street lights on Station Road',
    ]);
  });

  it('joins a long title wrapped under a hanging indent, in Title Case as in capitals', () => {
    const text = `HOLME BOROUGH COUNCIL\nMinutes of the Planning Committee held on 3 March 2025\n\nPL/25/011   25/00412/FUL - Erection of Twelve Dwellings with Access from Mill\n            Lane, Land South of the Old Forge, Holme St Mary\n            The Planning Officer presented the application and said that the\n            highway authority had raised no objection.\n\nPL/25/012   Appeals\n            None were reported.\n`;
    const [first] = firstMeeting(text).items;
    expect(first.title).toBe('25/00412/FUL - Erection of Twelve Dwellings with Access from Mill Lane, Land South of the Old Forge, Holme St Mary');
    expect(first.paragraphs[0].text).toBe('The Planning Officer presented the application and said that the highway authority had raised no objection.');
  });
});

describe('titles carried on by a hard wrap', () => {
  // Wrapped at 70 characters, as a text export or pdftotext prints it.
  const text = [
    'HARBOURSIDE CITY COUNCIL',
    'Minutes of the regular meeting held on Tuesday 4 March 2025',
    '',
    '1. Development Application DA 2025/031 – Two-Storey Dwelling, 14 Quay',
    'Road, Harbourside',
    'The Director of Planning outlined the application and the nine',
    'submissions received, most of them about overlooking of the houses on',
    'the lane behind and the loss of the harbour view from the public path.',
    'Councillor Abara asked whether the height had been reduced. The',
    'Director said that the roof had been lowered by half a metre since the',
    'application was first lodged and that no further change was proposed.',
    '',
    '2. Resolution No. 2025-14 Establishing a Residential Parking Permit',
    'Scheme for the Harbour District (Stage Two)',
    'The City Manager explained that the scheme would be reviewed after',
    'twelve months and that permits would cost thirty dollars for each car.',
    '',
    '3. Quarterly Budget Review',
    'Key Decision',
    'The Treasurer presented the review, which showed a small surplus.',
  ].join('\n');

  it('joins a full title line to the short line of capitalised words the wrap carried on', () => {
    expect(firstMeeting(text).items.map((item) => item.title)).toEqual([
      'Development Application DA 2025/031 – Two-Storey Dwelling, 14 Quay Road, Harbourside',
      'Resolution No. 2025-14 Establishing a Residential Parking Permit Scheme for the Harbour District (Stage Two)',
      'Quarterly Budget Review',
    ]);
  });

  it("measures how long the wrap lets a line be by the run of full lines' lengths, not by a longer table row", () => {
    const row = 'Mr Tom Ashby       Senior Transport Officer (Harbourside), Roads Department';
    expect(wrapOf(text.split('\n'))).toEqual({ width: 70, limit: 70 });
    expect(wrapOf([...text.split('\n'), row])).toEqual({ width: 70, limit: 70 });
  });
});

describe('questions lettered Q and A', () => {
  it('reads a "Q." line cut short by the wrap as a question, not an item lettered Q', () => {
    const text = `OAKWELL LEARNING TRUST\nMinutes of the Board of Trustees held on 12 September 2023\n\nMinute 23/24-03 CEO report\nThe CEO presented his report.\nQ. Trustees asked how the trust would pay for the new boiler at\nthe Eastgate site.\nA. The CFO said the cost would come from the capital grant.\n\nMinute 23/24-04 Risk register\nThe risk register was approved.\n`;
    expect(firstMeeting(text).items.map((item) => item.number)).toEqual(['23/24-03', '23/24-04']);
  });
});

describe('an official report published with no blank lines', () => {
  it('reads its Title Case headings after a bracketed note and after "On resuming—"', () => {
    const text = `Rural Affairs Committee\nWednesday 9 April 2025\nCONVENER\n*Ailsa Gunn (Orkney) (SNP)\nCOMMITTEE MEMBERS\n*Rory Baird (Fife) (Lab)\n*Jean Tosh (Lothian) (Con)\n*attended\n[The Convener opened the meeting at 09:30]\nDecision on Taking Business in Private\nThe Convener (Ailsa Gunn): Good morning. Do members agree to take item 3 in private?\nMembers indicated agreement.\nFerry Services Inquiry\nThe Convener: We now take evidence on ferry services from the island councils.\nRory Baird (Fife) (Lab): How many sailings were cancelled last winter?\n09:58\nMeeting suspended.\n10:04\nOn resuming—\nSubordinate Legislation\nThe Convener: No motion to annul the instrument has been lodged. Are members content?\nMembers indicated agreement.\n`;
    expect(firstMeeting(text).items.map((item) => item.title)).toEqual(['Decision on Taking Business in Private', 'Ferry Services Inquiry', 'Subordinate Legislation']);
  });
});

describe('a numbered title run on after a dash into its text, which names a speaker', () => {
  it('heads an item, the speaker after the dash no body reporting as a paragraph would be', () => {
    const minutes =
      'Minutes of the Meeting of Oakhurst Parish Council held on Monday 3rd June 2024 at 7pm\n\nPresent: Cllr A Frost (Chairman), Cllr B Lyle\n\n' +
      '41. Finance – The Clerk presented the accounts for April and May, which were\nnoted by the council.\n' +
      '42. Playground – Cllr Lyle reported that the new swings had been installed and\nwere in use.\n';
    expect(itemsOf(firstMeeting(minutes)).map(([number]) => number)).toEqual(['41', '42']);
  });
});

describe("an item number marked with a note's asterisk", () => {
  it('reads "*212 Petitions" as item 212, as it reads "212 Petitions"', () => {
    const text = 'Cabinet\n\nMinutes of the meeting held on 11 February 2026\n\nPresent:- Councillors Abbot (Chair), Rowe and Vine\n\n*211 Minutes\n\nRESOLVED that the minutes of the meeting held on 14 January 2026 be signed as a correct record.\n\n*212 Petitions\n\nThere was no petition received.\n\n213 Library Opening Hours\n\nThe Cabinet considered the Report of the Head of Communities.\n';
    const meeting = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0];
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['211', 'Minutes'],
      ['212', 'Petitions'],
      ['213', 'Library Opening Hours'],
    ]);
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
    const titles = (first: number) => parseText(header + items(first)).meetings[0].items.map((item) => [item.number, item.title]);
    expect(titles(1)).toEqual([['1', 'Welcome'], ['2', 'Apologies'], ['3', 'Police matters'], ['4', 'Footpaths']]);
    expect(titles(41)).toEqual([['41', 'Welcome'], ['42', 'Apologies'], ['43', 'Police matters'], ['44', 'Footpaths']]);
  });

  it('reads an item\'s "Apologies:" as the item\'s, not as a label of the header', () => {
    const meeting = parseText(header + items(1)).meetings[0];
    expect(meeting.attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Cllr Dai Price', 'apologies'],
      ['Cllr Eira Hughes', 'apologies'],
    ]);
  });

  it('ends the header\'s list where its prose starts, its comma left behind', () => {
    const minutes = `${header}Present : Anna Rees, Bryn Lloyd, Carys Morgan, Although attending the Vice-Chair was unable to chair the meeting, Cllr Morgan offered to chair. ${items(1)}`;
    expect(parseText(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'present').map(({ name }) => name)).toEqual(['Anna Rees', 'Bryn Lloyd', 'Carys Morgan']);
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
    expect(parseText(minutes).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['12', 'APOLOGIES FOR ABSENCE'],
      ['13', 'DECLARATIONS OF INTEREST.'],
      ['14', 'CONFIRMATION OF MINUTES'],
      ['15', 'FOOTPATHS'],
    ]);
  });

  it('reads the apologies after the dash, the plural title before a titled name no one', () => {
    expect(parseText(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'apologies').map(({ name }) => name)).toEqual(['Mrs. D. Price', 'E. Hughes']);
  });

  it('ends a title before a dash where a person\'s report runs on after it, in minutes numbered on without a restart', () => {
    const report = minutes.replace('15. FOOTPATHS The Clerk', '15. Village Hall Committee - Mr D. Frost reported that bookings were up. The Clerk');
    const item = parseText(report).meetings[0].items.find((candidate) => candidate.number === '15')!;
    expect(item.title).toBe('Village Hall Committee');
    expect(item.paragraphs[0]).toMatchObject({ speaker: 'Mr D. Frost' });
  });
});

describe('a minute numbered with its year and the committee\'s letters after it', () => {
  it('numbers its item', () => {
    const minutes =
      'Minutes of the meeting held on 25th November 2019 at 7pm in the Council Chamber, The Old Courthouse, Eastcliff.\n' +
      'Present: Cllr P Rowe (Vice Chairman), Cllr C Abel, Cllr B Hale.\n' +
      '67/19/F&R Apologies\nApologies were received from Cllr M Dunn.\n68/19/F&R Approval of Minutes\nThe minutes were approved and signed.\n69/19/F&R Action List\nThe Action List was noted as completed.\n';
    expect(parseText(minutes).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
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
    expect(parseText(minutes(['14365', '14366', '14367'])).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['14365', 'CHAIRMAN’S ANNOUNCEMENTS'],
      ['14366', 'POLICE MATTERS'],
      ['14367', 'PLANNING'],
    ]);
    expect(parseText(minutes(['1365', '1366', '1367'])).meetings[0].items.map((item) => item.number)).toEqual(['1365', '1366', '1367']);
  });

  it('reads no year as a number', () => {
    expect(parseText(minutes(['2005', '2006', '2007'])).meetings[0].items.map((item) => item.number)).not.toContain('2005');
  });
});

describe('a numbered title in capitals run on into text that opens with a capitalised word', () => {
  it('ends the title where the capitals end, whatever word follows', () => {
    const minutes =
      'MINUTES OF A MEETING OF EASTCLIFF TOWN COUNCIL HELD ON WEDNESDAY 20 SEPTEMBER 2017 AT 7PM\nPRESENT: Cllr A Bee (Mayor) Cllr C Dee Cllr E Eff\n' +
      '58. DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest from members will be taken as and when they arise.\n' +
      '59. UNADOPTED ACCESS ROAD TO THE PLAYING FIELDS Mrs P. Beere asked permission to speak on behalf of the residents.\n' +
      '60. MATTERS ARISING FROM THE MINUTES There were no matters arising from the minutes.\n';
    expect(parseText(minutes).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['58', 'DECLARATIONS OF INTEREST FROM MEMBERS'],
      ['59', 'UNADOPTED ACCESS ROAD TO THE PLAYING FIELDS'],
      ['60', 'MATTERS ARISING FROM THE MINUTES'],
    ]);
  });
});

describe('a numbered paragraph that introduces a list with ":-"', () => {
  it('is a sentence under its item, while a title ending in a colon stays a heading', () => {
    const text =
      'HOLTON HEALTH PARTNERSHIP BOARD\nMinutes of the meeting held on 12 June 2024\n\n\nApologies\n\nNone were received.\n\n\nMinutes of the last meeting\n\n' +
      '21.1     The minutes of the meeting on 9 April 2024 were agreed as a correct record.\n\n' +
      '21.2     The Board was updated on the actions from the meeting on 9 April 2024:-\n\nThe housing group had met twice.\n\n' +
      '21.3     Dr Ruth Okafor, Public Health, updated the Board on the vaccination figures.\n\n\nMatters Arising:-\n\nNone.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      [null, 'Apologies'],
      [null, 'Minutes of the last meeting'],
      [null, 'Matters Arising'],
    ]);
  });
});

describe('a date line whose month has a comma after it', () => {
  it('is the meeting\'s date, not item 19', () => {
    const minutes =
      'Shire of Tarrawong\n\n19 November, 2014 – Ordinary Meeting of Council – Minutes\n\n1. DECLARATION OF OPENING\nThe President declared the meeting open at 5.30 pm.\n\n2. APOLOGIES\nNil\n\n3. PUBLIC QUESTION TIME\nNil\n';
    const meeting = firstMeeting(minutes);
    expect(meeting.date).toBe('2014-11-19');
    expect(itemsOf(meeting)).toEqual([
      ['1', 'DECLARATION OF OPENING'],
      ['2', 'APOLOGIES'],
      ['3', 'PUBLIC QUESTION TIME'],
    ]);
  });
});

describe("a document's file name, dated in figures with spaces, above the minutes", () => {
  it('is no item 6 and no body; the minutes under it keep their date, members and items', () => {
    const minutes =
      '06 10 2020 Council Minutes\nWednesday, June 10, 2020\nThe Township of Larchmere\nCouncil Meeting Minutes\nElectronic Meeting\n' +
      'Present: Mayor Ada Quinn\nDeputy Mayor Ross Hale\nCouncillor Ian Vale\n9:01 a.m.\n' +
      '1. Call to Order - Moment of Reflection:\nMayor Quinn called the meeting to order followed by a moment of reflection.\n' +
      '2. Adoption of Agenda:\nMoved by Hale, Seconded by Vale\nBe it resolved that the agenda be received and adopted.\nCarried.\n' +
      '3. Disclosure of Pecuniary Interest:\nNone declared.\n';
    const meeting = firstMeeting(minutes);
    expect(meeting.date).toBe('2020-06-10');
    expect(meeting.body ?? '').not.toMatch(/^06/);
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Mayor Ada Quinn', 'Deputy Mayor Ross Hale', 'Councillor Ian Vale']);
    expect(itemsOf(meeting).map(([number]) => number)).toEqual(['1', '2', '3']);
  });
});

describe('lists inside a minute, never items', () => {
  it('keeps the lettered parts of a resolution under "Resolved: That" as its paragraphs', () => {
    const meeting = firstMeeting(
      [
        'Minutes of the Tenancy Review Committee Meeting',
        '',
        'Tuesday 14 May 2024',
        '',
        'Attendees:  Councillors Hale, Ormsby and Quill',
        '',
        'The Committee discussed the repairs backlog at length.',
        '',
        'Resolved: That',
        '',
        'a)  Cabinet Members attend Committee meetings to present their action plans; and',
        '',
        'b)  The Committee meet quarterly to monitor the plan.',
      ].join('\n'),
    );
    expect(itemsOf(meeting)).toEqual([[null, 'Minutes']]);
  });

  it('keeps a numbered list of conditions whole when one condition is a long sentence no heading fits', () => {
    const meeting = firstMeeting(
      [
        'To consider the above planning application.',
        'Minutes:',
        'The Committee considered a report regarding the application.',
        'RESOLVED – That the application be APPROVED subject to the following conditions:',
        '1. Standard Time',
        '2. Approved Plans',
        '3. Hours of working 08:00 – 18:00 Mon to Fri, 09:00 – 13:00 Sat, no working on Sundays or Bank Holidays',
        '4. Landscaping scheme to be submitted',
      ].join('\n'),
    );
    expect(meeting.items.map((item) => item.title)).toEqual(['Minutes']);
    expect(paragraphsOf(meeting).at(-1)?.text).toBe('Landscaping scheme to be submitted');
  });
});

describe("a Word table's rows copied with a slash between the cells, the minute's number in the first", () => {
  it('reads "2. / Title" as minute 2, its slash no part of the title, the last column\'s heading run onto the first row aside', () => {
    const text = [
      'Minute of the Finance Committee meeting held at 2pm on Tuesday 4 March 2025 in Room 3, Kelvin House.',
      'Present: Ms A Hale (chair), Mr B Rowe',
      'ACTION1. / Apologies',
      'No apologies were received.',
      '2. / Declaration of Members’ Interests',
      'No interests were recorded.',
      '3. / Minute of previous meeting',
      'The minute of the meeting held on 2 December 2024 was agreed.',
      '4. / Matters Arising',
      'The Clerk to update the action list. / Clerk',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect(itemsOf(meeting)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Declaration of Members’ Interests'],
      ['3', 'Minute of previous meeting'],
      ['4', 'Matters Arising'],
    ]);
    expect(meeting.items[1].paragraphs[0].text).toBe('No interests were recorded.');
  });
});

describe('a table of payments with an "Item" column', () => {
  const minutes =
    ASHBY_MAGNA_HEADER +
    '1. **To approve payments to be made**\n\n' +
    'Date\tItem\tChq/DD\tNet\tVAT\tGross\n\n' +
    '02/05/2025\tVillage hall, room hire April 2025\tChq\t28.00\t0.00\t28.00\n\n' +
    '14/05/2025\tGreenway Grounds, verge cutting May 2025\tChq\t140.00\t28.00\t168.00\n\n' +
    '30/05/2025\tClerk, expenses May 2025\tChq\t41.50\t3.10\t44.60\n\n' +
    'Cllr Hale proposed: Cllr Rowe seconded: **Carried**.\n\n' +
    '2. **Correspondence received**\n\nA letter from the county council about gritting routes.\n';

  it('keeps its rows as the item’s paragraphs: what was paid for is no agenda item', () => {
    expect(itemsOf(firstMeeting(minutes, 'markdown'))).toEqual([
      ['1', 'To approve payments to be made'],
      ['2', 'Correspondence received'],
    ]);
  });
});

describe('a letterhead above minutes numbered in slashes, and numbers whose last part is the year', () => {
  it('reads a house number over short address lines ending in a postcode as the address, not the first item', () => {
    const text = `Clerk to the Council: Mrs Ann Pell Tel: 01234 555123\n\n7 Orchard Row\n\nPound Lane\n\nLower Ashby, Kent TN9 2QX\n\nMinutes of the meeting held on Monday 3 March 2025, at Lower Ashby Village Hall.\n\nAttendance: Cllrs Ruth Vane (chairman), Colin Dray, Ann Hurst.\n\n25/011 Apologies for Absence\nNone.\n25/012 Minutes\nApproved.\n25/013 Planning\nNo applications.\n`;
    const meeting = firstMeeting(text);
    expect(itemsOf(meeting).map(([number]) => number)).toEqual(['25/011', '25/012', '25/013']);
    expect(peopleOf(meeting)).toContainEqual(['Mrs Ann Pell', 'Clerk to the Council', 'in attendance']);
    expect(peopleOf(meeting)).toContainEqual(['Cllr Colin Dray', null, 'present']);
  });

  it('keeps a numbered item whose own title ends in a postcode', () => {
    const text = `${HOLT_HEADER}3 Planning Applications\nThe committee considered two applications.\n\n4 Flat 2, 9 Quay Street, Holt HT1 4AB\nThe application was approved.\n\n5 Close\nThe meeting closed.\n`;
    expect(itemsOf(firstMeeting(text)).map(([number]) => number)).toEqual(['3', '4', '5']);
  });

  it('orders "C/141/2024" and "C/142/2024" by the minute, the year the same in both', () => {
    const text = `${HOLT_HEADER}C/141/2024 APOLOGIES\nNone.\n\nC/142/2024 ACTION SHEET\nNoted.\n`;
    expect(itemsOf(firstMeeting(text)).map(([number]) => number)).toEqual(['C/141/2024', 'C/142/2024']);
  });

  it('leaves a planning subject with a comma in the text that runs on after it, but splits an agenda title of twelve words', () => {
    const text = `${HOLT_HEADER}1. Planning\nP/25/0211 Change of use of barn to holiday let, Crabtree Farm: Cllr Dent said the access was narrow.\n2. Declaration of Interest and Notification of changes to the Register of Interest: None were declared.\n3. Close: The meeting closed at 9pm.\n`;
    const meeting = firstMeeting(text);
    expect(itemsOf(meeting)).toEqual([
      ['1', 'Planning'],
      ['2', 'Declaration of Interest and Notification of changes to the Register of Interest'],
      ['3', 'Close'],
    ]);
    expect(paragraphsOf(meeting).map(({ text: paragraph }) => paragraph)).toContain('P/25/0211 Change of use of barn to holiday let, Crabtree Farm: Cllr Dent said the access was narrow.');
  });
});
