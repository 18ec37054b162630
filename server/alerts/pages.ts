// The small pages the links in alert emails open. A GET only says what the link would do and offers one button that
// POSTs it, so a mail scanner fetching every link changes nothing; the POST does it. A client that prefers JSON gets
// the same answers as JSON.
import type { Request, Response } from 'express';
import { ERROR_CODES } from '../../core/errors';
import { escapeHtml } from '../../core/text/highlight';

export interface LinkPage {
  title: string;
  /** Paragraphs as HTML: the caller escapes any text it puts in them. */
  lines: string[];
  /** The button that carries the link's action out (a plain form; the page has no script). The action is relative to
   * the link, so the pages work behind a path prefix too. */
  form?: { action: string; button: string };
}

function pageHtml(page: LinkPage): string {
  const lines = page.lines.map((line) => `<p>${line}</p>`);
  if (page.form) lines.push(`<form method="post" action="${escapeHtml(page.form.action)}"><button type="submit">${escapeHtml(page.form.button)}</button></form>`);
  const title = escapeHtml(page.title);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>\n<body><main><h1>${title}</h1>\n${lines.join('\n')}\n</main></body></html>`;
}

export function sendLinkPage(request: Request, response: Response, status: number, page: LinkPage, json: object): void {
  // The token is in the address: no cache keeps the page.
  response.setHeader('Cache-Control', 'no-store');
  if (request.accepts(['html', 'json']) === 'json') response.status(status).json(json);
  else response.status(status).type('html').send(pageHtml(page));
}

/** An unknown, used or incomplete token: the same answer whatever the reason, so it tells nobody who subscribes. */
export function sendLinkNotRecognised(request: Request, response: Response, message: string): void {
  sendLinkPage(request, response, 404, { title: 'Link not recognised', lines: [escapeHtml(message)] }, { error: { code: ERROR_CODES.NOT_FOUND, message, field: 'token' } });
}
