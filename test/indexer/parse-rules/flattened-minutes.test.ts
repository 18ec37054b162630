// Minutes flattened onto one line, as a document-sharing site or an aggregator copies a PDF's text without its line
// breaks: the parser should read them as it reads the same minutes set out line by line.
import { firstMeeting, itemsOf, paragraphsOf, peopleOf } from '../../helpers/parse-text';
import { capitalsTitleCuts } from '../../../indexer/parse/page/flattened-capital-headings';

describe('items run together on one line', () => {
  it('splits off an item whose title is in sentence case once titles in capitals show the numbers to be the items\'', () => {
    const text =
      'Minutes of the Meeting of Wenmoor Parish Council held on Tuesday 4 March 2025 in Wenmoor Village Hall ' +
      'Present: Cllr Ada Quince (Chair), Cllr Ben Rook, Cllr Cara Snell ' +
      '1. Apologies For Absence Apologies were received from Cllr Dale Tamm. ' +
      '2. Declarations Of Interest None were declared. ' +
      '3. Village Green The grass had been cut twice since the last meeting and the contractor was thanked for the work. ' +
      '4. To approve the accounts for payment It was resolved to pay the invoices for the hall hire and the grass cutting. ' +
      '5. Bus Shelter The glass in the shelter on Mill Lane had been broken again and the Clerk would ask for a quote.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['1', 'Apologies For Absence'],
      ['2', 'Declarations Of Interest'],
      ['3', 'Village Green'],
      ['4', 'To approve the accounts for payment'],
      ['5', 'Bus Shelter'],
    ]);
  });
});

describe('an attendance list run on into minutes numbered by reference', () => {
  const text =
    'Minutes of the Regular Meeting of the Brackwater Library Board held on Monday 3 March 2025 at 6.00 pm ' +
    'Present: Trustees Ann Lee, Bob Hart, Cara Moss, Ms D Penn – Director, Mr E Ross – Press ' +
    'Minutes 25/03/01 – Welcome, Apologies and Introductions The Chair welcomed everyone to the meeting and apologies were received from Trustee Fay Gold. ' +
    '25/03/02 – Minutes of the Previous Meeting The minutes of the meeting held on 3 February 2025 were approved. ' +
    '25/03/03 – Director Report The Director reported that the new shelving had been installed and that the summer reading scheme would start in June.\n';

  it('ends the list at the first minute\'s reference, "Minutes" before it no part of a role', () => {
    expect(peopleOf(firstMeeting(text)).filter(([, , attendance]) => attendance === 'present')).toEqual([
      ['Trustee Ann Lee', null, 'present'],
      ['Trustee Bob Hart', null, 'present'],
      ['Trustee Cara Moss', null, 'present'],
      ['Ms D Penn', 'Director', 'present'],
      ['Mr E Ross', 'Press', 'present'],
    ]);
  });

  it('splits the items at references sharing their prefix', () => {
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['25/03/01', 'Welcome, Apologies and Introductions'],
      ['25/03/02', 'Minutes of the Previous Meeting'],
      ['25/03/03', 'Director Report'],
    ]);
  });
});

describe('minutes numbered through the year run together on one line', () => {
  it('reads "410.13 ANNUAL MEETING" as a minute and its title, not a paragraph numbered within one', () => {
    const text =
      'MINUTES OF THE MEETING OF HOLTBY TOWN COUNCIL HELD ON TUESDAY 4 MARCH 2025 AT 7.00PM ' +
      'PRESENT: Councillors A Lee (Mayor), B Hart, C Moss In attendance: F Gold (Town Clerk) ' +
      '410.12 APOLOGIES Apologies were received from Councillor G Hale. ' +
      '410.13 ANNUAL MEETING The Clerk reported that the annual town meeting would be held on 20 May 2025 in the Town Hall and that all residents would be invited. ' +
      '410.14 FINANCE The accounts for February were approved for payment as listed in the schedule circulated before the meeting. ' +
      '410.15 PLAYING FIELDS The Clerk reported that the new swings had been installed and that the safety surface would be laid in April.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['410.12', 'APOLOGIES'],
      ['410.13', 'ANNUAL MEETING'],
      ['410.14', 'FINANCE'],
      ['410.15', 'PLAYING FIELDS'],
    ]);
  });
});

