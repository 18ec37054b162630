// Text, Markdown and HTML saved in the encodings councils' software uses: each decodes to the same text, and
// binary input is still refused.
import iconv from 'iconv-lite';
import { ERROR_CODES } from '../../../core/errors';
import { readDocument } from '../../../indexer/readers';

const LIMITS = { maxFileBytes: 1024 * 1024 };

const MINUTES = [
  'Present: Cllr Zoë Brontë (Chair), Cllr Seán Ó Briain',
  'Cllr Brontë said the \u2018£500k\u2019 figure was \u201Cfar too high\u201D for the café refurbishment.',
  '',
].join('\n');

const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

async function textOf(bytes: Buffer, file = '/minutes/parish.txt'): Promise<string> {
  return (await readDocument(bytes, file, LIMITS)).text;
}

describe('decoding text files', () => {
  it('reads a Windows-1252 file with accented names, pound signs and curly quotes', async () => {
    const bytes = iconv.encode(MINUTES, 'windows-1252');
    expect([0x91, 0x92, 0x93, 0x94, 0xa3, 0xeb].every((byte) => bytes.includes(byte))).toBe(true);
    expect(await textOf(bytes)).toBe(MINUTES);
  });

  it('reads a Latin-1 file without curly quotes', async () => {
    const plain = 'Apologies were received from Cllr Renée Dubois; the hall hire is £12 an hour.\n';
    expect(await textOf(iconv.encode(plain, 'latin1'))).toBe(plain);
  });

  it.each([
    ['UTF-16 LE with a BOM', withBom([0xff, 0xfe], iconv.encode(MINUTES, 'utf-16le'))],
    ['UTF-16 BE with a BOM', withBom([0xfe, 0xff], iconv.encode(MINUTES, 'utf-16be'))],
    ['UTF-16 LE without a BOM', iconv.encode(MINUTES, 'utf-16le')],
    ['UTF-16 BE without a BOM', iconv.encode(MINUTES, 'utf-16be')],
  ])('reads %s', async (_, bytes) => {
    expect(await textOf(bytes)).toBe(MINUTES);
  });

  it('drops the BOM of a UTF-8 file', async () => {
    const text = await textOf(withBom([0xef, 0xbb, 0xbf], Buffer.from(MINUTES)));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toBe(MINUTES);
  });

  it.each(['Café', 'Zoë £5', 'Cllr Brontë'])('reads the short UTF-8 text %j as UTF-8 whatever chardet guesses', async (sample) => {
    expect(await textOf(Buffer.from(sample))).toBe(sample);
  });

  it('decodes Markdown the same way', async () => {
    const markdown = `# Parish Council\n\n${MINUTES}`;
    expect(await readDocument(iconv.encode(markdown, 'windows-1252'), '/minutes/parish.md', LIMITS)).toEqual({ format: 'markdown', text: markdown });
  });

  it.each([
    ['NUL bytes in otherwise plain bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x41])],
    ['a UTF-16 BOM followed by control characters', withBom([0xff, 0xfe], Buffer.from([0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x41, 0x00]))],
    ['a UTF-16 BOM followed by NUL characters', withBom([0xfe, 0xff], Buffer.alloc(64))],
  ])('still refuses binary input: %s', async (_, bytes) => {
    await expect(readDocument(bytes, '/minutes/blob.txt', LIMITS)).rejects.toMatchObject({
      code: ERROR_CODES.BINARY_FILE,
      message: expect.stringContaining('/minutes/blob.txt'),
    });
  });
});

describe('decoding HTML pages', () => {
  const page = (charset: string) => `<html><head><meta charset="${charset}"><title>Minutes</title></head><body><p>${MINUTES}</p><p>Cost: €40</p></body></html>`;
  const expected = `${MINUTES.trim().replace(/\n/g, ' ')}\n\nCost: €40`;

  it('honours the <meta charset> of a page that is not UTF-8 where detection would guess another', async () => {
    const html = '<meta charset="iso-8859-15"><p>Cllr Zoë Brontë asked why the room cost €40 (0xA4 in ISO-8859-15).</p>';
    const text = await textOf(iconv.encode(html, 'iso-8859-15'), '/web/minutes.html');
    expect(text).toBe('Cllr Zoë Brontë asked why the room cost €40 (0xA4 in ISO-8859-15).');
  });

  it('honours a charset given in a Content-Type <meta>', async () => {
    const html = page('x').replace('<meta charset="x">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">');
    expect(await textOf(iconv.encode(html, 'windows-1252'), '/web/minutes.htm')).toBe(expected);
  });

  it('reads a valid UTF-8 page as UTF-8 even when its <meta> claims another charset', async () => {
    expect(await textOf(Buffer.from(page('windows-1252')), '/web/minutes.html')).toBe(expected);
  });

  it('falls back to detection when the declared charset is unknown', async () => {
    expect(await textOf(iconv.encode(page('klingon'), 'windows-1252'), '/web/minutes.html')).toBe(expected);
  });
});
