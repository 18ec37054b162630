// Builds a real Word .docx for the layout fixtures with the `docx` package: paragraphs, Word heading styles, bold
// runs, items of lists Word numbers itself (headings too, several levels, restarted), tables of cells, footnotes,
// tracked insertions and deletions, a table of contents, fields, links, soft line breaks, text boxes and frames, borderless
// tables, and a running header and footer with page numbers, from a readable JSON source.
import {
  AlignmentType, DeletedTextRun, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel, InsertedTextRun, LevelFormat,
  Packer, PageNumber, Paragraph, SimpleField, Table, TableBorders, TableCell, TableOfContents, TableRow, TextRun, Textbox,
} from 'docx';

/**
 * A run of a paragraph: plain text, or bold, or a tracked change (`inserted` or `deleted` by a reviewer), or the text a
 * `field` shows (Word's short form, `DATE \@ "d MMMM yyyy"`), or a `link`'s text; `lineBreak` puts a soft line break
 * (Shift+Enter) before it.
 */
type DocxRun = string | { text: string; bold?: boolean; inserted?: boolean; deleted?: boolean; field?: string; link?: string; lineBreak?: boolean };

/**
 * A paragraph of a .docx fixture: plain text or runs, a Word heading (level 1–3 or the Title style), or a bold line; `list`
 * makes it an item at that level of a list Word numbers, not typed (a heading too, as Word numbers headings): the
 * source's list `numbered` names, or the one list (0: "1.", "2.", …; 1: "(a)", "(b)", …); `restart` numbers it in
 * the list's instance of that number, which starts again (Word's "Restart at 1"); `footnote` adds a footnote at its end.
 */
type DocxParagraph =
  | string
  | {
      text?: string;
      runs?: DocxRun[];
      heading?: 1 | 2 | 3 | 'title';
      bold?: boolean;
      list?: 0 | 1 | 2;
      numbered?: string;
      restart?: number;
      footnote?: string;
      /** The paragraph set in a text box (a title a template places so) or a frame. */
      box?: 'textbox' | 'frame';
    };
/** A table of a .docx fixture: rows of cells, each cell one paragraph or several; `borderless` draws no lines. */
type DocxTable = { table: (DocxParagraph | DocxParagraph[])[][]; borderless?: boolean };
/** Word's table of contents, as Word last filled it in: each line a heading's title, level and page. */
type DocxContents = { contents: { title: string; level: number; page: number }[] };

/** A level of a list: Word's number format ("DECIMAL", "LOWER_LETTER", "LOWER_ROMAN", "UPPER_LETTER") and text ("%1.%2"). */
type DocxListLevel = { format: keyof typeof LevelFormat; text: string };

/**
 * A .docx fixture's source: the body, the lines of the running header and footer Word prints on every page, and lists
 * of its own, by name, each level's numbers shown as its text says.
 */
export interface DocxSource {
  paragraphs: (DocxParagraph | DocxTable | DocxContents)[];
  header?: string[];
  footer?: string[];
  lists?: Record<string, DocxListLevel[]>;
}

