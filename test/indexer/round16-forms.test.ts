// Forms found in round 16 of the layout fixtures (structured formats), each in a small document written for this test:
// Word headings numbered from a list and footnotes; an OpenDocument list its list style numbers; a web page's <main>,
// cookie banner, menus, date badge, <title> date and list items of paragraphs; "<committee> of <council>", an office
// with "and" in it, "The meeting resolved:" and "Commissioners Present:".
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import { makeDocx } from '../helpers/make-docx';
import { makeOdt } from '../helpers/make-odt';

const LIMITS = { maxFileBytes: 10_000_000 };

describe('Word documents', () => {
  it('numbers headings Word numbers from a list and leaves footnote markers and notes out', async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: 'Apologies', heading: 2, list: 0 },
        { text: 'None were received.', footnote: 'A note on the apologies.' },
        { text: 'Finance', heading: 2, list: 0 },
        'Noted.',
      ],
    });
    const { text } = await readDocument(bytes, 'minutes.docx', LIMITS);
    expect(text).toBe('## 1. Apologies\n\nNone were received.\n\n## 2. Finance\n\nNoted.');
  });
});

describe('OpenDocument text', () => {
  it('numbers a list its list style numbers, each item on its number\'s line', async () => {
    const bytes = makeOdt(['The meeting resolved:', { list: ['that the accounts be adopted;', 'that the examiners be reappointed.'], numbered: true }]);
    const { text } = await readDocument(bytes, 'minutes.odt', LIMITS);
    expect(text).toContain('1. that the accounts be adopted;\n\n2. that the examiners be reappointed.');
  });
});

describe('web pages', () => {
  const read = async (html: string) => (await readDocument(Buffer.from(html), 'minutes.html', LIMITS)).text;

  it('reads only the <main> content where the page marks it, and leaves cookie banners out', async () => {
    const html = '<div class="cookie-notice"><p>We use cookies.</p></div><div class="sidebar"><p>Council - June 24, 2025</p></div><main><h1>Planning Commission</h1><p>Minutes.</p></main>';
    expect(await read(html)).toBe('# Planning Commission\n\nMinutes.');
    expect(await read('<div id="cookie-consent"><p>We use cookies.</p></div><p>Minutes.</p>')).toBe('Minutes.');
  });

  it('reads a <time> whose text has no year as the date its datetime holds, and leaves one with a year as it is', async () => {
    expect(await read('<p><time datetime="2025-06-12T18:30"><span>Jun</span><span>12</span></time></p>')).toBe('12 June 2025');
    expect(await read('<p><time datetime="2025-06-12">Thursday 12 June 2025</time></p>')).toBe('Thursday 12 June 2025');
  });

  it('leaves out menus and footers a theme builds of plain elements named by their class', async () => {
    const html = '<div class="navbar"><ul><li>Your Council</li></ul></div><ul class="menu"><li>Contact us</li></ul><p>Minutes.</p><div class="footer-widgets"><p>Call us.</p></div>';
    expect(await read(html)).toBe('Minutes.');
  });

  it('keeps a list item\'s first paragraph on its number\'s line', async () => {
    expect(await read('<ol><li><p>First part.</p></li><li><p>Second part.</p></li></ol>')).toBe('1. First part.\n\n2. Second part.');
  });
});

describe('parse rules', () => {
  const HEADER = 'MARLOW HEIGHTS PLANNING COMMISSION\nMinutes of the meeting held on Thursday 12 June 2025\n\n';

  it('reads a web page\'s date from its <title> when its text gives none', () => {
    const text = 'Licensing Committee\n\nMinutes of the meeting of the Licensing Committee of Eastmoor District Council held in the Council Chamber.\n\n1. Apologies\n\nNone.\n';
    const parsed = (pageTitle: string | null) => parseMinutes({ text, format: 'html', file: 'm.html', documentId: 'm', pageTitle }).meetings[0];
    expect(parsed('Licensing Committee - 12 May 2025 - Eastmoor District Council').date).toBe('2025-05-12');
    expect(parsed(null).date).toBeNull();
  });

  it('names "<committee> of <council>" council first', () => {
    const text = 'Minutes of the meeting of the Licensing Committee of Eastmoor District Council held on 12 May 2025.\n\n1. Apologies\n\nNone.\n';
    expect(parseMinutes({ text, format: 'text', file: 'm.txt', documentId: 'm' }).meetings[0].body).toBe('Eastmoor District Council Licensing Committee');
  });

  it('keeps an office with "and" in it whole in a list of one person a line with their office', () => {
    const text = `${HEADER}Officers:       Sally Brennan, Director of Resources\n                Marcus Flint, Head of Revenues and Benefits\n                Ruth Ogden, Democratic Services Officer\n\n1. Apologies\n\nNone.\n`;
    const { meetings } = parseMinutes({ text, format: 'pdf', file: 'm.pdf', documentId: 'm' });
    expect(meetings[0].attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Sally Brennan', 'Director of Resources'],
      ['Marcus Flint', 'Head of Revenues and Benefits'],
      ['Ruth Ogden', 'Democratic Services Officer'],
    ]);
  });

  it('reads "The meeting resolved:" as a decision', () => {
    const { meetings } = parseMinutes({ text: `${HEADER}1. Accounts\n\nThe meeting resolved: that the accounts be adopted.\n`, format: 'text', file: 'm.txt', documentId: 'm' });
    expect(meetings[0].items[0].paragraphs[0].isDecision).toBe(true);
  });

  it('reads "Commissioners Present:" and "Commissioners Absent:" as attendance labels', () => {
    const text = `${HEADER}Commissioners Present: Commissioner Priya Raman, Commissioner Sam Kettering\nCommissioners Absent: Commissioner Joel Baptiste\n\n1. Call to order\n\nCalled to order.\n`;
    const { meetings } = parseMinutes({ text, format: 'text', file: 'm.txt', documentId: 'm' });
    expect(meetings[0].attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Commissioner Priya Raman', 'present'],
      ['Commissioner Sam Kettering', 'present'],
      ['Commissioner Joel Baptiste', 'absent'],
    ]);
  });
});
