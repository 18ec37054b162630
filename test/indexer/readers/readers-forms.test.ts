// Forms the readers meet in the files councils publish: Word headings numbered from a list and footnotes, OpenDocument
// lists, web pages' <main>, banners, menus, date badges and styled bold, quoted email text, a notes app's Markdown, pipe
// tables typed in plain text, PDF tables with a wrapped first cell, and Markdown pandoc wrote from Word. Each test reads a
// small document invented in the style of real minutes, written for the test (the parse rules' own tests are in
// test/indexer/parse-rules/).
import { htmlToText } from '../../../indexer/readers/html';
import { firstMeeting, peopleOf, readText } from '../../helpers/parse-text';
import { makeDocx } from '../../helpers/make-docx';
import { makeOdt } from '../../helpers/make-odt';
import { makePdf } from '../make-pdf';

describe('web pages styled bold', () => {
  it('reads text made bold by a class in the style sheet, or by an inline style, as bold', async () => {
    const html = '<html><head><style>.c1{font-weight:400}.c2{color:#000;font-weight:700}</style></head><body><p><span class="c2">Finance</span></p><p><span class="c1">Plain</span></p><p><span style="font-weight: bold">Planning</span></p></body></html>';
    expect((await htmlToText(html)).split('\n').filter(Boolean)).toEqual(['**Finance**', 'Plain', '**Planning**']);
  });
});

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
    const text = await readText(bytes, 'minutes.docx');
    expect(text).toBe('## 1. Apologies\n\nNone were received.\n\n## 2. Finance\n\nNoted.');
  });
});

describe('OpenDocument text', () => {
  it('numbers a list its list style numbers, each item on its number\'s line', async () => {
    const bytes = makeOdt(['The meeting resolved:', { list: ['that the accounts be adopted;', 'that the examiners be reappointed.'], numbered: true }]);
    const text = await readText(bytes, 'minutes.odt');
    expect(text).toContain('1. that the accounts be adopted;\n\n2. that the examiners be reappointed.');
  });
});

describe('web pages', () => {
  it('reads only the <main> content where the page marks it, and leaves cookie banners out', async () => {
    const html = '<div class="cookie-notice"><p>We use cookies.</p></div><div class="sidebar"><p>Council - June 24, 2025</p></div><main><h1>Planning Commission</h1><p>Minutes.</p></main>';
    expect(await readText(html, 'minutes.html')).toBe('# Planning Commission\n\nMinutes.');
    expect(await readText('<div id="cookie-consent"><p>We use cookies.</p></div><p>Minutes.</p>', 'minutes.html')).toBe('Minutes.');
  });

  it('reads a <time> whose text has no year as the date its datetime holds, and leaves one with a year as it is', async () => {
    expect(await readText('<p><time datetime="2025-06-12T18:30"><span>Jun</span><span>12</span></time></p>', 'minutes.html')).toBe('12 June 2025');
    expect(await readText('<p><time datetime="2025-06-12">Thursday 12 June 2025</time></p>', 'minutes.html')).toBe('Thursday 12 June 2025');
  });

  it('leaves out menus and footers a theme builds of plain elements named by their class', async () => {
    const html = '<div class="navbar"><ul><li>Your Council</li></ul></div><ul class="menu"><li>Contact us</li></ul><p>Minutes.</p><div class="footer-widgets"><p>Call us.</p></div>';
    expect(await readText(html, 'minutes.html')).toBe('Minutes.');
  });

  it('keeps a list item\'s first paragraph on its number\'s line', async () => {
    expect(await readText('<ol><li><p>First part.</p></li><li><p>Second part.</p></li></ol>', 'minutes.html')).toBe('1. First part.\n\n2. Second part.');
  });
});

describe('quoted and annotated text', () => {
  it('takes the quote marks off a run of quoted lines in a text file, and leaves a line that only starts with ">"', async () => {
    const text = await readText('Fwd below.\n\n> PARISH COUNCIL\n> > Present: Cllr A Bell\n>\n> 1. Apologies\n\n> 50 objections were received.\n', 'reply.txt');
    expect(text).toBe('Fwd below.\n\nPARISH COUNCIL\nPresent: Cllr A Bell\n\n1. Apologies\n\n> 50 objections were received.\n');
  });

  it("reads a notes app's Markdown without its marks: links, highlights, callouts, task boxes, fields and front matter", async () => {
    const note = [
      '---', 'organisation: "Orchard Trust"', 'date: 2025-05-07', '---',
      'Chair:: [[People/Nadia Whitlow|Nadia Whitlow]]', '', '==Agreed== to go ahead.', '', '> [!note] Decision', '> The accounts were approved.', '', '- [ ] Ffion to book the marquee #action',
    ].join('\n');
    expect(await readText(note, 'notes.md')).toBe(
      'Body: Orchard Trust\nChair: Nadia Whitlow\n\nAgreed to go ahead.\n\nDecision:\nThe accounts were approved.\n\n- Ffion to book the marquee',
    );
  });
});