const DOCX_HEADINGS = { title: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const DOCX_LIST = 'minutes-numbering';
/** Word's numbering of the list `list` paragraphs are items of: decimal items, lettered parts under them. */
const DOCX_LEVELS: DocxListLevel[] = [
  { format: 'DECIMAL', text: '%1.' },
  { format: 'LOWER_LETTER', text: '(%2)' },
];

function docxNumbering(lists: Record<string, DocxListLevel[]> = {}) {
  const config = Object.entries({ [DOCX_LIST]: DOCX_LEVELS, ...lists }).map(([reference, levels]) => ({
    reference,
    levels: levels.map((level, index) => ({ level: index, format: LevelFormat[level.format], text: level.text, alignment: AlignmentType.START })),
  }));
  return { config };
}

const REVIEW = { author: 'Clerk', date: '2025-06-04T09:00:00Z' };

function docxRun(run: DocxRun, index: number, bold?: boolean): TextRun | InsertedTextRun | DeletedTextRun | SimpleField | ExternalHyperlink {
  if (typeof run === 'string') return new TextRun({ text: run, bold });
  if (run.inserted) return new InsertedTextRun({ text: run.text, bold: run.bold, id: index, ...REVIEW });
  if (run.deleted) return new DeletedTextRun({ text: run.text, bold: run.bold, id: index, ...REVIEW });
  if (run.field !== undefined) return new SimpleField(run.field, run.text);
  const text = new TextRun({ text: run.text, bold: run.bold ?? bold, break: run.lineBreak ? 1 : undefined });
  return run.link === undefined ? text : new ExternalHyperlink({ link: run.link, children: [text] });
}

/** Where a framed paragraph stands on the page (a frame needs a place; the reader never looks at it). */
const FRAME = { type: 'absolute', position: { x: 1440, y: 720 }, width: 6000, height: 800, anchor: { horizontal: 'margin', vertical: 'margin' } } as const;

function docxParagraph(paragraph: DocxParagraph): Paragraph {
  if (typeof paragraph === 'string') return new Paragraph({ text: paragraph });
  const runs = (paragraph.runs ?? [paragraph.text ?? '']).map((run, index) => docxRun(run, index + 1, paragraph.bold));
  const footnote = paragraph.footnote === undefined ? [] : [new FootnoteReferenceRun({ children: [new Paragraph(paragraph.footnote)] })];
  const numbering = paragraph.list === undefined ? undefined : { reference: paragraph.numbered ?? DOCX_LIST, level: paragraph.list, instance: paragraph.restart };
  const heading = paragraph.heading === undefined ? undefined : DOCX_HEADINGS[paragraph.heading];
  const made = new Paragraph({ children: [...runs, ...footnote], numbering, heading, frame: paragraph.box === 'frame' ? FRAME : undefined });
  return paragraph.box === 'textbox' ? new Paragraph({ children: [new Textbox({ children: [made], style: { width: '5in', height: '0.6in' } })] }) : made;
}

/** A paragraph, a table (minutes set out as a minute-number column beside the minute's text), or a table of contents. */
function docxBlock(block: DocxParagraph | DocxTable | DocxContents): Paragraph | Table | TableOfContents {
  if (typeof block !== 'string' && 'contents' in block) return new TableOfContents('Contents', { hyperlink: true, cachedEntries: block.contents });
  if (typeof block === 'string' || !('table' in block)) return docxParagraph(block);
  const cell = (content: DocxParagraph | DocxParagraph[]) => new TableCell({ children: (Array.isArray(content) ? content : [content]).map(docxParagraph) });
  const borders = block.borderless ? TableBorders.NONE : undefined;
  return new Table({ borders, rows: block.table.map((row) => new TableRow({ children: row.map(cell) })) });
}

/** A running line, "{PAGE}" and "{NUMPAGES}" in it the page fields Word fills in ("Page {PAGE} of {NUMPAGES}"). */
function runningLine(line: string): Paragraph {
  const parts = line.split(/(\{PAGE\}|\{NUMPAGES\})/).filter((part) => part !== '');
  const field = (part: string) => (part === '{PAGE}' ? PageNumber.CURRENT : part === '{NUMPAGES}' ? PageNumber.TOTAL_PAGES : part);
  return new Paragraph({ children: [new TextRun({ children: parts.map(field) })] });
}

const runningLines = (lines: string[]) => lines.map(runningLine);

export async function makeDocx(source: DocxSource): Promise<Buffer> {
  const headers = source.header ? { default: new Header({ children: runningLines(source.header) }) } : undefined;
  const footers = source.footer ? { default: new Footer({ children: runningLines(source.footer) }) } : undefined;
  return Packer.toBuffer(new Document({ numbering: docxNumbering(source.lists), sections: [{ headers, footers, children: source.paragraphs.map(docxBlock) }] }));
}
