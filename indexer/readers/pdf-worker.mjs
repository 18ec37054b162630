// Runs in a worker thread (see pdf.ts for why): reads each page's runs of text with pdf.js (through pdf-parse), with
// where each starts, its size and whether its font is bold or fixed-pitch, and posts them back for pdf-layout.ts to lay out as lines.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

/** pdf.js's matrix product: `inner` then `outer` (a run's text matrix, then the page's viewport). */
const times = (outer, inner) => [
  outer[0] * inner[0] + outer[2] * inner[1],
  outer[1] * inner[0] + outer[3] * inner[1],
  outer[0] * inner[2] + outer[2] * inner[3],
  outer[1] * inner[2] + outer[3] * inner[3],
  outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
  outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
];

/**
 * How many quarter turns clockwise a run's baseline is turned as the page is seen (0: upright), or null for a run set at
 * another angle (a watermark across the page).
 */
function quarterTurnsOf(matrix) {
  const turns = Math.atan2(matrix[1], matrix[0]) / (Math.PI / 2);
  const rounded = Math.round(turns);
  return Math.abs(turns - rounded) < 1e-3 ? (rounded + 4) % 4 : null;
}

/**
 * The page's runs in the frame of its text: a table set sideways on an upright page (drawn turned, the page not) is
 * read along its own lines, as a reader turning the page would. The turn most of the page's characters are set at is
 * the text's; runs at any other angle are left out.
 */
function inTextFrame(runs) {
  const charsByTurn = [0, 0, 0, 0];
  for (const run of runs) if (run.turns !== null) charsByTurn[run.turns] += run.text.length;
  const turns = charsByTurn.indexOf(Math.max(...charsByTurn));
  const [cos, sin] = [Math.round(Math.cos((turns * Math.PI) / 2)), Math.round(Math.sin((turns * Math.PI) / 2))];
  return runs.filter((run) => run.turns === turns).map(({ turns: _, x, y, ...run }) => ({ ...run, x: x * cos + y * sin, y: y * cos - x * sin }));
}

/** "ABCDEF+Arial-BoldMT", "Helvetica-Bold", "LiberationSerif-Bold": a font's weight is in its name (as pdf.js reads it). */
const BOLD_FONT_NAME = /bold|black|heavy/i;

/**
 * The bold fonts among a page's fonts. pdf.js names each font only once the page's drawing is read (its operator
 * list), so a page set in one font, where bold could tell nothing apart, is not read twice.
 */
async function boldFontsOf(page, fontNames) {
  if (fontNames.size < 2) return new Set();
  await page.getOperatorList();
  const bold = new Set();
  for (const fontName of fontNames) {
    try {
      if (BOLD_FONT_NAME.test(page.commonObjs.get(fontName)?.name ?? '')) bold.add(fontName);
    } catch {
      // A font pdf.js could not load (a Type3 font, a broken one) is taken as not bold.
    }
  }
  return bold;
}

/** The boxes of the page's links to web addresses (a printed web page's menus), as the page is seen: [left, top, right, bottom]. */
async function webLinkBoxesOf(page, viewport) {
  const annotations = await page.getAnnotations();
  return annotations
    .filter((annotation) => annotation.subtype === 'Link' && (annotation.url || annotation.unsafeUrl))
    .map((annotation) => {
      const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(annotation.rect);
      return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
    });
}

/** How far (in points) a run's middle may stand outside a link's box and be its text. */
const LINK_SLACK = 1;

/** Whether the run whose baseline starts at (x, y) is the text of one of the links boxed. */
const inLink = (boxes, x, y, width, size) =>
  boxes.some(([left, top, right, bottom]) => {
    const [middleX, middleY] = [x + width / 2, y - size / 3];
    return middleX >= left - LINK_SLACK && middleX <= right + LINK_SLACK && middleY >= top - LINK_SLACK && middleY <= bottom + LINK_SLACK;
  });

async function pageRuns(page) {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter((item) => 'str' in item && item.str !== '');
  const boldFonts = await boldFontsOf(page, new Set(items.map((item) => item.fontName)));
  const linkBoxes = await webLinkBoxesOf(page, viewport);
  return inTextFrame(
    items.map((item) => {
      // Where the run stands as the page is seen (its /Rotate applied), top-left origin.
      const matrix = times(viewport.transform, item.transform);
      const size = item.height || Math.hypot(item.transform[2], item.transform[3]);
      const fixedPitch = content.styles[item.fontName]?.fontFamily === 'monospace';
      const link = inLink(linkBoxes, matrix[4], matrix[5], item.width, size);
      return { text: item.str, x: matrix[4], y: matrix[5], width: item.width, size, bold: boldFonts.has(item.fontName), fixedPitch, link, turns: quarterTurnsOf(matrix) };
    }),
  );
}

const parser = new PDFParse({ data: workerData.bytes });
try {
  const document = await parser.load();
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    pages.push(await pageRuns(page));
    page.cleanup();
  }
  parentPort.postMessage({ pages });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
} finally {
  await parser.destroy().catch(() => undefined);
}
