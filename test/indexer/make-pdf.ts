// Builds tiny, valid PDF files in memory for the reader tests (one page per entry, Helvetica text).

/** Escapes the characters that end or break a PDF literal string. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

/** Text set at a distance from the page's left edge, in points (72 is the left margin), on a line shared with others. */
export type PdfSegment = [x: number, text: string];
/** A line of a page: text at the left margin, or segments set at their own distances (columns, a margin column). */
export type PdfLine = string | PdfSegment[];

function pageContent(lines: PdfLine[]): string {
  if (lines.every((line) => typeof line === 'string')) {
    const shown = lines.map((line, index) => `${index === 0 ? '' : '0 -16 Td '}${pdfString(line)} Tj`).join('\n');
    return lines.length === 0 ? '' : `BT /F1 12 Tf 72 720 Td\n${shown}\nET`;
  }
  const segments = lines.flatMap((line, index) => (typeof line === 'string' ? [[72, line] as PdfSegment] : line).map(([x, text]) => `1 0 0 1 ${x} ${720 - index * 16} Tm ${pdfString(text)} Tj`));
  return `BT /F1 12 Tf\n${segments.join('\n')}\nET`;
}

/** A PDF with one page per element of `pages`; an empty array of lines gives a page with no text. */
export function makePdf(pages: PdfLine[][]): Buffer {
  const fontId = 3;
  const firstPageId = 4;
  const objects = new Map<number, string>();
  const pageIds = pages.map((_, index) => firstPageId + index * 2);
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects.set(fontId, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  pages.forEach((lines, index) => {
    const pageId = pageIds[index];
    const content = pageContent(lines);
    objects.set(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${pageId + 1} 0 R >>`,
    );
    objects.set(pageId + 1, `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });

  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  const count = objects.size;
  for (let id = 1; id <= count; id += 1) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects.get(id)}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  const entries = offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `xref\n0 ${count + 1}\n0000000000 65535 f \n${entries}`;
  body += `trailer\n<< /Size ${count + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
