// Builds a real Word .docx for the layout fixtures with the `docx` package: paragraphs, Word heading styles, bold
// runs, items of a list Word numbers itself (headings too), tables of cells, footnotes, tracked insertions and
// deletions, and a running header and footer, from a readable JSON source.
import { AlignmentType, DeletedTextRun, Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A run of a paragraph: plain text, or bold, or a tracked change (`inserted` or `deleted` by a reviewer). */
type DocxRun = string | { text: string; bold?: boolean; inserted?: boolean; deleted?: boolean };

/**
 * A paragraph of a .docx fixture: plain text or runs, a Word heading (level 1–3 or the Title style), or a bold line; `list`
 * makes it an item of Word's one numbered list at that level (0: "1.", "2.", …; 1: "(a)", "(b)", …), numbered by Word,
 * not typed (a heading too, as Word numbers headings); `footnote` adds a footnote at the paragraph's end.
 */
type DocxParagraph = string | { text?: string; runs?: DocxRun[]; heading?: 1 | 2 | 3 | 'title'; bold?: boolean; list?: 0 | 1; footnote?: string };
/** A table of a .docx fixture: rows of cells, each cell one paragraph or several. */
type DocxTable = { table: (DocxParagraph | DocxParagraph[])[][] };

/** A .docx fixture's source: the body, and the lines of the running header and footer Word prints on every page. */
export interface DocxSource {
  paragraphs: (DocxParagraph | DocxTable)[];
  header?: string[];
  footer?: string[];
}

const DOCX_HEADINGS = { title: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const DOCX_LIST = 'minutes-numbering';
/** Word's numbering of the list `list` paragraphs are items of: decimal items, lettered parts under them. */
const DOCX_NUMBERING = {
  config: [
    {
      reference: DOCX_LIST,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
      ],
    },
  ],
};

const REVIEW = { author: 'Clerk', date: '2025-06-04T09:00:00Z' };

function docxRun(run: DocxRun, index: number, bold?: boolean): TextRun | InsertedTextRun | DeletedTextRun {
  if (typeof run === 'string') return new TextRun({ text: run, bold });
  if (run.inserted) return new InsertedTextRun({ text: run.text, bold: run.bold, id: index, ...REVIEW });
  if (run.deleted) return new DeletedTextRun({ text: run.text, bold: run.bold, id: index, ...REVIEW });
  return new TextRun({ text: run.text, bold: run.bold ?? bold });
}

function docxParagraph(paragraph: DocxParagraph): Paragraph {
  if (typeof paragraph === 'string') return new Paragraph({ text: paragraph });
  const runs = (paragraph.runs ?? [paragraph.text ?? '']).map((run, index) => docxRun(run, index + 1, paragraph.bold));
  const footnote = paragraph.footnote === undefined ? [] : [new FootnoteReferenceRun({ children: [new Paragraph(paragraph.footnote)] })];
  const numbering = paragraph.list === undefined ? undefined : { reference: DOCX_LIST, level: paragraph.list };
  const heading = paragraph.heading === undefined ? undefined : DOCX_HEADINGS[paragraph.heading];
  return new Paragraph({ children: [...runs, ...footnote], numbering, heading });
}

/** A paragraph, or a table (minutes set out as a minute-number column beside the minute's text). */
function docxBlock(block: DocxParagraph | DocxTable): Paragraph | Table {
  if (typeof block === 'string' || !('table' in block)) return docxParagraph(block);
  const cell = (content: DocxParagraph | DocxParagraph[]) => new TableCell({ children: (Array.isArray(content) ? content : [content]).map(docxParagraph) });
  return new Table({ rows: block.table.map((row) => new TableRow({ children: row.map(cell) })) });
}

const runningLines = (lines: string[]) => lines.map((line) => new Paragraph(line));

export async function makeDocx(source: DocxSource): Promise<Buffer> {
  const headers = source.header ? { default: new Header({ children: runningLines(source.header) }) } : undefined;
  const footers = source.footer ? { default: new Footer({ children: runningLines(source.footer) }) } : undefined;
  return Packer.toBuffer(new Document({ numbering: DOCX_NUMBERING, sections: [{ headers, footers, children: source.paragraphs.map(docxBlock) }] }));
}
