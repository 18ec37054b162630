// Opens the links of alert emails as a reader does: the GET answers a page with one button, and pressing it POSTs the
// page's form to its action, resolved against the page's address as a browser resolves it.
import fs from 'node:fs';
import * as cheerio from 'cheerio';
import { alertDatabasePath } from '../../server/alerts/database';

export interface LinkPage {
  status: number;
  title: string;
  text: string;
  /** The form's button and where it posts, or null when the page offers none. */
  button: { label: string; action: URL } | null;
}

async function linkPageOf(response: Response, address: string): Promise<LinkPage> {
  const $ = cheerio.load(await response.text());
  const form = $('form[method="post"]');
  const action = form.attr('action');
  return {
    status: response.status,
    title: $('h1').text(),
    text: $('main').text(),
    button: action === undefined ? null : { label: form.find('button').text(), action: new URL(action, address) },
  };
}

export async function openLink(link: string): Promise<LinkPage> {
  return linkPageOf(await fetch(link, { headers: { accept: 'text/html' } }), link);
}

export async function pressButton(page: LinkPage): Promise<LinkPage> {
  if (!page.button) throw new Error(`the page "${page.title}" has no button: ${page.text}`);
  const { action } = page.button;
  return linkPageOf(await fetch(action, { method: 'POST', headers: { accept: 'text/html' } }), action.href);
}

/** Every byte of data/alerts.sqlite and its write-ahead log, to look for text that must never be stored. */
export function alertDatabaseBytes(dataDir: string): string {
  const file = alertDatabasePath(dataDir);
  return [file, `${file}-wal`].filter((part) => fs.existsSync(part)).map((part) => fs.readFileSync(part, 'latin1')).join('');
}
