// Short list items belong to the paragraph that introduces them: a search must find "17 – Refuge;" inside the
// list it is part of, never as a paragraph of its own.
import { buildParagraphs, MAX_LIST_FRAGMENT_WORDS, type ParagraphOptions } from '../../../indexer/parse/paragraphs/paragraphs';
import { firstMeeting } from '../../helpers/parse-text';

const PDF_TEXT: ParagraphOptions = { leadingSpaceMarksBullet: true, wrapWidth: null };
const MARKED: ParagraphOptions = { leadingSpaceMarksBullet: false, wrapWidth: null };

const texts = (lines: string[], options: ParagraphOptions) => buildParagraphs(lines, options).paragraphs.map((paragraph) => paragraph.text);
const longItem = 'Services delivered by Centra Support from within a larger Housing Group which has the infrastructure to get results;';

describe('list items', () => {
  it.each([
    [
      'joins items to a short lead-in line (their bullets lost in PDF text)',
      ['The Numbers', '', ' 42 - IDVA (high risk);', ' 32 - Outreach;', ' 17 – Refuge;', ' Equating to 91 victims supported.'],
      PDF_TEXT,
      ['The Numbers 42 - IDVA (high risk); 32 - Outreach; 17 – Refuge; Equating to 91 victims supported.'],
    ],
    [
      'joins marked items to a sentence ending in a colon',
      ['Members received data in respect of:', '• Offenders on D-TAC Disk;', '• Shoplifting in Longfield', '', 'The Chairman thanked the Manager.'],
      MARKED,
      ['Members received data in respect of: Offenders on D-TAC Disk; Shoplifting in Longfield', 'The Chairman thanked the Manager.'],
    ],
    [
      'keeps a long item as a paragraph, and joins the short items after it to it',
      ['Dartford Service April – July 2017', '', `• ${longItem}`, '• Better data-sharing;', '• Fewer reviews;'],
      MARKED,
      ['Dartford Service April – July 2017', `${longItem} Better data-sharing; Fewer reviews;`],
    ],
    [
      'leaves alone a short bullet after a finished sentence, which introduces nothing',
      ['The Panel discussed the plan.', '• Better data-sharing;', 'The Chairman closed the meeting.'],
      MARKED,
      ['The Panel discussed the plan.', 'Better data-sharing;', 'The Chairman closed the meeting.'],
    ],
  ])('%s', (_, lines, options, expected) => {
    expect(texts(lines, options)).toEqual(expected);
  });

  it(`counts an item of more than ${MAX_LIST_FRAGMENT_WORDS} words as a paragraph of its own even after a lead-in`, () => {
    expect(texts(['The Numbers', `• ${longItem}`], MARKED)).toEqual(['The Numbers', longItem]);
  });

  it('leaves the parts of a decision to the decision', () => {
    const { paragraphs, decisions } = buildParagraphs(['RESOLVED that:', '• the report be noted;', '• the plan be agreed.'], MARKED);
    expect(paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['RESOLVED that:', true],
      ['the report be noted;', true],
      ['the plan be agreed.', true],
    ]);
    expect(decisions).toEqual(['RESOLVED that: the report be noted; the plan be agreed.']);
  });
});

describe("a word processor's hollow bullet printed as the letter o", () => {
  it('drops the "o" and keeps each point a paragraph, crediting a turn to whoever it names', () => {
    const meeting = firstMeeting(
      [
        'Minutes of the Meeting of Elmcote Parish Council held on 4 March 2025',
        '',
        'Present: Cllr A Hale (Chair), Cllr B Ruiz, Cllr C Dunn',
        '',
        '1. Village Festival',
        '',
        'The Clerk reported on the arrangements.',
        '',
        'o The Clerk has booked the marquee for the Saturday.',
        '',
        'o Cllr Ruiz reported that the recycling team would collect the bins',
        '',
        'o It was noted that the fun run would not take place.',
        '',
        '2. Close',
        '',
        'The meeting closed at 9.05 pm.',
        '',
      ].join('\n'),
    );
    const points = meeting.items[0].paragraphs.slice(1);
    expect(points.map((paragraph) => paragraph.text)).toEqual([
      'The Clerk has booked the marquee for the Saturday.',
      'Cllr Ruiz reported that the recycling team would collect the bins',
      'It was noted that the fun run would not take place.',
    ]);
    expect(points[1].speaker).toBe('Cllr Ruiz');
  });

  it('leaves a wrapped line opening on the Welsh word "o" in its sentence', () => {
    expect(texts(['Derbyniwyd llythyr gan y Clerc', 'o Gyngor Sir Ceredigion am y sedd wag.'], PDF_TEXT)).toEqual(['Derbyniwyd llythyr gan y Clerc o Gyngor Sir Ceredigion am y sedd wag.']);
  });
});
