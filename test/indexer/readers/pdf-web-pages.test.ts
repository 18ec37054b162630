// A web page printed to PDF keeps its links: the site's header (its name and menus, each a link) is left out as the
// HTML reader leaves out the page's <header>, so the menus are read as no part of the minutes' title.
import { parseMinutes } from '../../../indexer/parse';
import { readDocument } from '../../../indexer/readers';
import { makePdfPages, pdfString } from '../make-pdf';

const LIMITS = { maxFileBytes: 1024 * 1024 };

/** Text drawn at (x, y) in points from the page's bottom left, in Helvetica (F1) or Helvetica-Bold (F2). */
const shown = (x: number, y: number, text: string, font = 'F1', size = 12) => `/${font} ${size} Tf 1 0 0 1 ${x} ${y} Tm ${pdfString(text)} Tj`;

const HEADER_LINE = [shown(72, 750, 'Marlbury Town Council'), shown(230, 750, 'Meetings'), shown(300, 750, 'Agendas and minutes')];
/** The boxes of the header's three links, as a browser or word processor writes them over the text. */
const HEADER_LINKS: { rect: [number, number, number, number]; uri: string }[] = [
  { rect: [70, 746, 200, 762], uri: 'https://www.marlbury.gov.uk/' },
  { rect: [228, 746, 282, 762], uri: 'https://www.marlbury.gov.uk/meetings' },
  { rect: [298, 746, 420, 762], uri: 'https://www.marlbury.gov.uk/minutes' },
];
const MINUTES = [
  shown(72, 710, 'Planning Committee', 'F2', 18),
  shown(72, 680, 'Minutes of the meeting held on Tuesday 4 March 2025 at 7.00 pm'),
  shown(72, 650, 'Present: Cllr Helen Marsden (Chair), Cllr Peter Quinlan, Cllr Anjali Desai'),
  shown(72, 620, '1. Apologies for absence', 'F2'),
  shown(72, 600, 'Apologies were received from Cllr Tom Brierley.'),
];

const printedPage = (links: typeof HEADER_LINKS) =>
  makePdfPages([{ content: `BT\n${[...HEADER_LINE, ...MINUTES].join('\n')}\nET`, links }]);

async function readPrinted(pdf: Buffer) {
  const { text } = await readDocument(pdf, '/minutes/page.pdf', LIMITS);
  return { text, meeting: parseMinutes({ text, format: 'pdf', file: 'page.pdf', documentId: 'page' }).meetings[0] };
}

describe('PDF reader: a web page printed with its links', () => {
  it('leaves out the site\'s header, a first line made only of links, so the body is the minutes\' own title', async () => {
    const { text, meeting } = await readPrinted(printedPage(HEADER_LINKS));
    expect(text).not.toContain('Agendas and minutes');
    expect(meeting.body).toBe('Planning Committee');
    expect(meeting.date).toBe('2025-03-04');
  });

  it('keeps the same line where it is no link, as a council\'s name over its committee\'s is', async () => {
    const { text } = await readPrinted(printedPage([]));
    expect(text.split('\n')[0]).toMatch(/^Marlbury Town Council\s+Meetings\s+Agendas and minutes$/);
  });
});

describe('PDF reader: a web page a browser saved as PDF, its address and page count printed across the sheet', () => {
  const BODY = [
    'The Community Development Director presented the staff report on the proposed changes to the',
    'rules for accessory dwelling units, and the public hearing was opened at 6.21 pm by the Mayor.',
    'Council Member Vu asked whether the parking exemption near transit would apply to the corridor.',
  ];
  // A browser sets a heading's lines 1.2 of its size apart, further than the text's lines: as far as a paragraph break.
  const page = (footer: boolean) =>
    makePdfPages([
      {
        content: `BT\n${[
          shown(36, 760, '6.1 Ordinance Amending Chapter 17.42 (Accessory Dwelling Units) of the', 'F2', 14),
          shown(36, 743.5, 'Municipal Code - First Reading', 'F2', 14),
          ...BODY.map((line, index) => shown(36, 715 - index * 13.5, line)),
          ...(footer ? [shown(20, 30, 'file:///C:/Users/clerk/Downloads/City%20Council%20Action%20Minutes.html', 'F1', 8), shown(580, 30, '1/2', 'F1', 8)] : []),
        ].join('\n')}\nET`,
      },
    ]);

  it('reads a heading and a paragraph the page wrapped as one each, the footer in small type wider than the text notwithstanding', async () => {
    for (const footer of [false, true]) {
      const { text } = await readDocument(page(footer), '/minutes/saved.pdf', LIMITS);
      const lines = text.split('\n');
      expect(lines[0]).toBe('# 6.1 Ordinance Amending Chapter 17.42 (Accessory Dwelling Units) of the Municipal Code - First Reading');
      expect(lines[2].trim().startsWith(`${BODY[0]} ${BODY[1]}`)).toBe(true);
    }
  });
});
