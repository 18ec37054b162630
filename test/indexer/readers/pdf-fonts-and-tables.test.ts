// pageTextOf on what a word processor's PDF marks only by its fonts and positions: headings set in bold, a table's
// cells filled to their edge, codes that are no text, a page set in two columns.
import { parseMinutes } from '../../../indexer/parse';
import { pageTextOf, type PdfTextRun } from '../../../indexer/readers/pdf-layout';

/** A run of 10-point text at (x, y) whose width is about half a point size a character, as Helvetica's is. */
const run = (text: string, x: number, y: number, size = 10): PdfTextRun => ({ text, x, y, width: text.length * size * 0.5, size });
const parse = (text: string) => parseMinutes({ text, format: 'pdf', file: 'minutes.pdf', documentId: 'minutes' }).meetings[0];

describe('pageTextOf: bold lines', () => {
  const bold = (text: string, x: number, y: number): PdfTextRun => ({ ...run(text, x, y), bold: true });

  it('marks a line set all in bold as a heading of its own paragraph, and leaves a bold label before plain text as it is', () => {
    const runs = [bold('Allotments', 72, 100), run('The Clerk reported three vacant plots.', 72, 112), bold('Resolved:', 72, 124), run('that the plots be let.', 122, 124)];
    expect(pageTextOf(runs)).toBe('**Allotments**\n\nThe Clerk reported three vacant plots.\nResolved: that the plots be let.');
  });

  it('joins bold lines the page wrapped into one heading, and keeps a number set in the margin with its title', () => {
    const runs = [
      bold('5.', 72, 100),
      bold('Minutes of the meeting of the Joint Highways and Transport', 100, 100),
      bold('Sub-Committee', 100, 112),
      run('The minutes were approved as a correct record.', 72, 124),
      run('Cllr Pike asked when the bus shelter on Mill Lane', 72, 136),
      run('would be repaired; the Clerk said in June.', 72, 148),
    ];
    expect(pageTextOf(runs).split('\n')[0]).toBe('**5. Minutes of the meeting of the Joint Highways and Transport Sub-Committee**');
  });

  /** A bold title broken after its colon, its lines at `x`. */
  const brokenTitle = (x: number) => [bold('Station Review 2025-2030:', x, 100), bold('Findings of the Consultation', x, 112)];
  const JOINED_TITLE = '**Station Review 2025-2030: Findings of the Consultation**';

  it('joins a bold title its writer broke after a colon into one heading, but not a bold label over bold text, nor a numbered heading', () => {
    const text = (runs: PdfTextRun[]) => pageTextOf([...runs, run('The Chief Fire Officer presented the report to the Authority.', 72, 160), run('Members noted the findings.', 72, 172)]);
    expect(text(brokenTitle(72)).split('\n')[0]).toBe(JOINED_TITLE);
    expect(text([bold('RESOLVED:', 72, 100), bold('That the review be adopted.', 72, 112)]).split('\n\n').slice(0, 2)).toEqual(['**RESOLVED:**', '**That the review be adopted.**']);
    expect(text([bold('Budget and Precept 2025/26 -', 72, 100), bold('5. Station Review', 72, 112)]).split('\n\n')[1]).toBe('**5. Station Review**');
  });

  it('joins such a title in a table\'s row drawn cell by cell (its minute number first, wrapped, lower in the row)', () => {
    const [above, numberCell] = [run('Members noted the budget monitoring report for the third quarter.', 100, 70), [run('FA.25.1', 40, 124), run('4', 40, 136)]];
    const cellText = [run('The Chief Fire Officer presented the report to the Authority.', 100, 130), run('Members noted the findings.', 100, 142)];
    expect(pageTextOf([above, ...numberCell, ...brokenTitle(100), ...cellText])).toContain(`\n${JOINED_TITLE}\n`);
  });

  it('marks lines in a larger type as headings ranked by size, over bold lines of the text\'s size', () => {
    const runs = [
      run('Ashcombe Town Council', 72, 80, 16),
      run('1. Minutes of the previous meeting', 72, 100, 13),
      bold('RESOLVED that the minutes be approved.', 72, 114),
      run('2. Accounts for payment', 72, 128, 13),
      ...['The Clerk presented the schedule of payments for May.', 'Cllr Brierley asked about the grounds invoice.', 'The Clerk said it included spring planting.'].map((text, index) => run(text, 72, 142 + index * 12)),
    ];
    expect(pageTextOf(runs).split('\n').filter((line) => /^[#*]/.test(line))).toEqual([
      '# Ashcombe Town Council',
      '## 1. Minutes of the previous meeting',
      '**RESOLVED that the minutes be approved.**',
      '## 2. Accounts for payment',
    ]);
  });

  it('leaves a table row set in bold, and a page set all in bold, unmarked', () => {
    const header = [bold('Name', 72, 100), bold('Role', 250, 100), run('Cllr Ruth Abara', 72, 112), run('Chair', 250, 112), run('Cllr Owen Pike', 72, 124), run('Member', 250, 124)];
    expect(pageTextOf(header)).not.toContain('**');
    expect(pageTextOf([bold('Allotments', 72, 100), bold('The Clerk reported three vacant plots.', 72, 112)])).not.toContain('**');
  });

  it('leaves a bold line standing in a table\'s right-hand column (a header cell wrapped) unmarked, and marks a centred one', () => {
    const body = ['The Chair welcomed everyone to the meeting and', 'thanked the staff for the new booking system.'].map((text, index) => run(text, 72, 136 + index * 12));
    expect(pageTextOf([bold('No.', 72, 100), bold('Item', 120, 100), bold('Discussion and', 220, 100), bold('outcome', 220, 112), ...body])).not.toContain('**');
    expect(pageTextOf([bold('MINUTES', 170, 100), ...body]).split('\n')[0]).toBe('**MINUTES**');
  });
});

describe('pageTextOf: table cells filled to their edge', () => {
  /** A row of cells, each starting where its column does, one word's space after the cell before it when that is full. */
  const row = (y: number, cells: [string, number][]) => cells.map(([text, x]) => run(text, x, y));
  const rows = [
    row(100, [['Councillor Yvette Marchbank', 72], ['Chair', 210], ['Present', 264]]),
    row(112, [['Councillor Graham Illingworth', 62], ['Vice-Chair', 210], ['Present', 264]]),
    row(124, [['Councillor Nasreen Akhtar', 82], ['Member', 210], ['Apologies', 264]]),
  ];

  it('sets cells apart where runs start at one point row after row, however close the cell before ends', () => {
    expect(pageTextOf(rows.flat()).split('\n').map((line) => line.trim().split(/ {2,}/))).toEqual([
      ['Councillor Yvette Marchbank', 'Chair', 'Present'],
      ['Councillor Graham Illingworth', 'Vice-Chair', 'Present'],
      ['Councillor Nasreen Akhtar', 'Member', 'Apologies'],
    ]);
  });

  it('reads such a table as attendees with their roles', () => {
    const header = row(88, [['Name', 120], ['Role', 215], ['Attendance', 266]]);
    const text = ['Minutes of the meeting of the Fire Authority held on Thursday 27 February 2025', '', pageTextOf([...header, ...rows.flat()])].join('\n');
    expect(parse(text).attendees).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Councillor Graham Illingworth', role: 'Vice-Chair', attendance: 'present' }),
        expect.objectContaining({ name: 'Councillor Nasreen Akhtar', attendance: 'apologies' }),
      ]),
    );
  });

  it('joins a line of prose split into runs by one space, where the lines around it are not split at that point', () => {
    // Both split runs start at 247, one word's space after the run before them ends.
    const prose = [
      ...[run('Minutes of the meeting held in the', 72, 100), run('Reading Room on 3 March.', 247, 100)],
      run('The Chair welcomed everyone to the meeting.', 72, 112),
      ...[run('Present: Councillor Ruth Abara and', 72, 124), run('Councillor Owen Pike.', 247, 124)],
    ];
    expect(pageTextOf(prose).split('\n')).toEqual([
      'Minutes of the meeting held in the Reading Room on 3 March.',
      'The Chair welcomed everyone to the meeting.',
      'Present: Councillor Ruth Abara and Councillor Owen Pike.',
    ]);
  });

  it('leaves runs of a fixed-pitch font that line up on its grid joined by their space', () => {
    const typed = [0, 1, 2].map((index) => [{ ...run('Dunholme on', 72, 100 + index * 12), fixedPitch: true }, { ...run('Monday, 3 February.', 132, 100 + index * 12), fixedPitch: true }]);
    expect(pageTextOf(typed.flat()).split('\n')).toEqual(Array(3).fill('Dunholme on Monday, 3 February.'));
  });
});

