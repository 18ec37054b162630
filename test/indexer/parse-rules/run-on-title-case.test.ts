// Parish minutes whose numbered titles run straight on into their text, with no colon or line break between (a web
// page's copy of a word processor's numbered headings): the title is in capitalised words, the text a sentence.
import { parseMinutes } from '../../../indexer/parse';
import { splitTitleCaseRunOn } from '../../../indexer/parse/items/run-on-title-case';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0];

describe('splitTitleCaseRunOn', () => {
  it.each([
    ['14/25 To Receive Apologies for Absence Apologies were received from Cllr Ada Rix (holiday).', '14/25 To Receive Apologies for Absence', 'Apologies were received from Cllr Ada Rix (holiday).'],
    ['15/25 Declarations of Interest on Agenda Items There were none.', '15/25 Declarations of Interest on Agenda Items', 'There were none.'],
    ['16/25 Minutes of the Meeting on 4 March 2025 The minutes were agreed as a true record.', '16/25 Minutes of the Meeting on 4 March 2025', 'The minutes were agreed as a true record.'],
    ['17/25 Bus Shelter Repairs The Parish Clerk reported that two panes had been replaced.', '17/25 Bus Shelter Repairs', 'The Parish Clerk reported that two panes had been replaced.'],
    ['18/25 Appointment of Internal Auditor 2025/26 Cllr Ben Ola proposed that the same auditor be used.', '18/25 Appointment of Internal Auditor 2025/26', 'Cllr Ben Ola proposed that the same auditor be used.'],
    ['3. **Apologies for Absence.** There were no apologies.', '3. **Apologies for Absence.**', 'There were no apologies.'],
    ['19/25 Website Access for the Chair/Vice Chair The Chair advised that both should have access.', '19/25 Website Access for the Chair/Vice Chair', 'The Chair advised that both should have access.'],
    ['31/25 To receive apologies for absence Apologies were received from Cllr Ada Rix.', '31/25 To receive apologies for absence', 'Apologies were received from Cllr Ada Rix.'],
    ['32/25 To approve the Minutes of the Ordinary Meeting 4 March 2025 The minutes were agreed as a true record.', '32/25 To approve the Minutes of the Ordinary Meeting 4 March 2025', 'The minutes were agreed as a true record.'],
    ['33/25 To receive declarations of interest on any item Cllr Ben Ola declared an interest in item 9.', '33/25 To receive declarations of interest on any item', 'Cllr Ben Ola declared an interest in item 9.'],
    ['2. To receive declarations of interest on agenda items The Parish Councillors confirmed they had none.', '2. To receive declarations of interest on agenda items', 'The Parish Councillors confirmed they had none.'],
    ['2. Apologies for Absence Apologies for absence were received from Cllr Ada Rix.', '2. Apologies for Absence', 'Apologies for absence were received from Cllr Ada Rix.'],
    ['7. Election of Officers 2025/26 Election to each office was unanimous.', '7. Election of Officers 2025/26', 'Election to each office was unanimous.'],
  ])('parts "%s" into its title and its text', (line, title, text) => {
    expect(splitTitleCaseRunOn(line)).toEqual([title, text]);
  });

  it.each([
    ['3. The Clerk reported that the grass had been cut.', 'a numbered paragraph that opens with its subject'],
    ['5. Highways Issues were raised about the potholes in Mill Lane.', 'capitalised words the sentence does not repeat from a title'],
    ['12 March 2025 The meeting was held in the pavilion.', 'a date'],
    ['20/25 Urgent items as agreed by the Chairman The post office would close.', 'a title in sentence case'],
    ['21/25 Reports from Cllr Ann Day and Cllr Tom Lee, if in attendance Cllr Day said little.', 'a title ending on a small word or a comma'],
    ['4.2 Budget Monitoring The Treasurer reported an underspend.', 'a paragraph numbered within an item'],
    ['8. Planning. Applications. None The Clerk had no update.', 'sentences before the text'],
    ["5. To note Cllr Day's report on the footpaths and stiles", 'a sentence-case title naming a councillor before no verb'],
    ['6. To consider PCSO match-funding scheme for the parish', 'a sentence-case title holding a capitalised word'],
    ['7. To receive an update from Cllr Ola regarding the footpaths', 'a sentence-case title ending on a small word'],
    ['7. That Mr Walter J. Penrose be elected trustee in place of Mr Dunstan.', "a resolution's 'That' before a titled name"],
  ])('leaves "%s" whole (%s)', (line) => {
    expect(splitTitleCaseRunOn(line)).toBeNull();
  });
});

