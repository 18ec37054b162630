// Runs in a worker thread (see pdf.ts for why): extracts each page's text with pdf-parse and posts it back.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

const parser = new PDFParse({ data: workerData.bytes });
try {
  const result = await parser.getText({ pageJoiner: '' });
  parentPort.postMessage({ pages: result.pages.map((page) => page.text) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
} finally {
  await parser.destroy().catch(() => undefined);
}
