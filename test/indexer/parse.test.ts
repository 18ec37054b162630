// Parse rules on small texts written here: page furniture across form feeds, ids, sidecar precedence, refusals,
// and the rules that read the whole text once (characters normalised, layout markers, dates across line breaks,
// running headers).
import { ERROR_CODES } from '../../core/errors';
import { parseMinutes, type ParseInput } from '../../indexer/parse';
import { isDecisionText } from '../../indexer/parse/decisions/decisions';
import { detectLayout } from '../../indexer/parse/layout/layout';
import { findDate } from '../../indexer/parse/header/meeting-fields';
import { findTime } from '../../indexer/parse/header/meeting-times';
import { contentLineBefore, contentLineFrom, endsWithOneOf, firstContentCharacter, lastContentCharacter, trimmedLength } from '../../indexer/parse/patterns';
import { speakerOf } from '../../indexer/parse/speakers/speakers';
import { readDocument } from '../../indexer/readers';
import { makePdf } from './make-pdf';

const printedPage = (lines: string[]) => lines.join('\n');

const PACK = [
  printedPage([
    ' KENT COUNTY COUNCIL',
    '',
    'KENT AND MEDWAY POLICE AND CRIME PANEL',
    '',
    'MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the ',
    'Council Chamber, Maidstone on Thursday, 20 July ',
    '2017.',
    '',
    '224. Election of Chairman ',
    '(Item 2)',
    '',
    '1. The Commissioner explained that the report set out how the ',
    'money would be spent and that the ',
    'POLICE AND CRIME PANEL 20 JULY 2017',
    '7',
  ]),
  printedPage([
    'POLICE AND CRIME PANEL 20 JULY 2017',
    'Panel would see it in the autumn.',
    '',
    'RESOLVED: ',
    '',
    '1. That the report be noted. ',
    '8',
  ]),
  printedPage(['POLICE AND CRIME PANEL 20 JULY 2017', '2. A Member asked about the budget.', '9']),
].join('\f');

function parse(text: string, extra: Partial<ParseInput> = {}) {
  return parseMinutes({ text, format: 'pdf', file: '/packs/pack.pdf', documentId: 'doc-1', ...extra }).meetings;
}

describe('parseMinutes on printed text with form feeds', () => {
  it('removes running headers and page numbers and joins a sentence broken by a page end', () => {
    const [meeting] = parse(PACK);
    const [item] = meeting.items;
    expect(item).toMatchObject({ number: '224', title: 'Election of Chairman' });
    expect(item.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The Commissioner explained that the report set out how the money would be spent and that the Panel would see it in the autumn.',
      'RESOLVED:',
      'That the report be noted.',
      'A Member asked about the budget.',
    ]);
    expect(item.decisions).toEqual(['RESOLVED: 1. That the report be noted.']);
    expect(item.paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['The Commissioner', null, null, 'A Member']);
  });

  it('reads a PDF made of those pages the same way, end to end', async () => {
    const pages = PACK.split('\f').map((page) => page.split('\n').filter((line) => line.trim() !== ''));
    const read = await readDocument(makePdf(pages), '/packs/pack.pdf', { maxFileBytes: 1_000_000 });
    const [meeting] = parse(read.text);
    expect(meeting).toMatchObject({ body: 'Kent and Medway Police and Crime Panel', date: '2017-07-20', venue: 'Council Chamber, Maidstone' });
    expect(meeting.items[0].paragraphs[0].text).toBe(
      'The Commissioner explained that the report set out how the money would be spent and that the Panel would see it in the autumn.',
    );
  });

  it('gives the same meeting ids for the same document and different ids for another document', () => {
    const first = parse(PACK).map((meeting) => meeting.id);
    expect(parse(PACK).map((meeting) => meeting.id)).toEqual(first);
    expect(first[0]).toMatch(/^2017-07-20-[0-9a-f]{10}$/);
    expect(parse(PACK, { documentId: 'doc-2' })[0].id).not.toBe(first[0]);
  });
});