describe('a flattened header whose labels have no colon', () => {
  it('reads "ATTENDANCE Crs …" and "OFFICERS PRESENT Mr …" in capitals as labels, each list ending where the next label or the minutes start', () => {
    const text =
      'MINUTES OF THE ORDINARY MEETING OF BARRAGONG SHIRE COUNCIL HELD AT THE COUNCIL CHAMBERS ON TUESDAY 11 MARCH 2025 COMMENCING AT 9.00AM ' +
      'ATTENDANCE Crs A Lee, B Hart, C Moss & D Penn OFFICERS PRESENT Mr E Ross, Chief Executive Officer; Ms F Gold, Director of Works ' +
      'The Mayor declared the meeting open at 9.00am and welcomed all present. APOLOGIES Nil. CONFIRMATION OF MINUTES Moved Cr Hart ' +
      'Seconded Cr Moss That the minutes of the meeting held on 11 February 2025 be confirmed. CARRIED 4/0\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Cr A Lee', null, 'present'],
      ['Cr B Hart', null, 'present'],
      ['Cr C Moss', null, 'present'],
      ['Cr D Penn', null, 'present'],
      ['Mr E Ross', 'Chief Executive Officer', 'in attendance'],
      ['Ms F Gold', 'Director of Works', 'in attendance'],
    ]);
  });

  it('reads "Present Cr …" at a sentence\'s start as the label, a councillor\'s title "Cr" showing the names', () => {
    const text =
      'Page | 1 ORDINARY MEETING CONFIRMED MINUTES 8 APRIL 2025 Present Cr KL Dunn (Mayor), Cr MN Bale (Deputy Mayor), Cr OP Finch, Cr QR Hobbs ' +
      'Cr Dunn reported on the meetings she had attended since the last meeting of the Council and the flood damage to the stock routes. ' +
      'Apologies Nil Confirmation of Minutes Moved by Cr Finch Seconded by Cr Hobbs That the minutes of the meeting held on 11 March 2025 be confirmed. Carried 4/0\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Cr KL Dunn', 'Chair', 'present'],
      ['Cr MN Bale', 'Deputy Mayor', 'present'],
      ['Cr OP Finch', null, 'present'],
      ['Cr QR Hobbs', null, 'present'],
    ]);
  });
});

describe("a flattened header whose lists are numbered by an Irish council's lettered references", () => {
  it('ends each list at the next reference, and reads the label after it ("CMD102/25 OFFICIALS PRESENT …")', () => {
    const text =
      'MINUTES OF MEETING OF MUNICIPAL DISTRICT OF CARRAIG MEETING, HELD ONLINE, ON 8 MARCH, 2025 AT 2:00 P.M. ' +
      'CMD101/25 MEMBERS PRESENT Cllr. Ann Boyle (Cathaoirleach), Cllr. Brian Doherty, Cllr. Cian Gallagher and Cllr. Dara Kelly ' +
      'CMD102/25 OFFICIALS PRESENT Eoin Ward, Director of Service; Fiona Quinn, Area Manager ' +
      'CMD103/25 MATTERS ARISING FROM THE MINUTES There were no matters arising from the Minutes of the previous meeting. ' +
      'CMD104/25 ADOPTION OF MINUTES On the proposal of Cllr. Brian Doherty and seconded by Cllr. Dara Kelly the Minutes were adopted.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Cllr. Ann Boyle', 'Chair', 'present'],
      ['Cllr. Brian Doherty', null, 'present'],
      ['Cllr. Cian Gallagher', null, 'present'],
      ['Cllr. Dara Kelly', null, 'present'],
      ['Eoin Ward', 'Director of Service', 'in attendance'],
      ['Fiona Quinn', 'Area Manager', 'in attendance'],
    ]);
  });

  it('starts a paragraph at each minute of a run of references sharing their letters and year', () => {
    const text =
      'MINUTES OF MEETING OF MUNICIPAL DISTRICT OF CARRAIG MEETING, HELD ONLINE, ON 8 MARCH, 2025 AT 2:00 P.M. ' +
      'CMD101/25 MEMBERS PRESENT Cllr. Ann Boyle (Cathaoirleach), Cllr. Brian Doherty, Cllr. Cian Gallagher and Cllr. Dara Kelly ' +
      'CMD102/25 MATTERS ARISING FROM THE MINUTES There were no matters arising from the Minutes of the previous meeting. ' +
      'CMD103/25 ADOPTION OF MINUTES On the proposal of Cllr. Brian Doherty and seconded by Cllr. Dara Kelly the Minutes were adopted. ' +
      'CMD104/25 ROADS SERVICE The Area Manager presented the roads report and answered questions on the resurfacing programme. ' +
      'CMD105/25 HOUSING SERVICE The Housing Officer reported that eleven new homes at Church Road would be allocated in April.\n';
    expect(paragraphsOf(firstMeeting(text)).map((paragraph) => paragraph.text.slice(0, 9))).toEqual(['CMD102/25', 'CMD103/25', 'CMD104/25', 'CMD105/25']);
  });
});

