// The confirmation and digest emails: why each passage matched, links to each paragraph and to stop, and every text
// from the minutes or from a subscriber escaped in the HTML.
import { confirmationMail, digestMail, type DigestSection } from '../../../server/alerts/emails';

const chunk = {
  text: 'Cllr <b>Dunmore</b> asked when the speed cameras would be switched on <script>alert(1)</script>.',
  body: 'Weald Roads Panel',
  date: '2026-05-12',
  meetingTitle: 'Weald Roads Panel',
  itemNumber: '2',
  itemTitle: 'Road safety & the A28',
  speaker: 'Cllr "Dunmore"',
  isDecision: false,
};

function section(search: string, fields: Partial<DigestSection> = {}): DigestSection {
  return {
    search,
    searchLink: 'https://minutes.example.org/?q=speed+cameras',
    unsubscribeLink: 'https://minutes.example.org/api/alerts/unsubscribe?token=one',
    passages: [{ chunk, reason: { kind: 'words', words: ['speed', 'cameras'] }, link: 'https://minutes.example.org/meetings/m1?q=speed+cameras#i2-p0' }],
    ...fields,
  };
}

describe('a digest', () => {
  const mail = digestMail('reader@example.org', [section('“speed cameras”')], 'https://minutes.example.org/api/alerts/unsubscribe?token=one&all=1');

  it('marks the matched words and escapes everything else from the minutes', () => {
    expect(mail.html).toContain('<mark>speed</mark> <mark>cameras</mark>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('Road safety &amp; the A28');
    expect(mail.html).toContain('Cllr &quot;Dunmore&quot;');
    expect(mail.html).not.toMatch(/<script|<b>/);
  });

  it('says why in the text, with the place, the paragraph and its link', () => {
    expect(mail.text).toContain('Weald Roads Panel · 2026-05-12 · 2. Road safety & the A28 · Cllr "Dunmore"');
    expect(mail.text).toContain('Why: matched words: speed, cameras');
    expect(mail.text).toContain('Read it in context: https://minutes.example.org/meetings/m1?q=speed+cameras#i2-p0');
  });

  it('carries a one-click unsubscribe header and a link to stop each search', () => {
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://minutes.example.org/api/alerts/unsubscribe?token=one&all=1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.text).toContain('Stop alerts for this search: https://minutes.example.org/api/alerts/unsubscribe?token=one');
  });

  it('says "similar in meaning" for a match on meaning alone, without marks', () => {
    const meaning = digestMail('reader@example.org', [section('speeding', { passages: [{ ...section('').passages[0], reason: { kind: 'meaning', similarity: 0.71 } }] })], 'https://x.example/u');
    expect(meaning.text).toContain('Why: similar in meaning (0.71)');
    expect(meaning.html).not.toContain('<mark>');
  });

  it('gathers several searches into one email, its subject on one line', () => {
    const two = digestMail('reader@example.org', [section('“speed\r\nBcc: x@example.org”'), section('“potholes”')], 'https://x.example/u');
    expect(two.subject).toBe('2 new passages on 2 searches you follow');
    const one = digestMail('reader@example.org', [section('“speed\r\nBcc: x@example.org”')], 'https://x.example/u');
    expect(one.subject).toBe('1 new passage on “speed Bcc: x@example.org”');
  });
});

it('a confirmation email escapes the search and links to the confirmation', () => {
  const mail = confirmationMail('reader@example.org', '“<img src=x>”', 'https://minutes.example.org/api/alerts/confirm?token=abc');
  expect(mail.html).toContain('&lt;img src=x&gt;');
  expect(mail.html).toContain('href="https://minutes.example.org/api/alerts/confirm?token=abc"');
  expect(mail.text).toContain('https://minutes.example.org/api/alerts/confirm?token=abc');
});