describe('sidecars', () => {
  const itemPage = 'Agenda item\n\nBudget\n\nMinutes:\n\n1.    The Chair opened the item.\n';

  it('fill and override the fields of a one-meeting document, and give every meeting the url', () => {
    const [meeting] = parse(itemPage, {
      format: 'text',
      sidecar: { body: 'Kent and Medway Police and Crime Panel', date: '2018-02-05', venue: 'Maidstone', url: 'https://example.org/m/1' },
    });
    expect(meeting).toMatchObject({ body: 'Kent and Medway Police and Crime Panel', date: '2018-02-05', venue: 'Maidstone' });
    expect(meeting.source).toEqual({ documentId: 'doc-1', file: '/packs/pack.pdf', format: 'text', url: 'https://example.org/m/1' });
    expect(meeting.id.startsWith('2018-02-05-')).toBe(true);
  });

  it('only fill empty fields when the document holds several meetings', () => {
    const twoMeetings = `${PACK.replace(/\f/g, '\n\n')}\n\n${PACK.replace(/\f/g, '\n\n').replace('20 July ', '28 September ')}`;
    const meetings = parse(twoMeetings, { sidecar: { date: '2018-02-21', body: 'Someone else', url: 'https://example.org/pack.pdf' } });
    expect(meetings.map((meeting) => [meeting.body, meeting.date, meeting.source.url])).toEqual([
      ['Kent and Medway Police and Crime Panel', '2017-07-20', 'https://example.org/pack.pdf'],
      ['Kent and Medway Police and Crime Panel', '2017-09-28', 'https://example.org/pack.pdf'],
    ]);
  });
});

describe('documents without the structure of minutes', () => {
  it('indexes prose with no headings as one meeting of paragraphs and warns, naming the file and what was missing', () => {
    const text = 'Dear resident,\n\nThe bins are collected on Tuesdays.\n\nThe depot is closed on bank holidays.\n';
    const { meetings, warnings } = parseMinutes({ text, format: 'text', file: '/in/letter.txt', documentId: 'letter' });
    expect(meetings).toHaveLength(1);
    expect(meetings[0].items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Dear resident,',
      'The bins are collected on Tuesdays.',
      'The depot is closed on bank holidays.',
    ]);
    expect(warnings).toEqual([expect.stringMatching(/no agenda item headings.*no meeting date.*\/in\/letter\.txt/)]);
  });

  it('dates minutes whose text names no date by the date in their file name, and does not warn of a missing date', () => {
    const text = 'WESTBROOK PARISH COUNCIL\n\n1. Apologies\nNone.\n\n2. Allotments\nThe Clerk reported that two plots were vacant.\n';
    const { meetings, warnings } = parseMinutes({ text, format: 'text', file: '/in/westbrook-minutes-2024_02_12.txt', documentId: 'westbrook' });
    expect(meetings[0]).toMatchObject({ body: 'Westbrook Parish Council', date: '2024-02-12' });
    expect(warnings).toEqual([]);
  });

  it('takes no date from a file name whose digits are no date', () => {
    const text = 'WESTBROOK PARISH COUNCIL\n\n1. Apologies\nNone.\n\n2. Allotments\nThe Clerk reported that two plots were vacant.\n';
    const { meetings, warnings } = parseMinutes({ text, format: 'text', file: '/in/westbrook-2024-13-45.txt', documentId: 'westbrook' });
    expect(meetings[0].date).toBeNull();
    expect(warnings).toEqual([expect.stringContaining('no meeting date')]);
  });

  it('keeps the body and date of a minutes heading with no items', () => {
    const text = 'MINUTES of a meeting of the Licensing Panel held on Thursday, 20 July 2017.\n\nThe Panel heard the application and granted it.\n';
    const { meetings, warnings } = parseMinutes({ text, format: 'text', file: '/in/panel.txt', documentId: 'panel' });
    expect(meetings[0]).toMatchObject({ body: 'Licensing Panel', date: '2017-07-20' });
    expect(warnings).toEqual([expect.stringContaining('no agenda item headings')]);
  });

  it('indexes minutes flattened onto one line whose list of those present runs on into them, keeping the text', () => {
    const text =
      'Present - Mrs A Pellow – Non-Executive Director (Chair) - Mr D Ruane – Chief Executive - Ms H Ortiz – Press Minutes 04/26/01 – Welcome The Chair welcomed everyone to the meeting. 04/26/02 Fleet Report The Board noted the report on ambulance replacements.';
    const { meetings, warnings } = parseMinutes({ text, format: 'text', file: '/in/trust-board.txt', documentId: 'trust' });
    expect(meetings[0].items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text)).join(' ')).toContain('The Board noted the report on ambulance replacements.');
    expect(warnings).toEqual([expect.stringContaining('/in/trust-board.txt')]);
  });

  it('refuses text that is nothing but page furniture, naming the file', () => {
    expect(() => parse('Page 1 of 2\n\nPage 2 of 2\n', { file: '/in/blank.pdf' })).toThrow(
      expect.objectContaining({ code: ERROR_CODES.NO_MINUTES_FOUND, context: { file: '/in/blank.pdf' } }),
    );
  });
});

