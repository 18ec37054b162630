// Builds tiny, valid PDF files in memory for the reader tests: one page per entry, Helvetica text (bold where a segment
// says so), or a page's own content stream for the shapes real PDFs take (rotated pages, form XObjects, Type3 fonts).

/** Escapes the characters that end or break a PDF literal string. */
export function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

/** Text set at a distance from the page's left edge, in points (72 is the left margin), on a line shared with others. */
export type PdfSegment = [x: number, text: string, font?: 'bold'];
/** A line of a page: text at the left margin, or segments set at their own distances (columns, a margin column). */
export type PdfLine = string | PdfSegment[];

/** A page as its content stream draws it. Fonts /F1 (Helvetica) and /F2 (Helvetica-Bold) are at hand. */
export interface PdfPageSource {
  content: string;
  /** [width, height] in points; A4 portrait-ish Letter (612 × 792) unless given. */
  size?: [number, number];
  /** The page's /Rotate: 90 shows a page whose content is drawn sideways upright. */
  rotate?: number;
  /** Form XObjects the content may draw (`/Name Do`), each by its own content stream over the page's fonts. */
  forms?: Record<string, string>;
  /** More fonts the content may use, by resource name: a font dictionary written as PDF (may name `<n> 0 R` objects). */
  fonts?: Record<string, string>;
  /** Objects the fonts refer to, by number (from 1000 up, clear of the builder's own). */
  objects?: Record<number, string>;
  /** Links to web addresses on the page: each its box ([left, bottom, right, top] in points, as PDF measures) and address. */
  links?: { rect: [number, number, number, number]; uri: string }[];
}

function pageContent(lines: PdfLine[]): string {
  if (lines.every((line) => typeof line === 'string')) {
    const shown = lines.map((line, index) => `${index === 0 ? '' : '0 -16 Td '}${pdfString(line)} Tj`).join('\n');
    return lines.length === 0 ? '' : `BT /F1 12 Tf 72 720 Td\n${shown}\nET`;
  }
  const segments = lines.flatMap((line, index) =>
    (typeof line === 'string' ? [[72, line] as PdfSegment] : line).map(([x, text, font]) => `/${font === 'bold' ? 'F2' : 'F1'} 12 Tf 1 0 0 1 ${x} ${720 - index * 16} Tm ${pdfString(text)} Tj`),
  );
  return `BT\n${segments.join('\n')}\nET`;
}

const stream = (content: string, dictionary = '') => `<< ${dictionary}/Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

function serialise(objects: Map<number, string>, trailer = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets = new Map<number, number>();
  const ids = [...objects.keys()].sort((a, b) => a - b);
  for (const id of ids) {
    offsets.set(id, Buffer.byteLength(body, 'latin1'));
    body += `${id} 0 obj\n${objects.get(id)}\nendobj\n`;
  }
  const size = ids[ids.length - 1] + 1;
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  const entries = Array.from({ length: size - 1 }, (_, index) => {
    const offset = offsets.get(index + 1);
    return offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }).join('');
  body += `xref\n0 ${size}\n0000000000 65535 f \n${entries}`;
  body += `trailer\n<< /Size ${size} /Root 1 0 R${trailer} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF with one page per source, each drawn by its own content stream; `trailer` adds entries to the trailer's dictionary. */
export function makePdfPages(pages: PdfPageSource[], extraObjects = new Map<number, string>(), trailer = ''): Buffer {
  const objects = new Map<number, string>();
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  objects.set(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>');
  let next = 5;
  const pageIds = pages.map((page) => {
    const fonts = Object.entries({ F1: '3 0 R', F2: '4 0 R', ...page.fonts }).map(([name, font]) => `/${name} ${font}`).join(' ');
    const formIds = Object.entries(page.forms ?? {}).map(([name, content]) => {
      const [width, height] = page.size ?? [612, 792];
      objects.set(next, stream(content, `/Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}] /Resources << /Font << ${fonts} >> >> `));
      return `/${name} ${next++} 0 R`;
    });
    for (const [id, object] of Object.entries(page.objects ?? {})) objects.set(Number(id), object);
    const [width, height] = page.size ?? [612, 792];
    const contentId = next++;
    objects.set(contentId, stream(page.content));
    const resources = `/Resources << /Font << ${fonts} >>${formIds.length > 0 ? ` /XObject << ${formIds.join(' ')} >>` : ''} >>`;
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
    const linkIds = (page.links ?? []).map(({ rect, uri }) => {
      objects.set(next, `<< /Type /Annot /Subtype /Link /Rect [${rect.join(' ')}] /Border [0 0 0] /A << /S /URI /URI ${pdfString(uri)} >> >>`);
      return next++;
    });
    const annotations = linkIds.length > 0 ? ` /Annots [${linkIds.map((id) => `${id} 0 R`).join(' ')}]` : '';
    objects.set(next, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}]${rotate}${annotations} ${resources} /Contents ${contentId} 0 R >>`);
    return next++;
  });
  objects.set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  for (const [id, object] of extraObjects) objects.set(id, object);
  return serialise(objects, trailer);
}

/** A PDF with one page per element of `pages`; an empty array of lines gives a page with no text. */
export function makePdf(pages: PdfLine[][]): Buffer {
  return makePdfPages(pages.map((lines) => ({ content: pageContent(lines) })));
}

/**
 * A PDF that asks for a password to be opened: its standard security handler's check value (/U) matches no password,
 * so a reader without the password stops at the check, before any content (which is left unencrypted).
 */
export function makePasswordProtectedPdf(lines: PdfLine[]): Buffer {
  const check = `<${'5a'.repeat(32)}>`;
  const security = `<< /Filter /Standard /V 2 /R 3 /Length 128 /O ${check} /U ${check} /P -3904 >>`;
  return makePdfPages([{ content: pageContent(lines) }], new Map([[900, security]]), ` /Encrypt 900 0 R /ID [<${'0f'.repeat(16)}> <${'0f'.repeat(16)}>]`);
}
