// Runs in a worker thread (see pdf.ts for why): reads each page's text items with pdf.js (through pdf-parse) and
// posts back where each one is set, for pdf-layout.ts to lay out as lines.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

const parser = new PDFParse({ data: workerData.bytes });
try {
  const document = await parser.load();
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .filter((item) => 'str' in item)
        .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) || item.height })),
    );
    page.cleanup();
  }
  parentPort.postMessage({ pages });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
} finally {
  await parser.destroy().catch(() => undefined);
}
