// How a decision opens a paragraph with no blank line before it (parse/paragraphs/paragraph-openings.ts): in minutes each decision
// is a paragraph of its own, so the sentence above it ends its paragraph however full its line (where a turn of speech
// under the same line may carry the paragraph on), and a name alone or a title in capitals above it ends there too.
import { parseMinutes } from '../../../indexer/parse';

const paragraphsOf = (text: string) =>
  parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].items.map((item) =>
    item.paragraphs.map((paragraph) => ({ speaker: paragraph.speaker, text: paragraph.text, isDecision: paragraph.isDecision })),
  );

const CLERK = 'The Clerk reported that the annual inspection of the play equipment had found two swings with worn chains, which were now out of use at once.';

/**
 * A parish council's minutes wrapped at 73 columns with no blank lines: `opening` under the Clerk's report, whose last
 * line ends its sentence at the wrap's limit, so that no first word would have fitted after it.
 */
const playingField = (opening: string) =>
  [
    'Ashby Magna Parish Council',
    'Minutes of the meeting held on Tuesday 4 March 2025 at the Village Hall',
    '1. Playing field',
    'The Clerk reported that the annual inspection of the play equipment',
    'had found two swings with worn chains, which were now out of use at once.',
    opening,
    '2. Allotments',
    'The Clerk reported that two plots were vacant and that both had been',
    'offered to the next names on the waiting list, who had accepted them.',
    'Cllr Platt asked whether the water troughs had been repaired in time',
    'for the new season. The Clerk said that the plumber would call in May.',
    '3. Date of next meeting',
    'The next meeting will be held on Tuesday 1 April 2025 at 7.30pm.',
    '',
  ].join('\n');

describe('a decision under a line the wrap filled', () => {
  it.each([
    'It was RESOLVED to replace the chains at a cost of up to £240.',
    'RECOMMENDED to Full Council that the chains be replaced by April.',
    'Resolved – that the chains be replaced at a cost of up to £240.',
    'Resolution No. 31: Resolved that the chains be replaced at once.',
    'NOW, THEREFORE, BE IT RESOLVED, that the chains be replaced at once.',
    'Proposed Cllr Dunmore, seconded Cllr Platt, to replace the chains.',
    'Council Resolution 2025/031 Moved: Cr Dunmore Seconded: Cr Platt',
  ])('starts a paragraph at "%s"', (opening) => {
    expect(paragraphsOf(playingField(opening))[0]).toMatchObject([
      { speaker: 'The Clerk', text: CLERK },
      { text: opening },
    ]);
  });

  it.each(['Q: Will the swings be back in use before the Easter holidays?', 'A: The Clerk said that the new chains would be fitted by the end of March.'])(
    'starts a paragraph at a question or an answer labelled "%s"',
    (opening) => {
      expect(paragraphsOf(playingField(opening))[0]).toMatchObject([{ speaker: 'The Clerk', text: CLERK }, { text: opening }]);
    },
  );

  it('carries the paragraph on where the sentence under the full line opens no decision', () => {
    const further = 'The swings would be back in use before the Easter holidays.';
    expect(paragraphsOf(playingField(further))[0]).toEqual([{ speaker: 'The Clerk', text: `${CLERK} ${further}`, isDecision: false }]);
  });

  it('starts a paragraph at a decision where blank lines set the paragraphs apart and a turn of speech would carry on', () => {
    const allotments = (opening: string) =>
      [
        'Ashby Magna Parish Council',
        'Minutes of the meeting held on Tuesday 4 March 2025 at the Village Hall',
        '',
        '1. Allotments',
        'The Clerk reported that two plots were vacant and that both had been',
        'offered to the next names on the waiting list, who had accepted them.',
        '',
        'Cllr Platt asked whether the water troughs had been repaired in time',
        'for the new season, as the plot holders had asked at their own meeting.',
        opening,
        '',
        '2. Date of next meeting',
        'The next meeting will be held on Tuesday 1 April 2025 at 7.30pm.',
        '',
      ].join('\n');
    const question = 'Cllr Platt asked whether the water troughs had been repaired in time for the new season, as the plot holders had asked at their own meeting.';
    const answer = 'The Clerk said that the plumber would call in May.';
    expect(paragraphsOf(allotments(answer))[0].slice(1)).toEqual([{ speaker: 'Cllr Platt', text: `${question} ${answer}`, isDecision: false }]);
    const decision = 'Resolved: that the rents remain at £32 per plot for the year 2026.';
    expect(paragraphsOf(allotments(decision))[0].slice(1)).toEqual([
      { speaker: 'Cllr Platt', text: question, isDecision: false },
      { speaker: null, text: decision, isDecision: true },
    ]);
  });
});