describe('rules that read the whole text in one pass', () => {
  const items = (text: string) =>
    parseMinutes({ text, format: 'text', file: '/in/parish.txt', documentId: 'parish' }).meetings[0].items.map((item) => [
      item.number,
      item.title,
      item.paragraphs.map((paragraph) => paragraph.text),
    ]);

  it('reads line ends, no-break and zero-width spaces and tabs as plain text would have them', () => {
    const text = 'Minutes of the meeting of Oakley\u00a0Parish Council held on 5\u202fMarch 2024\r\n\r\n1.\tApologies\r\rNone\u200b were received.\ufeff\r\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: '/in/parish.txt', documentId: 'parish' }).meetings;
    expect(meeting).toMatchObject({ body: 'Oakley Parish Council', date: '2024-03-05' });
    expect(items(text)).toEqual([['1', 'Apologies', ['None were received.']]]);
  });

  it('finds the first date and time even when line breaks and runs of spaces fall inside them', () => {
    expect(findDate('held on Tuesday 5\n\n   March,\t 2024 at 7pm')).toBe('2024-03-05');
    expect(findDate('on March\n  5,\n2024')).toBe('2024-03-05');
    expect(findDate('1 April 2020 or\nMay 2,   2019')).toBe('2020-04-01');
    expect(findDate('31 February 2024 and 2024-03-09')).toBe('2024-03-09');
    expect(findDate('held on Tuesday, the 9th day of January, 2024')).toBe('2024-01-09');
    expect(findDate('Meeting date: 14-Feb-2024')).toBe('2024-02-14');
    expect(findTime('held at 2.00\n\n  pm in the hall')).toBe('14:00');
    expect(findTime('commencing at\n   19:30')).toBe('19:30');
    expect(findTime('12 March 2025, 16:00 UTC')).toBe('16:00');
    expect(findTime('Thursday 6 March, 19.00 hrs')).toBe('19:00');
    expect(findTime('Item 4.30 hours of overtime were approved')).toBeNull();
    expect(findTime('12 March 2025, 16:00 UTC')).toBe('16:00');
    expect(findTime('Thursday 6 March, 19.00 hrs')).toBe('19:00');
    expect(findTime('Item 4.30 hours of overtime were approved')).toBeNull();
    expect(findTime('at 19:30\n pm')).toBeNull();
  });

  it('tells a layout by its marker lines, not by the same words inside a line', () => {
    expect(detectLayout('Item title\n  Minutes:  \nThe Panel noted it.\n• Agenda item\n')).toBe('moderngov-item');
    expect(detectLayout('Item title\u2028Minutes:\u2029The Panel noted it.\u2028Agenda item')).toBe('moderngov-item');
    expect(detectLayout('The Panel noted the Minutes: see Agenda item 4 and the AGENDA for MINUTES of a meeting held.')).toBeNull();
    expect(detectLayout('KENT COUNTY COUNCIL\n\n  MINUTES of a meeting of the Panel held on 20 July 2017.')).toBe('printed');
  });

  it('tells a layout after a long run of blank lines (each line start once read all those after it)', () => {
    const blank = '\n'.repeat(200_000);
    expect(detectLayout(`Item title${blank}Minutes:${blank}• Agenda item`)).toBe('moderngov-item');
    expect(detectLayout(`Item title${blank}The Panel noted it.`)).toBeNull();
  });

  it('reads the body before " - <date>" on a header line that holds a run of 100,000 spaces', () => {
    const spaces = ' '.repeat(100_000);
    const meeting = (header: string) =>
      parseMinutes({ text: `${header}\n\n1. Apologies\n\nNone were received.\n\n2. Planning\n\nNoted.\n`, format: 'text', file: '/in/parish.txt', documentId: 'parish' })
        .meetings[0];
    expect(meeting(`Oakley Parish Council${spaces}Planning Committee - Monday, 4th March 2024 7.00 pm`)).toMatchObject({
      body: 'Oakley Parish Council Planning Committee',
      date: '2024-03-04',
    });
    expect(meeting(`# # ${spaces}Planning Committee - Monday, 4th March 2024`)).toMatchObject({ body: 'Planning Committee', date: '2024-03-04' });
    expect(meeting(`Oakley Parish Council${spaces}-${spaces}4th March 2024`)).toMatchObject({ body: 'Oakley Parish Council', date: '2024-03-04' });
  });

  it('reads the body of "Minutes of the meeting of X held on …" when a run of 100,000 spaces sits inside or after its name', () => {
    const spaces = ' '.repeat(100_000);
    const started = performance.now();
    const meeting = parseMinutes({
      text: `Minutes of the meeting of Oakley${spaces}Parish Council held on 5 March 2024\n\n1. Apologies\n\nNone were received.\n\n2. Planning\n\nNoted.\n`,
      format: 'text',
      file: '/in/parish.txt',
      documentId: 'parish',
    }).meetings[0];
    expect(meeting).toMatchObject({ body: 'Oakley Parish Council', date: '2024-03-05' });
    const alone = parseMinutes({
      text: `Minutes of the meeting of${spaces}\nthe Oakley Parish Council held on 5 March 2024\n\n1. Apologies\n\nNone.\n`,
      format: 'text',
      file: '/in/parish.txt',
      documentId: 'parish',
    }).meetings[0];
    expect(alone.date).toBe('2024-03-05');
    // Read from each space of the run, the header took minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('names an office as the speaker however many spaces stand between its words, and reads a long run of them once', () => {
    const spaces = ' '.repeat(100_000);
    const started = performance.now();
    expect(speakerOf(`The Director${spaces}of Finance explained the budget.`)?.replace(/ +/g, ' ')).toBe('The Director of Finance');
    expect(speakerOf(`The Director Of Finance${spaces}x`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('removes a repeated line next to a page number, but not one that ends a sentence', () => {
    const text = [
      'Minutes of the meeting of Oakley Parish Council held on 5 March 2024',
      '',
      '1. Apologies',
      '',
      'None were received.',
      '',
      'Parish Council Minutes',
      '',
      '7',
      '',
      'Parish Council Minutes',
      '',
      '2. Planning',
      '',
      'The Council noted the application.',
      'Parish Council Minutes.',
      '',
      '8',
      '',
      'Parish Council Minutes.',
      '3. Finance',
      '',
      'The Clerk reported the accounts.',
    ].join('\n');
    expect(items(text)).toEqual([
      ['1', 'Apologies', ['None were received.']],
      ['2', 'Planning', ['The Council noted the application. Parish Council Minutes.', 'Parish Council Minutes.']],
      ['3', 'Finance', ['The Clerk reported the accounts.']],
    ]);
  });

  it('keeps a line next to a page number that shares only its start and end with another line', () => {
    const text = [
      'Minutes of the meeting of Oakley Parish Council held on 5 March 2024',
      '',
      '1. Apologies',
      '',
      'None were received.',
      '',
      'Oakley Parish notes for the meeting 2024',
      '',
      '7',
      '',
      '2. Planning',
      '',
      'The Council noted the application.',
      '',
      'Oakley Parish hall for the meeting 2024',
    ].join('\n');
    expect(items(text)).toEqual([
      ['1', 'Apologies', ['None were received.', 'Oakley Parish notes for the meeting 2024']],
      ['2', 'Planning', ['The Council noted the application.', 'Oakley Parish hall for the meeting 2024']],
    ]);
  });

  it("reads a line's trimmed bounds and last character as trim and an end-anchored pattern do, for every white space", () => {
    const whiteSpace = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
    const lines = ['', 'Apologies', ...whiteSpace.flatMap((space) => [space, `${space}Item 4:${space}`, `${space}${space}x${space}`, `a${space}`])];
    for (const line of lines) {
      const trimmed = line.trim();
      expect([firstContentCharacter(line), lastContentCharacter(line), trimmedLength(line)]).toEqual([trimmed.charAt(0), trimmed.charAt(trimmed.length - 1), trimmed.length]);
      expect(endsWithOneOf(line, ':x')).toBe(/[:x]$/.test(line));
    }
  });

  it('finds the next line with text looking down and the last one looking up, within the bounds asked', () => {
    const lines = ['Present:', '', '   ', 'Cllr Hale', '\u00a0', '', 'Apologies:'];
    expect([contentLineFrom(lines, 1), contentLineFrom(lines, 4), contentLineFrom(lines, 1, 3), contentLineFrom(lines, 7)]).toEqual([3, 6, 3, 7]);
    expect([contentLineBefore(lines, 5), contentLineBefore(lines, 2), contentLineBefore(lines, 5, 4), contentLineBefore(lines, 2, -3), contentLineBefore(lines, -1)]).toEqual([3, 0, -1, 0, -1]);
  });

  it('removes running headers that differ only in case and numbers, with letters outside ASCII too', () => {
    const pageBreak = (header: string, page: number) => ['', header, '', String(page), '', header.toUpperCase().replace(/\d+/, String(page + 40)), ''];
    const text = [
      'Minutes of the meeting of Oakley Parish Council held on 5 March 2024',
      '',
      '1. Apologies',
      '',
      'None were received and the',
      ...pageBreak('Oakley Parish Council 5 March 2024', 7),
      'Chair opened the meeting.',
      '',
      '2. Planning',
      '',
      'The Council noted the café',
      ...pageBreak('Conseil de la Paroisse – Procès-verbal 12', 8),
      'application.',
      '',
      'Parish Council Minutes 5 May',
      '',
      '3. Finance',
      '',
      'The Clerk reported the accounts.',
    ].join('\n');
    expect(items(text)).toEqual([
      ['1', 'Apologies', ['None were received and the Chair opened the meeting.']],
      ['2', 'Planning', ['The Council noted the café application.', 'Parish Council Minutes 5 May']],
      ['3', 'Finance', ['The Clerk reported the accounts.']],
    ]);
  });
});

describe('decisions about the minutes', () => {
  it('takes minutes that were confirmed as a decision, and not something "it was confirmed" near the word minutes', () => {
    expect(isDecisionText('The minutes of the meeting held on 4 March 2024 were confirmed as a correct record.')).toBe(true);
    expect(isDecisionText('The notes of the last forum were agreed.')).toBe(true);
    expect(isDecisionText('Members pointed out two spelling mistakes in the minutes, and it was confirmed they would be put right.')).toBe(false);
  });

  it('does not take a note on these minutes themselves (confirmed later, awaiting approval) as a decision', () => {
    expect(isDecisionText('These minutes were confirmed at the Ordinary Council Meeting held on 15 May 2024.')).toBe(false);
    expect(isDecisionText('These minutes are draft and subject to approval at the next meeting.')).toBe(false);
    expect(isDecisionText('This record was agreed as a correct record by the Committee on 2 July.')).toBe(false);
  });
});

describe('an office with its holder named between commas', () => {
  it('names the office as the speaker', () => {
    expect(speakerOf('The Shire President, Cr Delaney, declared the meeting open at 5.02pm.')).toBe('The Shire President');
    expect(speakerOf('The Mayor, Councillor Anne-Marie Royce, thanked the volunteers.')).toBe('The Mayor');
    expect(speakerOf('The Council, as landowner, agreed to fence the site.')).toBeNull();
  });
});

describe('an office that "had" done something', () => {
  it('speaks only when what it had done is said ("had explained"), not when a contract or scheme "had formalised" it', () => {
    expect(speakerOf('The Head of Finance had explained that the reserves were sufficient.')).toBe('The Head of Finance');
    expect(speakerOf('The Victim Support Contract had formalised the Stalking Advocate role.')).toBeNull();
    expect(speakerOf('The Safer Streets Fund had paid for new lighting in the park.')).toBeNull();
  });
});

describe('capitalised words that are no office', () => {
  it('names no speaker for a thing an office holds, or for a place that "would" do something', () => {
    expect(speakerOf('The Commissioner’s Mental Health and Policing Fund had opened, with £250k available.')).toBeNull();
    expect(speakerOf('The South East would not be the first region to move across.')).toBeNull();
    expect(speakerOf("The Director of Children's Services reported on placements.")).toBe("The Director of Children's Services");
  });
});