describe('minutes whose numbered titles run on into their text', () => {
  it('reads each numbered line as an item, its title apart from its first paragraph', () => {
    const meeting = parse(
      [
        'ASHWELL MARSH PARISH COUNCIL',
        'Minutes of the Ordinary Meeting held on Wednesday 9 April 2025 at 7.00pm in the Village Hall',
        '',
        'Present: Cllr Ruth Hale (Chair), Cllr Ben Ola, Cllr Ada Rix',
        '',
        '14/25 To Receive Apologies for Absence Apologies were received from Cllr Tom Day (work).',
        '',
        '15/25 Declarations of Interest on Agenda Items There were none.',
        '',
        '16/25 Bus Shelter Repairs The Parish Clerk reported that two panes had been replaced at a cost of £180.',
        '',
        'Cllr Ben Ola proposed that the cost be approved, seconded by Cllr Ada Rix, all agreed.',
        '',
        '17/25 Date of the Next Meeting It was agreed to meet on Wednesday 14 May 2025.',
      ].join('\n'),
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['14/25', 'To Receive Apologies for Absence'],
      ['15/25', 'Declarations of Interest on Agenda Items'],
      ['16/25', 'Bus Shelter Repairs'],
      ['17/25', 'Date of the Next Meeting'],
    ]);
    expect(meeting.items[2].paragraphs[0].text).toMatch(/^The Parish Clerk reported that two panes/);
    expect(meeting.items[2].paragraphs[0].speaker).toBe('The Parish Clerk');
  });
});

describe('a numbered line run on for pages (a whole document flattened onto one line)', () => {
  it('parts the title from its text near the line\'s start and carries the rest of the line over whole', () => {
    const rest = ' The Clerk reported that the bench had been repaired.'.repeat(60);
    const line = `12/24 Play Area Inspection The Clerk reported that the annual inspection had found two low risks.${rest}`;
    expect(splitTitleCaseRunOn(line)).toEqual(['12/24 Play Area Inspection', `The Clerk reported that the annual inspection had found two low risks.${rest}`]);
  });
});

describe('a numbered question opening with a member named by their initial', () => {
  it('reads "1.  Cllr A Hale asked …" as a paragraph of Cllr A Hale\'s, not a title "Cllr" run on into "A Hale asked"', () => {
    const text = [
      'Issue - meetings',
      '',
      'Meeting: 14/03/2024 - Council (Item 41)',
      '',
      'Questions',
      '',
      'Members may ask the Mayor or a Cabinet Member any question about a matter for which the Council has powers.',
      '',
      'Minutes:',
      '',
      '1.     Cllr A Hale asked whether the Portfolio Holder would review the parking charges in the town centre, as moved at the budget meeting. Cllr B Dunn agreed to respond.',
      '',
      '2.     Cllr C Dunn referred to the staff survey and asked whether its results would be published.',
    ].join('\n');
    const meeting = parse(text);
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([['41', 'Questions']]);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual([null, 'Cllr A Hale', 'Cllr C Dunn']);
  });
});

describe('minutes numbered after the word "Minute", each title run on into its text', () => {
  it('reads each "Minute no. N – Title Text …" line as an item, its title apart from its first paragraph', () => {
    const meeting = parse(
      [
        'Minutes of the Council Meeting of the Glanrhyd Community Council held on Wednesday 2nd April 2025 at the Institute',
        '',
        'Minute no. 1 – Apologies for Absence Apologies for absence were received from Councillor R Jenkins.',
        '',
        'Minute no. 2 – Declarations of Interest Councillor M Lewis declared an interest in the allotments item.',
        '',
        'Minute no. 3 - Chairman’s Announcements The Chairman reported that he had attended the spring fair.',
      ].join('\n'),
    );
    expect(meeting.items.map((item) => [item.number, item.title, item.paragraphs[0]?.text])).toEqual([
      ['1', 'Apologies for Absence', 'Apologies for absence were received from Councillor R Jenkins.'],
      ['2', 'Declarations of Interest', 'Councillor M Lewis declared an interest in the allotments item.'],
      ['3', 'Chairman’s Announcements', 'The Chairman reported that he had attended the spring fair.'],
    ]);
  });
});
