// The PDF reader on the shapes real minutes' PDFs take, each built here from text: headings only a bold font marks,
// tables set sideways, text drawn inside form XObjects, ligatures, fonts with no Unicode map.
import { ERROR_CODES } from '../../../core/errors';
import { parseMinutes } from '../../../indexer/parse';
import { readDocument } from '../../../indexer/readers';
import { makePdf, makePdfPages, pdfString } from '../make-pdf';

const LIMITS = { maxFileBytes: 1024 * 1024 };
const readPdf = async (pdf: Buffer) => (await readDocument(pdf, '/packs/minutes.pdf', LIMITS)).text;
const parsePdf = async (pdf: Buffer) => parseMinutes({ text: await readPdf(pdf), format: 'pdf', file: 'minutes.pdf', documentId: 'minutes' }).meetings[0];

/** Lines of 11-point Helvetica drawn with the text matrix given (its last two numbers the first line's origin). */
function drawnLines(lines: string[], matrix: (index: number) => string): string {
  return lines.map((line, index) => `BT /F1 11 Tf ${matrix(index)} Tm ${pdfString(line)} Tj ET`).join('\n');
}

const MINUTES = ['Minutes of the meeting of Ashby Parish Council held on 3 March 2025', 'Present: Cllr Ruth Abara (Chair), Cllr Owen Pike'];

describe('PDF reader on the shapes real PDFs take', () => {
  it('reads lines set all in a bold font as headings, so unnumbered sentence-case item titles are items', async () => {
    const meeting = await parsePdf(
      makePdf([
        [
          ...MINUTES,
          [[72, 'Apologies for absence', 'bold']],
          'Apologies were received from Cllr Ian Moss.',
          [[72, 'Playing field', 'bold']],
          'Cllr Pike reported that the swing seat was cracked.',
          [[72, 'Resolved:', 'bold'], [140, 'that the seat be replaced.']],
          [[72, 'Next meeting', 'bold']],
          'Monday 7 April 2025 at 7.15pm.',
        ],
      ]),
    );
    expect(meeting.items.map((item) => item.title)).toEqual(['Apologies for absence', 'Playing field', 'Next meeting']);
    expect(meeting.items[1].paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text])).toEqual([
      ['Cllr Pike', 'Cllr Pike reported that the swing seat was cracked.'],
      [null, 'Resolved: that the seat be replaced.'],
    ]);
  });

  it('reads a page whose text is set sideways (a landscape table on an upright page) along its own lines', async () => {
    const lines = [...MINUTES, '1. Apologies', 'None were received.'];
    // Each line turned a quarter anticlockwise, the next one to its right, as a table turned to fit the page is drawn.
    const text = await readPdf(makePdfPages([{ content: drawnLines(lines, (index) => `0 1 -1 0 ${100 + index * 14} 72`) }]));
    expect(text.split('\n')).toEqual(lines);
  });

  it('reads the text a page draws inside a form XObject (a letterhead, a stamped header)', async () => {
    const header = drawnLines(MINUTES, (index) => `1 0 0 1 72 ${720 - index * 14}`);
    const pdf = makePdfPages([{ content: `q /Letterhead Do Q\n${drawnLines(['1. Apologies', 'None were received.'], (index) => `1 0 0 1 72 ${680 - index * 14}`)}`, forms: { Letterhead: header } }]);
    expect((await parsePdf(pdf)).body).toBe('Ashby Parish Council');
  });

  it('spells out a ligature glyph (fi, fl) as its letters', async () => {
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /Differences [174 /fi /fl] >> >>';
    const pdf = makePdfPages([{ content: 'BT /F3 11 Tf 72 700 Td (The \\256nance of\\256cer and the \\257ood report.) Tj ET', fonts: { F3: font } }]);
    expect(await readPdf(pdf)).toBe('The finance officer and the flood report.');
  });

  it('reports a PDF whose only text is in a Type3 font with no Unicode map as having no text layer', async () => {
    const glyph = 'BT 750 0 0 0 750 750 d1 0 0 750 750 re f ET';
    const type3 = '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs 1001 0 R /Encoding << /Type /Encoding /Differences [1 /g1 /g2] >> /FirstChar 1 /LastChar 2 /Widths [750 750] >>';
    const pdf = makePdfPages([
      {
        content: 'BT /F3 11 Tf 72 700 Td <0102010201020102> Tj ET',
        fonts: { F3: '1000 0 R' },
        objects: { 1000: type3, 1001: '<< /g1 1002 0 R /g2 1002 0 R >>', 1002: `<< /Length ${glyph.length} >>\nstream\n${glyph}\nendstream` },
      },
    ]);
    await expect(readDocument(pdf, '/packs/drawn.pdf', LIMITS)).rejects.toMatchObject({ code: ERROR_CODES.NO_TEXT_LAYER });
  });
});

describe("a PDF whose fonts map their glyphs to other codes", () => {
  it('reports a text layer of symbols and figures with almost no letters as no text layer, and keeps a page of figures', async () => {
    const garbled = Array.from({ length: 30 }, (_, row) => `BT /F1 11 Tf 72 ${760 - row * 20} Td (# 6',8 /398+74,8.+2++8/3-.+1*43 ${row}) Tj ET`).join('\n');
    await expect(readDocument(makePdfPages([{ content: garbled }]), '/packs/shifted.pdf', LIMITS)).rejects.toMatchObject({ code: ERROR_CODES.NO_TEXT_LAYER, message: expect.stringContaining('/packs/shifted.pdf') });
    const payments = Array.from({ length: 30 }, (_, row) => `BT /F1 11 Tf 72 ${760 - row * 20} Td (${row + 1}/03/25   £1,2${row}.40   104${row}) Tj ET`).join('\n');
    expect(await readPdf(makePdfPages([{ content: `BT /F1 11 Tf 72 780 Td (Schedule of payments) Tj ET\n${payments}` }]))).toContain('Schedule of payments');
  });

  it('reports a short cover page of codes as no text layer', async () => {
    const cover = Array.from({ length: 6 }, (_, row) => `BT /F1 11 Tf 72 ${760 - row * 20} Td (+/54'30\\(4*'#34''4+/\\) 0/ ${row}) Tj ET`).join('\n');
    await expect(readDocument(makePdfPages([{ content: cover }]), '/packs/cover.pdf', LIMITS)).rejects.toMatchObject({ code: ERROR_CODES.NO_TEXT_LAYER });
  });

  it('leaves out a page of codes among pages of words, and says which page of which file', async () => {
    const codes = Array.from({ length: 12 }, (_, row) => `BT /F1 11 Tf 72 ${760 - row * 20} Td (# 6',8 /398+74,8.+2++8/3-.+1*43 ${row}) Tj ET`).join('\n');
    const words = (line: string) => `BT /F1 11 Tf 72 760 Td (${line}) Tj ET`;
    const pdf = makePdfPages([{ content: words('Minutes of the Orchard Lane Allotment Society committee') }, { content: codes }, { content: words('The meeting closed at 9 pm.') }]);
    const read = await readDocument(pdf, '/packs/mixed.pdf', LIMITS);
    expect(read.text).toContain('Orchard Lane');
    expect(read.text).toContain('closed at 9 pm');
    expect(read.text).not.toContain('398+74');
    expect(read.warnings).toEqual([expect.stringMatching(/^page 2 of mixed\.pdf holds glyph codes/)]);
  });
});
