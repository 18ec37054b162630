/** @jest-environment ./test/vector/onnx-environment.ts */
// Files read by what their bytes are: a page saved under its address's name ("ieListDocuments.aspx"), a PDF or a web
// page saved as ".txt", a download that lost its extension. Text no reader claims by name is read as text; bytes that
// are neither text nor a known format are refused naming the file.
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { silentLogger } from '../../../core/logger';
import { ERROR_CODES } from '../../../core/errors';
import { indexPaths, silentReporter } from '../../../indexer/pipeline';
import { isReadableName, readDocument } from '../../../indexer/readers';
import { openStores } from '../../../indexer/stores/open';
import { temporaryDirectory, testConfig } from '../../helpers/environment';
import { makeOdt } from '../../helpers/make-odt';
import { makePdf } from '../make-pdf';

const LIMITS = { maxFileBytes: 1024 * 1024 };
const read = (bytes: Buffer, file: string) => readDocument(bytes, file, LIMITS);

const PAGE = '<!DOCTYPE html>\n<html><head><title>Minutes - Tarnwick Town Council</title></head><body><h1>Planning Committee</h1><p>Present: Cllr Ruth Hale</p></body></html>';
const TEXT = 'TARNWICK TOWN COUNCIL\n\nMinutes of the Planning Committee held on 3 June 2025\n\n1. Apologies\n\nCllr Dee Farr.\n';

describe('reading a file by what its bytes are', () => {
  it('reads a saved web page under its address name, or under .txt, as a web page', async () => {
    const asHtml = await read(Buffer.from(PAGE), '/in/minutes.html');
    expect(asHtml.format).toBe('html');
    expect(await read(Buffer.from(PAGE), '/in/ieListDocuments.aspx')).toEqual(asHtml);
    expect(await read(Buffer.from(PAGE), '/in/minutes.txt')).toEqual(asHtml);
    expect(await read(Buffer.from(`<?xml version="1.0" encoding="utf-8"?>\n${PAGE}`), '/in/minutes')).toEqual(asHtml);
  });

  it('reads a PDF, a .docx and an .odt whatever their names say', async () => {
    const pdf = makePdf([['Tarnwick Town Council', 'Minutes of the Planning Committee held on 3 June 2025']]);
    const asPdf = await read(pdf, '/in/minutes.pdf');
    expect(await read(pdf, '/in/minutes.txt')).toEqual(asPdf);
    expect(await read(pdf, '/in/mgConvert2PDF.aspx')).toEqual(asPdf);
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: 'Tarnwick Town Council' })] }] }));
    expect(await read(docx, '/in/download')).toEqual({ format: 'docx', text: 'Tarnwick Town Council' });
    const odt = makeOdt([{ text: 'Tarnwick Town Council', heading: 'title' }]);
    expect(await read(odt, '/in/minutes.docx')).toEqual(await read(odt, '/in/minutes.odt'));
  });

  it('reads text under no extension, or under one no reader takes, as text', async () => {
    const asText = await read(Buffer.from(TEXT), '/in/minutes.txt');
    expect(await read(Buffer.from(TEXT), '/in/Minutes 03.06.2025')).toEqual(asText);
    expect(await read(Buffer.from(TEXT), '/in/minutes.wpd')).toEqual(asText);
  });

  it('refuses bytes that are neither text nor a format it reads, naming the file and its extension', async () => {
    await expect(read(Buffer.from([0x4d, 0x5a, 0x00, 0x01, 0x41]), '/in/minutes.wpd')).rejects.toMatchObject({
      code: ERROR_CODES.UNSUPPORTED_TYPE,
      message: expect.stringMatching(/but \/in\/minutes\.wpd has "\.wpd" and its bytes are not text$/),
      context: { file: '/in/minutes.wpd' },
    });
  });

  it('offers a folder\'s files a reader takes by name or that have no extension, and no others', () => {
    expect(['a.PDF', 'b.aspx', 'c.php', 'Minutes 03.06.2025', 'download'].filter(isReadableName)).toHaveLength(5);
    expect(['a.jpg', 'b.xlsx', 'c.csv'].filter(isReadableName)).toEqual([]);
  });
});

describe('indexing a folder of files named as a council site serves them', () => {
  it('indexes a page saved as .aspx and text with no extension, and skips an image', async () => {
    const folder = temporaryDirectory('served');
    fs.writeFileSync(path.join(folder, 'ieListDocuments.aspx'), PAGE);
    fs.writeFileSync(path.join(folder, 'Minutes 03.06.2025'), TEXT);
    fs.writeFileSync(path.join(folder, 'crest.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]));
    const config = testConfig({ MEILI_URL: '' });
    const stores = await openStores(config, silentLogger);
    try {
      const summary = await indexPaths([folder], stores, config, silentReporter, { prune: false });
      expect(summary.failed).toEqual([]);
      expect(summary.documents).toBe(2);
      expect(stores.store.listMeetings({ limit: 10, offset: 0 }).meetings.map((meeting) => meeting.source.format).sort()).toEqual(['html', 'text']);
    } finally {
      await stores.close();
    }
  });
});