describe('pageTextOf: a table cell\'s wrapped lines', () => {
  /** A four-column minutes table: number, item, discussion (wrapping in its cell), action; lines 12 points apart. */
  const table = [
    run('1', 72, 100), run('Welcome', 100, 100), run('The Chair welcomed everyone, and', 180, 100),
    run('thanked the staff for the new', 180, 112),
    run('booking system.', 180, 124),
    run('SK to write', 350, 100),
    run('2', 72, 148), run('Finance', 100, 148), run('The payments were approved.', 180, 148), run('RFO to pay', 350, 148),
    run('3', 72, 172), run('Planning', 100, 172), run('No applications.', 180, 172), run('None', 350, 172),
  ];

  it('joins the lines a cell wrapped onto to its row\'s line, and leaves a typewriter\'s lines under a column as they are', () => {
    expect(pageTextOf(table).split('\n')[0].trim().split(/ {2,}/)).toEqual(['1', 'Welcome', 'The Chair welcomed everyone, and thanked the staff for the new booking system.', 'SK to write']);
    const typed = table.map((cell) => ({ ...cell, fixedPitch: true }));
    expect(pageTextOf(typed).split('\n')[1].trim()).toBe('thanked the staff for the new');
  });

  it('leaves names aligned under a label (PRESENT:) on lines of their own', () => {
    const names = [run('PRESENT:', 72, 100), run('Cllr A Smith', 147, 100), run('Cllr B Jones', 147, 112), run('Cllr C Evans', 147, 124)];
    expect(pageTextOf(names).split('\n').map((line) => line.trim())).toEqual(['PRESENT:       Cllr A Smith', 'Cllr B Jones', 'Cllr C Evans']);
  });
});

