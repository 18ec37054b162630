// pageTextOf on tables a word processor printed: a row drawn cell by cell (each cell's lines, then the next cell's, back
// up at the row's top or centred in it), and a row drawn line by line whose cells wrap. Runs are given in the order
// LibreOffice draws them.
import { parseMinutes } from '../../../indexer/parse';
import { pageTextOf, type PdfTextRun } from '../../../indexer/readers/pdf-layout';
import { readDocument } from '../../../indexer/readers';
import { makePdfPages, pdfString } from '../make-pdf';

/** A run of 10-point text at (x, y) whose width is half a point size a character. */
const run = (text: string, x: number, y: number, bold = false): PdfTextRun => ({ text, x, y, width: text.length * 5, size: 10, bold });
const lines = (runs: PdfTextRun[]) => pageTextOf(runs).split('\n').map((line) => line.trim());
/** Runs in the order given, each [text, x, y]: a table's cells drawn one after another. */
const drawn = (...groups: Array<Array<[text: string, x: number, y: number]>>) => groups.flat().map(([text, x, y]) => run(text, x, y));
/** Each line's cells: its text cut at column gaps. */
const rows = (runs: PdfTextRun[]) => lines(runs).map((line) => line.split(/ {4,}/));

/** "Time  Item  Who  Notes" over two rows, each cell centred in its row and drawn after the one left of it. */
const NOTES_TABLE = [
  run('Time', 58, 530, true),
  run('Item', 93, 530, true),
  run('Who', 195, 530, true),
  run('Notes', 268, 530, true),
  run('5 min', 58, 558),
  run('Notes of the last', 93, 551),
  run('meeting', 93, 565),
  run('Ruth', 195, 551),
  run('Okafor', 195, 565),
  run('•', 268, 558),
  run('The notes of the meeting were agreed.', 282, 558),
  run('20 min', 58, 614),
  run('Repairs', 93, 607),
  run('performance', 93, 621),
  run('Paul', 195, 607),
  run('Ferreira', 195, 621),
  run('•', 268, 600),
  run('Paul reported that most repairs were on time.', 282, 600),
  run('•', 268, 614),
  run('The panel asked for figures by contractor.', 282, 614),
];

describe('pageTextOf: a table row drawn cell by cell', () => {
  it("lays each row's cells out on one line apart by column gaps, each cell's wrapped lines joined", () => {
    const text = rows(NOTES_TABLE);
    expect(text).toContainEqual(['5 min', 'Notes of the last meeting', 'Ruth Okafor', '• The notes of the meeting were agreed.']);
    expect(text).toContainEqual(['20 min', 'Repairs performance', 'Paul Ferreira']);
  });

  it("sets each paragraph of a cell of several on a line of its own, a paragraph apart, after its row's line", () => {
    const text = pageTextOf(NOTES_TABLE);
    expect(text).toMatch(/Paul Ferreira\n\n\s*• Paul reported that most repairs were on time\.\n\n\s*• The panel asked for figures by contractor\.$/);
  });

  it('joins a code the cell cut in the middle back into one word, and keeps a title over its text', () => {
    const runs = [
      run('Officers present: the Clerk.', 58, 420),
      run('FC.25.1', 58, 457),
      run('0', 58, 471),
      run('Declarations of Interest', 96, 450, true),
      run('There were no declarations of interest.', 96, 472),
      run('FC.25.1', 58, 522),
      run('1', 58, 536),
      run('Minutes of the last meeting', 96, 515, true),
      run('The minutes were signed as a correct record.', 96, 537),
    ];
    expect(lines(runs).filter((line) => line !== '')).toEqual([
      'Officers present: the Clerk.',
      'FC.25.10',
      '**Declarations of Interest**',
      'There were no declarations of interest.',
      'FC.25.11',
      '**Minutes of the last meeting**',
      'The minutes were signed as a correct record.',
    ]);
  });

  describe('a sentence ending at the edge of a cell, over a capital', () => {
    /** A minute number beside a bold title over two lines of text, the title `titleGap` points above them. */
    const minute = (titleGap: number) =>
      lines([
        run('PCP/23/41', 58, 457),
        run('Apologies for Absence', 130, 472 - titleGap, true),
        run('Apologies were received from Councillor Abbott and Councillor Wynne.', 130, 472),
        run('There were no substitutions.', 130, 484),
      ]).filter((line) => line !== '');

    it('goes on in the same paragraph when the cell spaces its paragraphs (a web page printed)', () => {
      expect(minute(22)).toContain('Apologies were received from Councillor Abbott and Councillor Wynne. There were no substitutions.');
    });

    it('ends the paragraph when the cell sets its paragraphs with no space between them', () => {
      expect(minute(12)).toContain('There were no substitutions.');
    });
  });

  it('joins a code the cell broke after its slash with no space ("EL/" over "25/01")', () => {
    const runs = [
      run('Officers present: the Clerk.', 58, 420),
      run('EL/', 58, 457),
      run('25/01', 58, 471),
      run('Apologies for absence', 110, 450, true),
      run('There were no apologies for absence.', 110, 472),
    ];
    expect(lines(runs)).toContain('EL/25/01');
  });

  it('keeps a list of names in a cell, one a line, as names, not one run of words', () => {
    const names = ['Mayor Karen Dufresne', 'Deputy Mayor Paul Oduya', 'Councillor Ingrid Solberg', 'Councillor Marcus Tremblay'];
    const runs = [run('Minutes', 58, 180), run('Present:', 58, 230), ...names.map((name, index) => run(name, 127, 209 + index * 14))];
    expect(lines(runs).filter((line) => line !== '')).toEqual(['Minutes', 'Present:', ...names]);
  });

  it('cuts the cells drawn on one baseline apart when a later cell of the row rises to its top', () => {
    const runs = drawn(
      [['2', 78, 260], ['Budget', 190, 260], ['Agreed as set out.', 303, 260], ['3', 78, 284], ['Practice update', 190, 284]],
      [['Karen Lyle reported', 303, 284], ['that the new booking', 303, 296], ['system had gone live.', 303, 308], ['KL to share the', 416, 284], ['figures', 416, 296]],
    );
    expect(rows(runs)).toContainEqual(['3', 'Practice update', 'Karen Lyle reported that the new booking system had gone live.', 'KL to share the figures']);
  });
});

