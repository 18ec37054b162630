// The two emails alerts send, as plain data (subject, text, HTML, headers). Pure. Every text that came from the
// minutes or from a subscriber (queries, speakers, titles) is escaped in the HTML; the only markup added to it is
// <mark> around matched words. Each digest says why each passage matched and carries one-click unsubscribe links.
import { escapeHtml, highlightSnippet } from '../../core/text/highlight';
import type { Chunk } from '../../core/types';
import type { MatchReason } from './matcher';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export type DigestChunk = Pick<Chunk, 'text' | 'body' | 'date' | 'meetingTitle' | 'itemNumber' | 'itemTitle' | 'speaker' | 'isDecision'>;

export interface DigestPassage {
  chunk: DigestChunk;
  reason: MatchReason;
  /** The paragraph in context in the page. */
  link: string;
}

export interface DigestSection {
  /** The search as a person would name it (links.ts describeSearch). */
  search: string;
  searchLink: string;
  unsubscribeLink: string;
  passages: DigestPassage[];
}

/** Words of a passage quoted in a digest; the link leads to the whole paragraph. */
const QUOTED_WORDS = 80;

export function confirmationMail(to: string, search: string, confirmLink: string): OutgoingMail {
  const text = [
    `Someone (we hope you) asked for email alerts when new minutes mention ${search}.`,
    '',
    `To start them, open this link and press its button: ${confirmLink}`,
    '',
    'If it was not you, ignore this email: nothing will be sent to you.',
  ].join('\n');
  const html = [
    `<p>Someone (we hope you) asked for email alerts when new minutes mention <strong>${escapeHtml(search)}</strong>.</p>`,
    `<p><a href="${escapeHtml(confirmLink)}">Start these alerts</a></p>`,
    '<p>If it was not you, ignore this email: nothing will be sent to you.</p>',
  ].join('\n');
  return { to, subject: oneLine(`Confirm your alert for ${search}`), text, html, headers: {} };
}

/** A subject line: a query's line breaks and control characters are not carried into a header. */
function oneLine(text: string): string {
  return text.replace(/\p{Cc}+/gu, ' ');
}

/** Where the passage was said: body, date, item and speaker, as one line. */
function placeOf(chunk: DigestChunk): string {
  const item = chunk.itemNumber ? `${chunk.itemNumber}. ${chunk.itemTitle}` : chunk.itemTitle;
  return [chunk.body ?? chunk.meetingTitle, chunk.date ?? 'undated', item, chunk.speaker].filter(Boolean).join(' · ');
}

function whyText(reason: MatchReason): string {
  if (reason.kind === 'meaning') return `similar in meaning (${reason.similarity.toFixed(2)})`;
  return reason.words.length > 0 ? `matched words: ${reason.words.join(', ')}` : 'a new paragraph under the search’s filters';
}

function quoted(text: string): string {
  const words = text.split(/\s+/);
  return words.length > QUOTED_WORDS ? `${words.slice(0, QUOTED_WORDS).join(' ')} …` : text;
}

function passageText(passage: DigestPassage): string {
  const decision = passage.chunk.isDecision ? ' (decision)' : '';
  return [`- ${placeOf(passage.chunk)}${decision}`, `  ${quoted(passage.chunk.text)}`, `  Why: ${whyText(passage.reason)}`, `  Read it in context: ${passage.link}`].join('\n');
}

function passageHtml(passage: DigestPassage): string {
  const { chunk, reason } = passage;
  const snippet = reason.kind === 'words' ? highlightSnippet(chunk.text, reason.words, { maxWords: QUOTED_WORDS }) : escapeHtml(quoted(chunk.text));
  const decision = chunk.isDecision ? ' <strong>(decision)</strong>' : '';
  return [
    '<li>',
    `<p><small>${escapeHtml(placeOf(chunk))}</small>${decision}</p>`,
    `<blockquote>${snippet}</blockquote>`,
    `<p><em>Why: ${escapeHtml(whyText(reason))}</em> · <a href="${escapeHtml(passage.link)}">Read it in context</a></p>`,
    '</li>',
  ].join('\n');
}

function passageCount(count: number): string {
  return `${count} new passage${count === 1 ? '' : 's'}`;
}

/** One email for one subscriber and one run: a section per saved search with new passages. */
export function digestMail(to: string, sections: DigestSection[], unsubscribeAllLink: string): OutgoingMail {
  const total = sections.reduce((sum, section) => sum + section.passages.length, 0);
  const subject = oneLine(sections.length === 1 ? `${passageCount(total)} on ${sections[0].search}` : `${passageCount(total)} on ${sections.length} searches you follow`);
  const text = [
    ...sections.flatMap((section) => [
      `${passageCount(section.passages.length)} on ${section.search} (${section.searchLink})`,
      '',
      ...section.passages.map(passageText),
      '',
      `Stop alerts for this search: ${section.unsubscribeLink}`,
      '',
    ]),
    `Stop all alerts to this address: ${unsubscribeAllLink}`,
  ].join('\n');
  const html = [
    ...sections.flatMap((section) => [
      `<h2>${escapeHtml(passageCount(section.passages.length))} on <a href="${escapeHtml(section.searchLink)}">${escapeHtml(section.search)}</a></h2>`,
      `<ul>${section.passages.map(passageHtml).join('\n')}</ul>`,
      `<p><a href="${escapeHtml(section.unsubscribeLink)}">Stop alerts for this search</a></p>`,
    ]),
    `<p><small><a href="${escapeHtml(unsubscribeAllLink)}">Stop all alerts to this address</a></small></p>`,
  ].join('\n');
  return {
    to,
    subject,
    text,
    html,
    // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
    headers: { 'List-Unsubscribe': `<${unsubscribeAllLink}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