describe('pipe tables and PDF tables', () => {
  it('reads a pipe table typed in a plain-text file as rows of cells, and leaves lines between bars with no rule as written', async () => {
    expect(await readText('Notes\n\n| Item | Owner |\n|------|-------|\n| 1. Insurance | JE |\n', 'notes.txt')).toBe('Notes\n\nItem\tOwner\n\n1. Insurance\tJE\n\n');
    expect(await readText('Votes | For | Against |\n| 5 | 2 |\n', 'notes.txt')).toBe('Votes | For | Against |\n| 5 | 2 |\n');
  });

  it("joins a PDF table's wrapped first cell to its row when the table has three columns or more", async () => {
    const pdf = makePdf([
      [
        [[72, 'Item'], [205, 'Discussion'], [440, 'Action'], [530, 'Owner']],
        [],
        [[72, '4. Any other'], [205, 'Ann asked for the bin store at the'], [440, 'Report to the'], [530, 'AP']],
        [[72, 'business'], [205, 'north end to be repaired.'], [440, 'housing office']],
      ],
    ]);
    const text = await readText(pdf, 'notes.pdf');
    expect(text).toContain('4. Any other business');
    expect(text).toContain('Ann asked for the bin store at the north end to be repaired.');
  });
});

describe('Markdown pandoc wrote from a Word document', () => {
  const markdown = [
    '![](media/image1.png){width="1.0in" height="0.9in"}',
    '',
    '**[HOLBRIDGE TOWN COUNCIL]{.underline}**',
    '',
    '**Minutes of the meeting of the Full Council held on Monday 3 March 2025**',
    '',
    '+--------------------+-----------------------------------+',
    '| **Present:**       | Cllr Ann Vell (Town Mayor)        |',
    '|                    |                                   |',
    '|                    | Cllr Bryn Tolley                  |',
    '+--------------------+-----------------------------------+',
    '| **In attendance:** | Mrs Cara Denby (Town Clerk)\\      |',
    '|                    | Mr Dev Rao (Deputy Town           |',
    '|                    | Clerk)                            |',
    '+--------------------+-----------------------------------+',
    '',
    '**HC/25/01 [Apologies for Absence]{.underline}**',
    '',
    'None.',
    '',
    '**HC/25/02 [Allotments]{.mark}**',
    '',
    'The Town Clerk reported that all plots were let.\\',
    'Two tenants were on the waiting list.',
    '',
    '\\(a) Holbridge Pantry -- £750; the hall---and the field --- let.',
    '',
  ].join('\n');

  it('reads the grid table as rows of cells, and keeps the words of spans without their marks', async () => {
    const text = await readText(markdown, '/minutes/holbridge.md');
    expect(text).toContain('**Present:**\tCllr Ann Vell (Town Mayor)\nCllr Bryn Tolley\n');
    expect(text).toContain('**In attendance:**\tMrs Cara Denby (Town Clerk)\nMr Dev Rao (Deputy Town Clerk)\n');
    expect(text).toContain('The Town Clerk reported that all plots were let.\nTwo tenants');
    expect(text).toContain('(a) Holbridge Pantry – £750; the hall—and the field — let.');
    expect(text).not.toMatch(/[{}\\]|image1|\+-/);
    const meeting = firstMeeting(text, 'markdown');
    expect(meeting.body).toBe('Holbridge Town Council');
    expect(peopleOf(meeting)).toEqual([
      ['Cllr Ann Vell', 'Town Mayor', 'present'],
      ['Cllr Bryn Tolley', null, 'present'],
      ['Mrs Cara Denby', 'Town Clerk', 'in attendance'],
      ['Mr Dev Rao', 'Deputy Town Clerk', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['HC/25/01', 'Apologies for Absence'],
      ['HC/25/02', 'Allotments'],
    ]);
  });
});