describe('pageTextOf: a table row drawn line by line', () => {
  it('does not join a row of names and roles to the row above, though its first name would not have fitted there', () => {
    const rows = [
      ['Councillor Eleri Vaughan', 'Vice-Chair', 'Present'],
      ['Councillor Dafydd Rowlands', 'Member', 'Present'],
      ['Mrs Carys Madoc', 'Lay Member (Chair)', 'Apologies'],
    ];
    const runs = rows.flatMap((cells, index) => cells.map((cell, column) => run(cell, [78, 228, 379][column], 240 + index * 12)));
    expect(lines(runs)).toHaveLength(3);
  });

  it("joins a cell's next line whose first word would not have fitted within the column's widest text", () => {
    const runs = drawn(
      [['1', 78, 202], ['Welcome', 190, 202], ['The Chair welcomed', 303, 202], ['Clerk', 430, 202]],
      [['everyone, and', 303, 214], ['Dawn Hillier at her', 303, 226], ['first meeting.', 303, 238]],
    );
    expect(rows(runs)[0]).toEqual(['1', 'Welcome', 'The Chair welcomed everyone, and Dawn Hillier at her first meeting.', 'Clerk']);
  });
});

describe('PDF reader: minutes whose items are the rows of a table drawn cell by cell', () => {
  /** 10-point Helvetica at (x, y) from the page's top, as pdf.js reports where a run stands. */
  const shown = (cells: Array<[x: number, y: number, text: string]>) => cells.map(([x, y, text]) => `BT /F1 10 Tf 1 0 0 1 ${x} ${792 - y} Tm ${pdfString(text)} Tj ET`).join('\n');

  it('reads each row as its item, its notes as paragraphs with their speakers', async () => {
    const content = shown([
      [58, 80, 'Tenant Panel meeting notes, 11 March 2025'],
      [58, 100, 'Present: Ruth Okafor (Chair), Declan Moss, Shirin Kazemi'],
      [58, 130, 'Time'],
      [110, 130, 'Item'],
      [230, 130, 'Who'],
      [300, 130, 'Notes'],
      [58, 160, '25 min'],
      [110, 153, 'Damp and mould'],
      [110, 165, 'review scope'],
      [230, 153, 'Declan'],
      [230, 165, 'Moss'],
      [300, 146, 'Declan proposed that the review cover'],
      [300, 158, 'every home reported in two years.'],
      [300, 170, 'Shirin asked whether flats would count.'],
      [58, 200, '10 min'],
      [110, 200, 'Any other business'],
      [230, 200, 'Ruth Okafor'],
      [300, 200, 'No other business was raised.'],
    ]);
    const pdf = makePdfPages([{ content }]);
    const { text } = await readDocument(pdf, '/notes/panel.pdf', { maxFileBytes: 1024 * 1024 });
    const meeting = parseMinutes({ text, format: 'pdf', file: 'panel.pdf', documentId: 'panel' }).meetings[0];
    expect(meeting.items.map((item) => item.title)).toEqual(['Damp and mould review scope', 'Any other business']);
    expect(meeting.items[0].paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text])).toEqual([
      [null, 'Declan Moss'],
      ['Declan Moss', 'Declan proposed that the review cover every home reported in two years.'],
      ['Shirin Kazemi', 'Shirin asked whether flats would count.'],
    ]);
  });
});

describe('pageTextOf: a printed web page\'s table under the browser\'s footer', () => {
  it("joins a cell's wrapped lines by the text's right edge, not the footer's printed across the whole sheet", () => {
    const small = (text: string, x: number, y: number): PdfTextRun => ({ text, x, y, width: text.length * 3.5, size: 7 });
    const runs = [
      run('Minutes of the Panel', 36, 60, true),
      run('Present: Councillor Ash, Councillor Birch and Councillor Cole.', 36, 80),
      run('4', 36, 135),
      run('Bus Services', 60, 110, true),
      run('The Transport Officer said that the number 12 bus would run every', 60, 124),
      run('hour from May. Councillor Ash asked about the evening service. The', 60, 136),
      run('Transport Officer said it would end at 8 pm.', 60, 148),
      small('file:///home/clerk/minutes.html', 20, 800),
      small('1/1', 560, 800),
    ];
    const text = pageTextOf(runs);
    expect(text).toContain('The Transport Officer said that the number 12 bus would run every hour from May. Councillor Ash asked about the evening service. The Transport Officer said it would end at 8 pm.');
  });
});