describe('sections never numbered, run together under titles in capitals', () => {
  const text =
    'MINUTES OF THE REGULAR MEETING OF ASHGROVE COUNTY COUNCIL HELD ON TUESDAY, MARCH 4, 2025 ' +
    'PRESENT: Reeve Mae Olsen, Councillor Tad Price, Councillor Una Reyes STAFF PRESENT: Vic Ames, CAO ' +
    'MEETING CALLED TO ORDER Reeve Olsen called the meeting to order at 9:00 a.m. ' +
    'ADOPTION OF AGENDA Council added the following to the agenda: 6. Roads (b) Culvert on Range Road 4 7. Planning (c) Lot line ' +
    'adjustment 8. General (a) Fair board letter CARRIED UNANIMOUSLY ' +
    'FIRE SERVICES REPORT The Fire Chief reported eleven calls in February. ' +
    'BE IT RESOLVED THAT Council accept the report as information. CARRIED ' +
    'ADJOURNMENT Reeve Olsen adjourned the meeting at 11:15 a.m.\n';

  it('reads each title as an item, the agenda numbers inside a section and the resolution\'s capitals as no items', () => {
    expect(itemsOf(firstMeeting(text))).toEqual([
      [null, 'MEETING CALLED TO ORDER'],
      [null, 'ADOPTION OF AGENDA'],
      [null, 'FIRE SERVICES REPORT'],
      [null, 'ADJOURNMENT'],
    ]);
  });

  it('ends the staff list before the first title, the office\'s initials ("CAO") no part of the title', () => {
    const names = peopleOf(firstMeeting(text)).map(([name]) => name);
    expect(names).toContain('Reeve Mae Olsen');
    expect(names.filter((name) => /MEETING|ORDER/.test(name ?? ''))).toEqual([]);
  });
});

describe('pages run together a line each, opened by their numbers', () => {
  it('drops the page numbers and reads the pages as one text', () => {
    const page1 =
      '1 VILLAGE OF BRINDLE COUNCIL MINUTES May 6, 2025 MEMBERS PRESENT: Mayor Jo Kent Councillors: Al Finch, Bea Gault ' +
      'CALL TO ORDER The meeting was called to order at 7:00 p.m. APPROVAL OF MINUTES Moved by Al Finch Seconded by Bea Gault ' +
      'RESOLVED that the minutes of April 1, 2025 be adopted. CARRIED PUBLIC WORKS REPORT The Foreman reported that the spring ' +
      'sweeping of the streets is complete and that the water tower will be inspected in June.';
    const page2 =
      '2 Council Minutes May 6, 2025 / Page 2 PARKS AND RECREATION The Recreation Director reported that the splash pad opens ' +
      'on the long weekend and that two lifeguards have been hired for the pool. ADJOURNMENT The meeting was adjourned at 8:40 p.m.';
    const meeting = firstMeeting(`${page1}\n\n${page2}\n`);
    expect(meeting.body).toBe('Village of Brindle Council');
    expect(itemsOf(meeting).map(([, title]) => title)).toEqual(['CALL TO ORDER', 'APPROVAL OF MINUTES', 'PUBLIC WORKS REPORT', 'PARKS AND RECREATION', 'ADJOURNMENT']);
  });
});

describe('a decision\'s closing words in capitals inside a flattened line', () => {
  it('reads a run of closing words alone ("RESOLVED That …") as no section title, rather than failing on it', () => {
    const line =
      'FENBY INTERNAL DRAINAGE BOARD At a Meeting of the Board held at the Reading Room on Tuesday the 14th March 2023 PRESENT ' +
      'R Thackeray Esq (Chairman) Mrs P Kingdon. Apologies for absence Apologies were received from Mrs H Rowntree. M.412 ' +
      'Confirmation of Minutes RESOLVED That the Minutes of the Meeting held on the 9th March 2022 be confirmed and signed.';
    expect(() => capitalsTitleCuts(line)).not.toThrow();
  });
});