describe('pageTextOf: list labels', () => {
  it('keeps a list\'s label apart from its entry\'s text where the list\'s indent sets them side by side', () => {
    const runs = [run('The meeting resolved:', 72, 100), run('1.', 72, 112), run('that the accounts be adopted;', 82, 112), run('(b)', 72, 124), run('that the examiners be reappointed.', 87, 124)];
    expect(pageTextOf(runs).split('\n')).toEqual(['The meeting resolved:', '1. that the accounts be adopted;', '(b) that the examiners be reappointed.']);
  });
});

describe('pageTextOf: what the PDF draws that is no text, and pages set in columns', () => {
  it('drops control and private-use codes (a font with no Unicode map, an icon font\'s bullets) from a run', () => {
    expect(pageTextOf([run('\uf0b7', 72, 100), run('Apologies were received.\u0003', 84, 100)])).toBe('Apologies were received.');
    expect(pageTextOf([run('\u0001\u0002\u0001', 72, 100)])).toBe('');
  });

  it('measures a second column\'s indentation from its own left edge, not the page\'s', () => {
    const left = ['1. Apologies', 'None were received.', '2. Minutes', 'The minutes were signed.', '3. Finance', 'The Clerk presented the'].map((text, index) => run(text, 72, 100 + index * 12));
    const right = [run('payments for March.', 320, 100), run('RESOLVED that they be paid.', 335, 112)];
    expect(pageTextOf([...left, ...right]).split('\n').slice(6)).toEqual(['payments for March.', '   RESOLVED that they be paid.']);
  });
});
