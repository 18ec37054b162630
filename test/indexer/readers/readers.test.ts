// Readers on small files made here: text, Markdown, HTML, PDF and .docx in, plain text out; bad input rejected with a code
// (.odt, .rtf and .doc: office-readers.test.ts). The Markdown reader's own rules (escapes, a page's front matter) close the
// file.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { ERROR_CODES } from '../../../core/errors';
import { parseMinutes } from '../../../indexer/parse';
import { htmlToText } from '../../../indexer/readers/html';
import { readDocument, readerFor } from '../../../indexer/readers';
import { withoutEscapes, withoutFrontMatter } from '../../../indexer/readers/markdown';
import { createPdfReader } from '../../../indexer/readers/pdf';
import { makePasswordProtectedPdf, makePdf } from '../make-pdf';

const LIMITS = { maxFileBytes: 1024 * 1024 };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected the read to fail');
}

describe('text reader', () => {
  it('strips the BOM and normalises CRLF and non-breaking spaces', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Agenda item\r\n\r\n1.\u00a0\u00a0 The Chair spoke.\r\n', 'utf8')]);
    const result = await readDocument(bytes, '/minutes/item.txt', LIMITS);
    expect(result).toEqual({ format: 'text', text: 'Agenda item\n\n1.   The Chair spoke.\n' });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'a.txt', ERROR_CODES.EMPTY_FILE],
    ['a whitespace-only file', Buffer.from(' \n\t\r\n  '), 'a.txt', ERROR_CODES.EMPTY_FILE],
    ['a file with NUL bytes', Buffer.from([0x4d, 0x5a, 0x00, 0x01, 0x41]), 'a.txt', ERROR_CODES.BINARY_FILE],
    ['a file of control characters', Buffer.from('\u0001\u0002\u0003\u0004abc\u0005\u0006', 'latin1'), 'a.md', ERROR_CODES.BINARY_FILE],
    ['binary bytes under an extension no reader takes', Buffer.from([0x4d, 0x5a, 0x00, 0x01, 0x41]), 'minutes.wpd', ERROR_CODES.UNSUPPORTED_TYPE],
  ])('rejects %s', async (_, bytes, file, code) => {
    expect(await codeOf(readDocument(bytes, file, LIMITS))).toBe(code);
  });

  it('rejects a file over the size limit and says both sizes', async () => {
    await expect(readDocument(Buffer.from('x'.repeat(2000)), 'big.txt', { maxFileBytes: 1000 })).rejects.toMatchObject({
      code: ERROR_CODES.FILE_TOO_LARGE,
      message: expect.stringMatching(/at most 1000 bytes.*has 2000/),
      context: { file: 'big.txt' },
    });
  });

  it('names the file and the extension for an unsupported type', () => {
    expect(() => readerFor('/in/minutes.WPD')).toThrow(/\/in\/minutes\.WPD has "\.wpd"/);
    expect(readerFor('/in/MINUTES.HTM').format).toBe('html');
    expect(readerFor('/in/minutes.Markdown').format).toBe('markdown');
    expect(readerFor('/in/minutes.docx').format).toBe('docx');
  });
});

describe('Markdown reader', () => {
  it('passes the text through with its # headings and **bold** markers as they are', async () => {
    const markdown = '# Finance Committee\r\n\r\n**Date:** 12 March 2024\r\n\r\n## 1. Declarations of interest\r\n\r\n- None were made.\r\n';
    const result = await readDocument(Buffer.from(markdown), '/minutes/finance.md', LIMITS);
    expect(result).toEqual({
      format: 'markdown',
      text: '# Finance Committee\n\n**Date:** 12 March 2024\n\n## 1. Declarations of interest\n\n- None were made.\n',
    });
  });
});

