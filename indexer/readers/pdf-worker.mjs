// Runs in a worker thread (see pdf.ts for why): reads each page's runs of text with pdf.js (through pdf-parse), with
// where each starts and its size, and posts them back for pdf-layout.ts to lay out as lines.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

/** A run drawn upright (no rotation or skew): a watermark set across the page at an angle is not part of the text. */
const isUpright = (transform) => transform[0] > 0 && Math.abs(transform[1]) < 1e-3 * transform[0] && Math.abs(transform[2]) < 1e-3 * transform[0];

async function pageRuns(page) {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter((item) => 'str' in item && item.str !== '');
  const upright = items.filter((item) => isUpright(item.transform));
  // A page set sideways has no upright text: its runs are kept, in the order pdf.js gives them.
  return (upright.length * 2 >= items.length ? upright : items).map((item) => {
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    return { text: item.str, x, y, width: item.width, size: item.height || Math.hypot(item.transform[2], item.transform[3]) };
  });
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