describe('a decision under a short line or a title in capitals, with no blank line between', () => {
  const SHIRE = [
    'KELLERBROOK SHIRE COUNCIL',
    'MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON TUESDAY 11 MARCH 2025',
    '1.  APOLOGIES',
    'Cr Dale Pemberton',
    'RESOLUTION 2025/041',
    'Moved:     Cr Ashe',
    'Seconded:  Cr Moyle',
    'That the apology of Cr Pemberton be accepted.',
    'CARRIED',
    '2.  CONFIRMATION OF MINUTES',
    'RESOLUTION 2025/042',
    'Moved:     Cr Moyle',
    'Seconded:  Cr Ashe',
    'That the minutes of the Ordinary Council Meeting held on 11 February 2025 be confirmed.',
    'CARRIED',
    '',
  ].join('\n');

  it('ends a title in capitals above a numbered resolution, and starts the resolution under a name alone', () => {
    const items = parseMinutes({ text: SHIRE, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].items;
    expect(items.map((item) => item.title)).toEqual(['APOLOGIES', 'CONFIRMATION OF MINUTES']);
    expect(items[0].paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['Cr Dale Pemberton', false],
      ['RESOLUTION 2025/041 Moved: Cr Ashe Seconded: Cr Moyle That the apology of Cr Pemberton be accepted. CARRIED', true],
    ]);
  });
});

describe('a short title over a turn of one of those present named by their initials', () => {
  it('ends its paragraph there, the turn its own with its speaker', () => {
    const text =
      'Minutes of the Board Meeting of the Elmcote Woodland Trust held on 3 March 2025\n\nPresent: Ann Hale (AH), Tom Foy (TF), Kit Orme (KO)\n\n1. Apologies\nNone.\n\n' +
      '2. Matters Arising\nWebsite Update\nKO reported that the new pages were nearly ready and would go live in April.\nAction: KO to send the link to the board.\nFence Repairs\nTF reported that the contractor had mended the fence by the north gate.\n';
    expect(paragraphsOf(text)[1].map(({ speaker, text: said }) => [speaker, said])).toEqual([
      [null, 'Website Update'],
      ['Kit Orme', 'KO reported that the new pages were nearly ready and would go live in April.'],
      [null, 'Action: KO to send the link to the board.'],
      [null, 'Fence Repairs'],
      ['Tom Foy', 'TF reported that the contractor had mended the fence by the north gate.'],
    ]);
  });
});

describe('a lettered part with its text run on after a colon', () => {
  it('keeps "a) Payments: The schedule …" one paragraph, its colon kept, and gives "b) Budget 2025/26: The Clerk presented …" to the Clerk', () => {
    const text =
      'Kelsworth Parish Council\nMinutes of the meeting held on Monday 11th March 2019\n\n19/24 Finance\na) Payments: The schedule of payments totalling £412.40 was approved.\n' +
      'b) Budget 2025/26: The Clerk presented the draft budget.\n\n19/25 Close\nThe meeting closed at 8.50pm.\n';
    const [finance] = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].items;
    expect(finance.paragraphs.map(({ text: words, speaker }) => [words, speaker])).toEqual([
      ['Payments: The schedule of payments totalling £412.40 was approved.', null],
      ['Budget 2025/26: The Clerk presented the draft budget.', 'The Clerk'],
    ]);
  });
});