describe('HTML reader', () => {
  const page = `<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>var x = "RESOLVED";</script></head>
<body><header>Kent County Council home</header><nav><ul><li>Home</li><li>Meetings</li></ul></nav>
<div id="content"><h1>Agenda and minutes</h1>
<div>Kent and Medway Police and Crime Panel</div><div>Tuesday, 28th March, 2017 10.00 am</div>
<p>Venue: Darent Room, Sessions House</p>
<table><tr><td>No.</td><td>Item</td></tr>
<tr><td></td><td><p>Police Cadet Scheme - progress report <a href="x.pdf">pdf icon PDF 214 KB</a></p><p>Additional documents:</p>
<p>1.&nbsp;&nbsp;&nbsp; The Commissioner explained the plan &amp; the costs.</p>
<p>2.&nbsp;&nbsp;&nbsp; A Member asked about the &pound;10 fee.<br>It was noted.</p>
<p><strong>RESOLVED</strong> that the report be noted.</p></td></tr></table></div>
<footer>Cookies</footer></body></html>`;

  it('drops page chrome, decodes entities and puts each block on its own line', async () => {
    const { text, format } = await readDocument(Buffer.from(page), '/web/minutes.html', LIMITS);
    expect(format).toBe('html');
    expect(text).not.toMatch(/Kent County Council home|Meetings|Cookies|var x|color:red/);
    expect(text).toContain('\n1. The Commissioner explained the plan & the costs.\n');
    expect(text).toContain('A Member asked about the £10 fee.\nIt was noted.');
    expect(text).toMatch(/^# Agenda and minutes\n/);
  });

  it.each([
    ['an <h2> as a line of two # marks', '<h2>1.  Apologies\n</h2><p>None.</p>', '## 1. Apologies\n\nNone.'],
    ['an <h4> holding a line break as one line', '<h4>Minutes of the<br>Planning Committee</h4>', '#### Minutes of the Planning Committee'],
    ['a paragraph that is all bold as **text**', '<p><strong>Present:</strong> </p><p>Cllr A Smith</p>', '**Present:**\n\nCllr A Smith'],
    ['bold split over several tags as one **text**', '<div><b>Item 4</b> <b><i>Budget</i></b></div>', '**Item 4 Budget**'],
    ['a list entry that is all bold', '<ul><li><b>Resolved</b></li></ul>', '**Resolved**'],
  ])('marks %s', async (_, html, expected) => {
    expect((await readDocument(Buffer.from(html), 'a.html', LIMITS)).text).toBe(expected);
  });

  it.each([
    ['a paragraph only partly bold', '<p><strong>RESOLVED</strong> that the report be noted.</p>', 'RESOLVED that the report be noted.'],
    ['a bold table cell', '<table><tr><td><b>7</b></td><td>Budget</td></tr></table>', '7\tBudget'],
    ['a block holding other blocks', '<div><p><b>Present:</b></p><p><b>Cllr A Smith</b></p></div>', '**Present:**\n\n**Cllr A Smith**'],
    ['an all-bold paragraph over 150 characters', `<p><b>${'The Chair reminded Members. '.repeat(6)}</b></p>`, 'The Chair reminded Members. '.repeat(6).trim()],
  ])('leaves %s unmarked', async (_, html, expected) => {
    expect((await readDocument(Buffer.from(html), 'a.html', LIMITS)).text).toBe(expected);
  });

  it.each([
    ['numbers from 1', '<ol><li><b>Apologies</b><br>None.</li><li>Minutes</li></ol>', '1. Apologies\nNone.\n\n2. Minutes'],
    ['numbers from its start', '<ol start="7"><li>Finance</li><li>Planning</li></ol>', '7. Finance\n\n8. Planning'],
    ['letters and an item\'s own value', '<ol type="a"><li>Welcome</li><li value="4">Highways</li></ol>', 'a. Welcome\n\nd. Highways'],
    ['Roman numerals, counting down', '<ol type="I" reversed><li>Roads</li><li>Close</li></ol>', 'II. Roads\n\nI. Close'],
    ['an all-bold item, marked whole', '<ol><li><strong>Declarations of interest</strong></li></ol>', '**1. Declarations of interest**'],
  ])('gives an ordered list the numbers a browser shows: %s', async (_, html, expected) => {
    expect((await readDocument(Buffer.from(html), 'a.html', LIMITS)).text).toBe(expected);
  });

  it.each([
    ['a short term is the label of its value', '<dl><dt>Present</dt><dd>Cllr A Bell</dd><dt>Venue </dt><dd>Town Hall</dd></dl>', 'Present:\n\nCllr A Bell\n\nVenue:\n\nTown Hall'],
    ['a term over paragraphs is a heading', '<dl><dt>Apologies for absence</dt><dd><p>None.</p></dd></dl>', '### Apologies for absence\n\nNone.'],
    ['a numbered term over a value is left as it is', '<dl><dt>FC24/101 Apologies</dt><dd>None.</dd></dl>', 'FC24/101 Apologies\n\nNone.'],
  ])('reads a definition list as a page shows it: %s', async (_, html, expected) => {
    expect(await htmlToText(html)).toBe(expected);
  });

  it('numbers the ordered lists of a Word document on through the paragraphs between them, and the lists under an item from 1', async () => {
    const html = '<ol><li>Apologies</li></ol><p>None.</p><ol><li>Finance</li></ol><ul><li><ol><li>a part</li><li>another</li></ol></li></ul><ol><li>Close</li></ol>';
    expect(await htmlToText(html, { continuedLists: true })).toBe('1. Apologies\n\nNone.\n\n2. Finance\n\n1. a part\n\n2. another\n\n3. Close');
    expect(await htmlToText(html)).toBe('1. Apologies\n\nNone.\n\n1. Finance\n\n1. a part\n\n2. another\n\n1. Close');
  });

  it('keeps a table row of one-paragraph cells (as Word writes them) on one line, cells apart by a tab', async () => {
    const html = '<table><tr><td><p>Mrs A Smith</p></td><td><p>Chair</p></td></tr><tr><td><p>Mr B Jones</p><p>Clerk</p></td></tr></table>';
    expect((await readDocument(Buffer.from(html), 'a.html', LIMITS)).text).toBe('Mrs A Smith \tChair\n\nMr B Jones\n\nClerk');
  });

  it('gives text the minutes parser reads like the ModernGov corpus pages', async () => {
    const { text } = await readDocument(Buffer.from(page), '/web/minutes.html', LIMITS);
    const [meeting] = parseMinutes({ text, format: 'html', file: '/web/minutes.html', documentId: 'web' }).meetings;
    expect(meeting).toMatchObject({ body: 'Kent and Medway Police and Crime Panel', date: '2017-03-28' });
    expect(meeting.items.map((item) => item.title)).toEqual(['Police Cadet Scheme - progress report']);
    expect(meeting.items[0].paragraphs.map((paragraph) => [paragraph.number, paragraph.speaker, paragraph.isDecision])).toEqual([
      ['1', 'The Commissioner', false],
      ['2', 'A Member', false],
      [null, null, true],
    ]);
  });

  it('rejects a page with no text outside its scripts', async () => {
    expect(await codeOf(readDocument(Buffer.from('<html><script>1</script></html>'), 'a.html', LIMITS))).toBe(ERROR_CODES.EMPTY_FILE);
  });
});

describe('PDF reader', () => {
  it('extracts the text layer with line breaks kept and a form feed between pages', async () => {
    const pdf = makePdf([
      ['MINUTES of a meeting of the Panel held on Thursday, 20 July 2017.', '224. Election of Chairman'],
      ['RESOLVED that Mike Hill be elected.', '2'],
    ]);
    const { text, format } = await readDocument(pdf, '/packs/pack.pdf', LIMITS);
    expect(format).toBe('pdf');
    expect(text).toBe(
      'MINUTES of a meeting of the Panel held on Thursday, 20 July 2017.\n224. Election of Chairman\fRESOLVED that Mike Hill be elected.\n2',
    );
  });

  it('reports a PDF without a text layer', async () => {
    await expect(readDocument(makePdf([[], []]), '/packs/scan.pdf', LIMITS)).rejects.toMatchObject({
      code: ERROR_CODES.NO_TEXT_LAYER,
      context: { file: '/packs/scan.pdf' },
    });
  });

  it('reports a PDF that needs a password to be opened as password-protected, naming the file', async () => {
    await expect(readDocument(makePasswordProtectedPdf(['Minutes of the meeting']), '/packs/locked.pdf', LIMITS)).rejects.toMatchObject({
      code: ERROR_CODES.UNREADABLE_FILE,
      message: 'expected a readable PDF but /packs/locked.pdf is password-protected (save it without a password to index it)',
    });
  });

  it.each([
    ['a truncated PDF', makePdf([['Some minutes']]).subarray(0, 120)],
    ['bytes that are not a PDF', Buffer.from('%PDF-1.4\nthis is not really a pdf at all\n')],
  ])('reports %s as unreadable instead of crashing', async (_, bytes) => {
    expect(await codeOf(readDocument(bytes, '/packs/broken.pdf', LIMITS))).toBe(ERROR_CODES.UNREADABLE_FILE);
  });

  it('gives up on a PDF that takes longer than its time limit', async () => {
    const reader = createPdfReader({ timeoutMs: 0 });
    expect(await codeOf(reader.read(makePdf([['Some minutes']]), '/packs/slow.pdf'))).toBe(ERROR_CODES.UNREADABLE_FILE);
  });
});

describe('Word reader', () => {
  async function makeDocx(paragraphs: Paragraph[]): Promise<Buffer> {
    return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
  }

  it('keeps Word headings as # lines and paragraphs as blank-line separated blocks', async () => {
    const docx = await makeDocx([
      new Paragraph({ text: 'Minutes of the Finance Committee', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Item 4 Budget monitoring', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '4.1 The Director of Finance introduced the report.' }),
      new Paragraph({ children: [new TextRun({ text: 'Resolved:', bold: true })] }),
      new Paragraph({ children: [new TextRun({ text: 'That the ' }), new TextRun({ text: 'report', bold: true }), new TextRun({ text: ' be noted.' })] }),
    ]);
    const result = await readDocument(docx, '/minutes/finance.docx', LIMITS);
    expect(result).toEqual({
      format: 'docx',
      text: '# Minutes of the Finance Committee\n\n## Item 4 Budget monitoring\n\n4.1 The Director of Finance introduced the report.\n\n**Resolved:**\n\nThat the report be noted.',
    });
  });

  it.each([
    ['bytes that are not a zip', Buffer.from('Minutes of the Finance Committee, saved as text with a .docx name')],
    ['a truncated document', Buffer.from('PK\u0003\u0004 and then nothing more of the archive', 'latin1')],
  ])('reports %s as unreadable, naming the file', async (_, bytes) => {
    await expect(readDocument(bytes, '/minutes/broken.docx', LIMITS)).rejects.toMatchObject({
      code: ERROR_CODES.UNREADABLE_FILE,
      message: expect.stringMatching(/expected a Word \.docx document .* but \/minutes\/broken\.docx could not be read/),
      context: { file: '/minutes/broken.docx' },
    });
  });

  it('reports a document with no text as empty', async () => {
    expect(await codeOf(readDocument(await makeDocx([new Paragraph({ text: '' })]), 'blank.docx', LIMITS))).toBe(ERROR_CODES.EMPTY_FILE);
  });
});

describe('Markdown escapes', () => {
  it('removes the backslashes exports put before punctuation, keeping escaped stars and underscores', () => {
    expect(withoutEscapes('1\\.1 The Chair \\- welcomed \\#5 \\*not bold\\* \\_x\\_')).toBe('1.1 The Chair - welcomed #5 \\*not bold\\* \\_x\\_');
  });
});

describe('Markdown front matter', () => {
  it('drops a page front matter, keeping its title and date as the page\'s title and its body as a "Body:" line', () => {
    expect(withoutFrontMatter('---\ntitle: "Minutes"\ndate: 2025-01-30\ntags: [board]\n---\n\n# Board\n')).toEqual({ text: '\n# Board\n', pageTitle: 'Minutes – 2025-01-30' });
    expect(withoutFrontMatter('---\norganisation: "Orchard Trust"\n---\n# Board\n')).toEqual({ text: 'Body: Orchard Trust\n# Board\n', pageTitle: null });
    expect(withoutFrontMatter('--- a rule, not front matter\n# Board\n')).toEqual({ text: '--- a rule, not front matter\n# Board\n', pageTitle: null });
  });
});
