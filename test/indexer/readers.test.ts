// Readers on small files made here: text, HTML and PDF in, plain text out; bad input rejected with a code.
import { ERROR_CODES } from '../../core/errors';
import { parseMinutes } from '../../indexer/parse';
import { readDocument, readerFor } from '../../indexer/readers';
import { createPdfReader } from '../../indexer/readers/pdf';
import { makePdf } from './make-pdf';

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
    ['invalid UTF-8', Buffer.from([0x4d, 0x69, 0x6e, 0xe9, 0x73]), 'a.txt', ERROR_CODES.INVALID_UTF8],
    ['an unsupported extension', Buffer.from('hello'), 'minutes.docx', ERROR_CODES.UNSUPPORTED_TYPE],
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
    expect(() => readerFor('/in/minutes.DOCX')).toThrow(/\/in\/minutes\.DOCX has "\.docx"/);
    expect(readerFor('/in/MINUTES.HTM').format).toBe('html');
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
