// The .odt, .rtf and .doc readers: structure handed on as the .docx reader hands it (headings as # lines, wholly bold
// lines as **…**, table rows on one line), text decoded as the file says, and damaged or password-protected files
// refused with a clear error naming the file.
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { ERROR_CODES } from '../../../core/errors';
import { parseMinutes } from '../../../indexer/parse';
import { readDocument, readerFor } from '../../../indexer/readers';
import { DEFAULT_MAX_CONTENT_XML_BYTES } from '../../../indexer/readers/odt';
import { LAYOUTS_DIR } from '../../helpers/layout-fixtures';
import { makeOdt, odtContentXml, zipOdt } from '../../helpers/make-odt';

const LIMITS = { maxFileBytes: 1024 * 1024 };
const read = (bytes: Buffer, file: string) => readDocument(bytes, file, LIMITS);

describe('OpenDocument text reader', () => {
  it('marks the Title style and outline levels as headings, wholly bold paragraphs as bold lines, and keeps table rows and list items', async () => {
    const odt = makeOdt([
      { text: 'Owlsbury Parish Council', heading: 'title' },
      { text: 'Minutes of the meeting held on 4 March 2025', bold: true },
      { runs: [{ text: 'Present:', bold: true }, ' Cllr Ann Rudd (Chairman) & Cllr Tom Gill'] },
      { text: '1. Apologies', heading: 2 },
      { list: ['Cllr Joan Pike', 'Cllr Eric Lamb'] },
      { table: [['Payee', 'Amount'], ['Owlsbury Village Hall', '£40.00']] },
    ]);
    expect(await read(odt, '/minutes/owlsbury.odt')).toEqual({
      format: 'odt',
      text: [
        '# Owlsbury Parish Council',
        '**Minutes of the meeting held on 4 March 2025**',
        'Present: Cllr Ann Rudd (Chairman) & Cllr Tom Gill',
        '## 1. Apologies',
        'Cllr Joan Pike',
        'Cllr Eric Lamb',
        'Payee \tAmount',
        'Owlsbury Village Hall \t£40.00',
      ].join('\n\n'),
    });
  });

  it('keeps counted spaces, tabs and line breaks, and leaves out comments, footnotes and a table of contents', async () => {
    const body = [
      '<text:table-of-content><text:index-body><text:p>1. Apologies ........ 2</text:p></text:index-body></text:table-of-content>',
      '<text:p>Item<text:s text:c="3"/>4<text:tab/>Budget<office:annotation><text:p>check figures</text:p></office:annotation></text:p>',
      '<text:p>The Clerk reported<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>See appendix.</text:p></text:note-body></text:note>.<text:line-break/>Second line.</text:p>',
    ].join('');
    const content = odtContentXml([]).replace('<office:text></office:text>', `<office:text>${body}</office:text>`);
    expect((await read(zipOdt(content), '/minutes/notes.odt')).text).toBe('Item 4 Budget\n\nThe Clerk reported.\nSecond line.');
  });

  it.each([
    ['bytes that are not a zip', Buffer.from('Minutes of the parish council, saved as text with an .odt name'), /could not be unzipped/],
    ['a zip without content.xml', Buffer.from(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') })), /has no content\.xml/],
    ['a spreadsheet renamed .odt', zipOdt('<office:document-content><office:body><office:spreadsheet/></office:body></office:document-content>'), /no office:text/],
    [
      'a password-protected document',
      zipOdt(Buffer.from('\u00d3\u0091\u00fe encrypted bytes', 'latin1'), '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>'),
      /is password-protected/,
    ],
  ])('refuses %s with an error naming the file', async (_, bytes, reason) => {
    await expect(read(bytes, '/minutes/broken.odt')).rejects.toMatchObject({
      code: ERROR_CODES.UNREADABLE_FILE,
      message: expect.stringMatching(/expected an OpenDocument text .* but \/minutes\/broken\.odt/),
      context: { file: '/minutes/broken.odt' },
    });
    await expect(read(bytes, '/minutes/broken.odt')).rejects.toThrow(reason);
  });

  it('refuses a content.xml that declares more than the limit before unzipping it (a zip bomb)', async () => {
    const odt = makeOdt(['Minutes']);
    // The central directory's entry for content.xml (the last one written) holds its unzipped size at offset 24.
    const entry = odt.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    odt.writeUInt32LE(DEFAULT_MAX_CONTENT_XML_BYTES + 1, entry + 24);
    await expect(read(odt, '/minutes/bomb.odt')).rejects.toThrow(/bomb\.odt declares a content\.xml of 268435457 bytes/);
  });

  it('reports a document with no text as empty', async () => {
    await expect(read(makeOdt(['']), '/minutes/blank.odt')).rejects.toMatchObject({ code: ERROR_CODES.EMPTY_FILE });
  });
});

/** An RTF document in the shape Word writes: font, colour and style tables before the body. */
function wordRtf(body: string, codePage = 1252): Buffer {
  const styles = '{\\stylesheet{\\ql \\snext0 Normal;}{\\s1\\ql\\outlinelevel0 \\sbasedon0 heading 1;}{\\*\\cs10 \\additive Default Paragraph Font;}{\\s15\\ql \\sbasedon0 Title;}}';
  return Buffer.from(`{\\rtf1\\ansi\\ansicpg${codePage}\\uc1\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}${styles}\r\n${body}}`, 'latin1');
}

describe('Rich Text reader', () => {
  it('marks heading and Title styles, bold paragraphs and table rows as the .docx reader does', async () => {
    const rtf = wordRtf(
      [
        '\\pard\\plain \\s15\\ql Owlsbury Parish Council\\par',
        '\\pard\\plain \\s1\\ql\\outlinelevel0 {\\b 1.\\tab Apologies}\\par',
        '\\pard\\plain \\ql {\\b Resolved:}\\par',
        '\\pard\\plain \\ql That the {\\b report} be noted.\\par',
        '\\trowd\\cellx3000\\cellx6000\\pard\\plain\\intbl {Payee\\cell}{Amount\\cell}\\pard\\plain\\intbl {\\trowd\\cellx3000\\cellx6000\\row}',
        '\\trowd\\cellx3000\\cellx6000\\pard\\plain\\intbl {Village Hall\\cell}{\\\'a340.00\\cell}\\pard\\plain\\intbl {\\trowd\\cellx3000\\cellx6000\\row}',
        '\\pard\\plain \\ql The meeting closed at 9 pm.\\par',
      ].join('\r\n'),
    );
    expect(await read(rtf, '/minutes/owlsbury.rtf')).toEqual({
      format: 'rtf',
      text: [
        '# Owlsbury Parish Council',
        '# 1. Apologies',
        '**Resolved:**',
        'That the report be noted.',
        'Payee \tAmount',
        'Village Hall \t£40.00',
        'The meeting closed at 9 pm.',
      ].join('\n\n'),
    });
  });

  it('decodes \\\'xx in the document\'s code page and \\uN without its fallback characters', async () => {
    const rtf = wordRtf(
      [
        "\\pard Cllr Zo\\'eb Hale paid \\'a312 \\'96 \\'93cash\\'94.\\par",
        "\\pard Cllr \\u321\\'4cukasz Nowak and Cllr Sian G\\u373\\'77yn.\\par",
        "\\pard {\\uc2 Two fallbacks: \\u8364\\'80\\'80 each.}\\par",
        '\\pard {\\uc0 No fallback: \\u8364 each.}\\par',
      ].join('\r\n'),
    );
    expect((await read(rtf, '/minutes/names.rtf')).text).toBe(
      ['Cllr Zoë Hale paid £12 – “cash”.', 'Cllr Łukasz Nowak and Cllr Sian Gŵyn.', 'Two fallbacks: € each.', 'No fallback: €each.'].join('\n\n'),
    );
  });

  it('reads a Cyrillic code page named by \\ansicpg', async () => {
    expect((await read(wordRtf("\\pard \\'cf\\'f0\\'e8\\'f1\\'f3\\'f2\\'f1\\'f2\\'e2\\'f3\\'fe\\'f2\\par", 1251), '/minutes/cyrillic.rtf')).text).toBe('Присутствуют');
  });

  it('leaves out headers, footers, footnotes, field instructions, pictures and hidden text, keeping field results', async () => {
    const rtf = wordRtf(
      [
        '{\\header \\pard Owlsbury PC header\\par}{\\footer \\pard Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}',
        '\\pard See {\\field{\\*\\fldinst HYPERLINK "https://example.org"}{\\fldrslt the report}}{\\footnote \\pard A footnote.\\par}.\\par',
        '\\pard {\\pict\\pngblip 89504e470d0a1a0a}{\\*\\shppict picture}{\\v hidden words}Visible{\\bin4 {}\\}} words.\\par',
      ].join('\r\n'),
    );
    expect((await read(rtf, '/minutes/parts.rtf')).text).toBe('See the report.\n\nVisible words.');
  });

  it('reads the text of a truncated document and of groups nested far deeper than any writer nests them', async () => {
    expect((await read(Buffer.from('{\\rtf1\\ansi \\pard Minutes of the Parish Council\\par \\pard Apolo'), '/minutes/cut.rtf')).text).toBe(
      'Minutes of the Parish Council\n\nApolo',
    );
    const nested = Buffer.from(`{\\rtf1 ${'{\\b '.repeat(50_000)}Minutes${'}'.repeat(50_000)}}`);
    expect((await read(nested, '/minutes/nested.rtf')).text).toBe('**Minutes**');
  });

  it('refuses a file that is not RTF, and reports one with no text as empty', async () => {
    await expect(read(Buffer.from('Minutes of the meeting, saved as text with an .rtf name'), '/minutes/plain.rtf')).rejects.toMatchObject({
      code: ERROR_CODES.UNREADABLE_FILE,
      message: expect.stringMatching(/expected a Rich Text document \(starting "\{\\rtf"\) but \/minutes\/plain\.rtf does not start so/),
      context: { file: '/minutes/plain.rtf' },
    });
    await expect(read(wordRtf('\\pard\\par'), '/minutes/blank.rtf')).rejects.toMatchObject({ code: ERROR_CODES.EMPTY_FILE });
  });
});

describe('Word 97-2003 reader', () => {
  const doc = fs.readFileSync(path.join(LAYOUTS_DIR, 'town-full-council-word97.doc'));

  it('reads the body text of a .doc LibreOffice wrote, one paragraph a line, with curly quotes kept', async () => {
    const { format, text } = await read(doc, '/minutes/town.doc');
    expect(format).toBe('doc');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Marlstone Town Council',
      'Minutes of the meeting of the Full Council held on Monday 10 March 2025 at 7.00 pm in the Corn Exchange, Market Place, Marlstone',
    ]);
    expect(text).toContain('FC/25/065 County Councillor’s report\n');
    expect(text).toContain('Marlstone Lido Trust\t£1,500');
  });

  it('refuses a document whose file information block says it is password-protected', async () => {
    const encrypted = Buffer.from(doc);
    // The WordDocument stream starts at a sector boundary with the FIB's signature; its flags follow at offset 10.
    let fib = encrypted.indexOf(Buffer.from([0xec, 0xa5]));
    while (fib % 512 !== 0) fib = encrypted.indexOf(Buffer.from([0xec, 0xa5]), fib + 1);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(fib + 10) | 0x0100, fib + 10);
    await expect(read(encrypted, '/minutes/locked.doc')).rejects.toMatchObject({
      code: ERROR_CODES.UNREADABLE_FILE,
      message: 'expected a Word 97-2003 .doc document but /minutes/locked.doc is password-protected (save it without a password to index it)',
      context: { file: '/minutes/locked.doc' },
    });
  });

  it('reads a ".doc" that is really RTF, a web page Word saved or a .docx by what its bytes are', async () => {
    const rtf = fs.readFileSync(path.join(LAYOUTS_DIR, 'district-planning-word-rtf.rtf'));
    expect(await read(rtf, '/minutes/planning.doc')).toEqual(await read(rtf, '/minutes/planning.rtf'));
    const page = Buffer.from('\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><h1>Owlsbury Parish Council</h1><p class="MsoNormal">Apologies</p></body></html>');
    expect(await read(page, '/minutes/web.doc')).toEqual({ format: 'html', text: '# Owlsbury Parish Council\n\nApologies', pageTitle: null });
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: 'Owlsbury Parish Council' })] }] }));
    expect(await read(docx, '/minutes/new.doc')).toEqual({ format: 'docx', text: 'Owlsbury Parish Council' });
  });

  it.each([
    ['a text file named .doc', Buffer.from('Minutes of the parish council meeting, saved as text with a .doc name. '.repeat(10)), /does not start with the OLE signature/],
    ['a truncated document', doc.subarray(0, 4096), /could not be read/],
  ])('refuses %s with an error naming the file', async (_, bytes, reason) => {
    await expect(read(bytes, '/minutes/broken.doc')).rejects.toMatchObject({ code: ERROR_CODES.UNREADABLE_FILE, context: { file: '/minutes/broken.doc' } });
    await expect(read(bytes, '/minutes/broken.doc')).rejects.toThrow(reason);
  });

  it('is chosen for .doc and never for .docx', () => {
    expect(readerFor('/in/MINUTES.DOC').format).toBe('doc');
    expect(readerFor('/in/minutes.docx').format).toBe('docx');
  });
});

describe('parsing what the office readers give', () => {
  // Their paragraphs end with blank lines, as .docx paragraphs do: a line break inside one (Word's \\line after a
  // hyphen) is no hard wrap of a printed page, and the hyphen stays.
  it.each(['odt', 'rtf', 'docx'] as const)('keeps a hyphen before a line break inside a .%s paragraph', (format) => {
    const paragraphs = Array.from({ length: 8 }, (_, index) => `The Clerk reported on the play area and the long-\nterm plan for bench ${index + 1}.`);
    const text = ['# Owlsbury Parish Council', '', 'Minutes of the meeting held on 4 March 2025', '', '## 1. Play area', '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n');
    const [meeting] = parseMinutes({ text, format, file: `/minutes/play-area.${format}`, documentId: 'play-area' }).meetings;
    expect(meeting.items[0].paragraphs[0].text).toBe('The Clerk reported on the play area and the long-term plan for bench 1.');
  });
});
