// A text file printed as a word processor prints it (indexer/readers/pdf-wraps.ts): each typed line a paragraph of its
// own in Courier, no space between lines, leading spaces kept as an indent on the line's first part only, and a line
// longer than the page flowed on from the margin. Each PDF here is laid out so, at 78 characters a line.
import { readDocument } from '../../../indexer/readers';
import { makePdfPages, pdfString } from '../make-pdf';

const COURIER = { F3: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>' };
/** Characters a line of the page holds: 10-point Courier across 468 points of text. */
const LINE_CHARS = 78;
const CHAR_WIDTH = 6;

/** A typed line's pieces on the page: its first part where its indent puts it, the rest the page wrapped at the margin. */
function pagePieces(typed: string): { indent: number; text: string }[] {
  const indent = typed.length - typed.trimStart().length;
  const pieces: { indent: number; text: string }[] = [];
  let rest = typed.trimStart();
  let room = LINE_CHARS - indent;
  while (rest.length > room) {
    const cut = rest.lastIndexOf(' ', room);
    pieces.push({ indent: pieces.length === 0 ? indent : 0, text: rest.slice(0, cut) });
    rest = rest.slice(cut + 1);
    room = LINE_CHARS;
  }
  pieces.push({ indent: pieces.length === 0 ? indent : 0, text: rest });
  return pieces;
}

/** One page's content: each piece's runs (split at runs of spaces, as the columns of a typed table) 12 points apart. */
function typedPage(lines: string[]): string {
  let y = 740;
  const shown = lines.flatMap((typed) =>
    pagePieces(typed).flatMap(({ indent, text }) => {
      y -= 12;
      return [...text.matchAll(/\S+(?: \S+)*/g)].map((run) => `BT /F3 10 Tf ${72 + (indent + run.index) * CHAR_WIDTH} ${y} Td ${pdfString(run[0])} Tj ET`);
    }),
  );
  return shown.join('\n');
}

const readTyped = async (...pages: string[][]) =>
  (await readDocument(makePdfPages(pages.map((lines) => ({ content: typedPage(lines), fonts: COURIER }))), '/minutes/typed.pdf', { maxFileBytes: 1024 * 1024 })).text
    .split(/[\n\f]/)
    .map((line) => line.trim());

/** Typed lines longer than the page, wrapped mid-sentence: the page's edge, reached by several lines. */
const LONG_LINES = [
  'The Group Manager Infrastructure spoke to the report on the joint water and waste services arrangements, which had to be lodged by September.',
  'The Chief Executive said that the draft annual plan would be open to public consultation from the first week of April until early May.',
  'Members noted the quarterly report of the regional transport committee and the progress made on the new bus shelters in the township.',
  'The Mayor thanked all of the volunteers who had cleared the storm damage along the river walkway during the long weekend in March.',
];

describe('PDF reader: a text file printed', () => {
  it('joins an indented line the page wrapped after a sentence, its rest back at the margin, and keeps the next typed line apart', async () => {
    const turn = '    Cr Paewai asked whether iwi had been consulted on the joint arrangement. Ms Rewi replied that hui had been held.';
    // The page breaks the line right after the first sentence, and its rest starts at the margin.
    expect(pagePieces(turn)[0].text.endsWith('arrangement.')).toBe(true);
    const next = '    Resolution number CO/2025/020';
    const lines = await readTyped([...LONG_LINES, '', '5.1 Water Services Delivery Plan', turn, next, '    Moved: Mayor Tautahi']);
    expect(lines).toContain(turn.trim());
    expect(lines).toContain(next.trim());
  });

  it("reads a page's edge from the document's typed lines, where the page has too few full lines to tell it", async () => {
    const motion = 'Trustee Lindqvist moved, Trustee Brandt seconded, to approve the resolution on the grant for the shop front.';
    const lines = await readTyped([...LONG_LINES, ...LONG_LINES], ['3. Facade Improvement Grant', motion, 'Ayes: Brandt, Ruiz, Sandoval', 'Motion carried.']);
    expect(lines).toContain(motion);
  });

  it('takes lines of the page ending a character or two short of the longest for its edge, as typed lines end on whole characters', async () => {
    const typed = [
      'The Mayor thanked the volunteers, who had cleared the storm damage along the riverside walkway over the weekend.',
      'The Mayor thanked the volunteers, who had cleared the storm damages along the riverside walkway in March.',
      'Members noted the quarterly report of the regional transport committee and the progress made on the new bus shelters.',
    ];
    // The page breaks them after 76, 77 and 78 characters: the longest ends two characters past the third.
    expect(typed.map((line) => pagePieces(line)[0].text.length)).toEqual([76, 77, 78]);
    expect(await readTyped(typed)).toEqual(typed);
  });

  it("joins a typed table's row the page wrapped, its rest back at the margin", async () => {
    const rows = [
      '       Staff              Mr Greg Hollister           Chief Executive Officer',
      '                          Ms Joanne Tate              Manager Corporate Services',
    ];
    // Each row is longer than the page: its last word goes onto a line of its own, at the margin.
    expect(rows.map((row) => pagePieces(row).length)).toEqual([1, 2]);
    const lines = await readTyped([...LONG_LINES, '', ...rows, '', '       Apologies              Cr Sandra Oakley']);
    expect(lines.map((line) => line.replace(/\s{2,}/g, ' | '))).toEqual(expect.arrayContaining(['Ms Joanne Tate | Manager Corporate Services', 'Apologies | Cr Sandra Oakley']));
  });

  it('joins a word its typesetter split at the page\'s edge without the hyphen, where it also split words short of the edge', async () => {
    const typed = [
      'RESOLVED that the minutes of the meeting held on 14 November 2024 be con-',
      'firmed as a correct record.',
      'Mrs Gillard said that the several small church schools in the north were al-',
      'ready sharing a headteacher.',
      'The report forecast a short-',
      'fall of 420 places by 2028.',
    ];
    expect(await readTyped([...LONG_LINES, '', ...typed])).toEqual(
      expect.arrayContaining([
        'RESOLVED that the minutes of the meeting held on 14 November 2024 be confirmed as a correct record.',
        'Mrs Gillard said that the several small church schools in the north were already sharing a headteacher.',
        'The report forecast a short-',
      ]),
    );
  });

  it('keeps a numbered title in title case reaching the edge apart from the prose under it, and joins its own rest the page wrapped', async () => {
    const title = '6.1 Ordinance No. 2024-07 Amending the Zoning Code on Accessory Dwelling Units';
    const turn = 'Planning Director Kim Sato presented the staff report.';
    const wrapped = '7.2 Review of the Scheme of Delegation to Officers for Householder Planning Appeals and Tree Works';
    expect(pagePieces(wrapped).map((piece) => piece.text)).toEqual(['7.2 Review of the Scheme of Delegation to Officers for Householder Planning', 'Appeals and Tree Works']);
    const lines = await readTyped([...LONG_LINES, '', title, turn, '', wrapped, 'Members noted the report.']);
    expect(lines).toEqual(expect.arrayContaining([title, turn, wrapped]));
  });

  it("joins a heading's minute number the page wrapped after its leader dots, which end no sentence", async () => {
    const title = 'Community Trust lease of the Old Lifeboat House';
    const heading = `${title} ${'.'.repeat(LINE_CHARS - title.length - 1)} 25/151`;
    expect(pagePieces(heading).map((piece) => piece.text.slice(-6))).toEqual(['......', '25/151']);
    const lines = await readTyped([...LONG_LINES, '', heading, 'The Deputy Town Clerk presented the heads of terms for a lease to the Trust.']);
    expect(lines).toContain(heading);
  });

  it("joins a heading the page wrapped whose item number is set apart from its title by a tab's gap", async () => {
    const heading = 'ITEM 3/2024  CONFIRMATION OF MINUTES OF THE COUNCIL MEETING HELD ON 9 FEBRUARY 2024';
    expect(pagePieces(heading).map((piece) => piece.text)).toEqual([heading.slice(0, -5), '2024']);
    const lines = await readTyped([...LONG_LINES, '', heading, 'RESOLVED:', 'That the minutes be confirmed as a true record.']);
    expect(lines).toContain(heading);
  });

  it("joins a date set to the right by leading spaces that the page wrapped, its leading spaces counting to the line's length", async () => {
    const dated = `${' '.repeat(64)}23 January 2025`;
    expect(pagePieces(dated).map((piece) => piece.text)).toEqual(['23 January', '2025']);
    const lines = await readTyped([...LONG_LINES, '', dated, '', 'MINUTES of a meeting of the Scrutiny Committee held on 23 January 2025.']);
    expect(lines).toContain('23 January 2025');
  });
});
