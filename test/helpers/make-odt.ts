// Builds a real OpenDocument text (.odt) for tests: a zip with the mimetype first and stored, a manifest and a
// content.xml of paragraphs, headings (text:h with an outline level, or the Title style), bold spans, lists and
// tables, written as LibreOffice writes them.
import { strToU8, zipSync } from 'fflate';

/** One run of a paragraph: plain text, or text in a bold span. */
export type OdtRun = string | { text: string; bold: true };
/** A paragraph: plain text, a heading (level 1–3 or Title), a wholly bold paragraph, or runs with bold spans. */
export type OdtParagraph = string | { text: string; heading?: 1 | 2 | 3 | 'title'; bold?: boolean } | { runs: OdtRun[] };
/**
 * A block of the document: a paragraph, a list of paragraphs (bulleted, or `numbered` "1.", "2.", … by its list style as
 * LibreOffice numbers lists: the numbers are not in the text), a table of rows of cells, or a generated table of contents
 * (`toc`: its entries, a tab before each page number).
 */
export type OdtBlock = OdtParagraph | { list: OdtParagraph[]; numbered?: boolean } | { table: (OdtParagraph | OdtParagraph[])[][] } | { toc: string[] };

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
].join(' ');

const AUTOMATIC_STYLES = [
  '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>',
  '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
  '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>',
].join('');

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphXml(paragraph: OdtParagraph): string {
  if (typeof paragraph === 'string') return `<text:p text:style-name="Standard">${escapeXml(paragraph)}</text:p>`;
  if ('runs' in paragraph) {
    const runs = paragraph.runs.map((run) => (typeof run === 'string' ? escapeXml(run) : `<text:span text:style-name="T1">${escapeXml(run.text)}</text:span>`));
    return `<text:p text:style-name="Standard">${runs.join('')}</text:p>`;
  }
  const text = escapeXml(paragraph.text);
  if (paragraph.heading === 'title') return `<text:p text:style-name="Title">${text}</text:p>`;
  if (paragraph.heading !== undefined) {
    return `<text:h text:style-name="Heading_20_${paragraph.heading}" text:outline-level="${paragraph.heading}">${text}</text:h>`;
  }
  return `<text:p text:style-name="${paragraph.bold ? 'P1' : 'Standard'}">${text}</text:p>`;
}

/** A table of contents as LibreOffice writes one: a title and an entry per heading, each a paragraph of its own. */
function tocXml(entries: string[]): string {
  const entry = (text: string) => `<text:p text:style-name="Contents_20_1">${text.split('\t').map(escapeXml).join('<text:tab/>')}</text:p>`;
  const title = '<text:index-title text:name="Table of Contents1_Head"><text:p text:style-name="Contents_20_Heading">Contents</text:p></text:index-title>';
  return `<text:table-of-content text:name="Table of Contents1"><text:index-body>${title}${entries.map(entry).join('')}</text:index-body></text:table-of-content>`;
}

function blockXml(block: OdtBlock): string {
  if (typeof block === 'string' || (!('list' in block) && !('table' in block) && !('toc' in block))) return paragraphXml(block);
  if ('toc' in block) return tocXml(block.toc);
  if ('list' in block) {
    const style = block.numbered ? ' text:style-name="L1"' : '';
    return `<text:list${style}>${block.list.map((item) => `<text:list-item>${paragraphXml(item)}</text:list-item>`).join('')}</text:list>`;
  }
  const cell = (content: OdtParagraph | OdtParagraph[]) =>
    `<table:table-cell office:value-type="string">${(Array.isArray(content) ? content : [content]).map(paragraphXml).join('')}</table:table-cell>`;
  const columns = Math.max(...block.table.map((row) => row.length));
  const rows = block.table.map((row) => `<table:table-row>${row.map(cell).join('')}</table:table-row>`).join('');
  return `<table:table table:name="Table"><table:table-column table:number-columns-repeated="${columns}"/>${rows}</table:table>`;
}

export function odtContentXml(blocks: OdtBlock[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<office:document-content ${NAMESPACES} office:version="1.3">`,
    `<office:automatic-styles>${AUTOMATIC_STYLES}</office:automatic-styles>`,
    `<office:body><office:text>${blocks.map(blockXml).join('\n')}</office:text></office:body>`,
    '</office:document-content>',
  ].join('\n');
}

const MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** The zip of an .odt holding `contentXml`; `manifestEntries` adds to the manifest's content.xml entry. */
export function zipOdt(contentXml: string | Uint8Array, manifestEntries = ''): Buffer {
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">',
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${MIMETYPE}"/>`,
    `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${manifestEntries}</manifest:file-entry>`,
    '</manifest:manifest>',
  ].join('\n');
  return Buffer.from(
    zipSync({
      mimetype: [strToU8(MIMETYPE), { level: 0 }],
      'META-INF/manifest.xml': strToU8(manifest),
      'content.xml': typeof contentXml === 'string' ? strToU8(contentXml) : contentXml,
    }),
  );
}

export function makeOdt(blocks: OdtBlock[]): Buffer {
  return zipOdt(odtContentXml(blocks));
}
