// A turn of speech under a line the page's wrap filled: where blank lines set the paragraphs apart, the wrap's line
// break after a sentence does not end the paragraph (parse/paragraphs/wrapped-turns.ts).
import { parseMinutes } from '../../../indexer/parse';

const paragraphsOf = (text: string, format: 'text' | 'markdown') =>
  parseMinutes({ text, format, file: `minutes.${format === 'text' ? 'txt' : 'md'}`, documentId: 'minutes' }).meetings[0].items.map((item) =>
    item.paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text]),
  );

/** A finance committee's minutes in Markdown: the budget item's lines, then a closing item. */
const minutes = (budgetLines: string[]) =>
  [
    '# Oakridge Parish Council Finance Committee',
    '',
    '**Date:** 14 March 2024',
    '',
    '## 1. Budget monitoring',
    '',
    ...budgetLines,
    '',
    '## 2. Close',
    '',
    'The meeting closed at 8.10pm.',
    '',
  ].join('\n');

// Wrapped at 70 columns: "Cllr Ingram asked … insurance." fills its line, and "The" would not have fitted on it.
const WRAPPED_BUDGET = minutes([
  'The RFO presented the budget monitoring report. Income was £3,100',
  'above budget because of higher hall bookings; expenditure was on track',
  'apart from grounds maintenance, which was overspent after the storm.',
  '',
  'Cllr Ingram asked whether the overspend could be claimed on insurance.',
  'The RFO said a claim had been made and a decision was expected in',
  'April.',
]);

describe('a turn of speech under a line the wrap filled', () => {
  it.each(['text', 'markdown'] as const)('carries the paragraph on where blank lines set paragraphs apart (%s)', (format) => {
    expect(paragraphsOf(WRAPPED_BUDGET, format)[0][1]).toEqual([
      'Cllr Ingram',
      'Cllr Ingram asked whether the overspend could be claimed on insurance. The RFO said a claim had been made and a decision was expected in April.',
    ]);
  });

  it('starts a paragraph where the first word of the turn would have fitted on the line above', () => {
    const text = WRAPPED_BUDGET.replace('claimed on insurance.', 'claimed.');
    expect(paragraphsOf(text, 'markdown')[0].slice(1).map(([speaker]) => speaker)).toEqual(['Cllr Ingram', 'The RFO']);
  });

  it('starts a paragraph under a sentence ending further than a short word short of the limit, over a long word', () => {
    const text = WRAPPED_BUDGET.replace(
      'Cllr Ingram asked whether the overspend could be claimed on insurance.\nThe RFO said',
      'Cllr Ingram asked whether the overspend could be insured at all.\nCouncillor Price said',
    );
    expect(paragraphsOf(text, 'markdown')[0].slice(1).map(([speaker]) => speaker)).toEqual(['Cllr Ingram', 'Councillor Price']);
  });

  it('starts a paragraph where the item holds a turn its writer ended by hand after a sentence', () => {
    const text = WRAPPED_BUDGET.replace('April.\n', 'April.\nCllr Marsh asked for the claim to be reported.\n');
    expect(paragraphsOf(text, 'markdown')[0].slice(1).map(([speaker]) => speaker)).toEqual(['Cllr Ingram', 'The RFO', 'Cllr Marsh']);
  });

  it('starts a paragraph where no line of the item carries a sentence on from a full line', () => {
    const unwrapped = minutes([
      'Cllr Ingram asked whether the overspend on the grounds maintenance budget could be claimed on insurance.',
      'The RFO said a claim had been made and a decision was expected in April.',
      '',
      'The report was noted.',
    ]);
    expect(paragraphsOf(unwrapped, 'markdown')[0].map(([speaker]) => speaker)).toEqual(['Cllr Ingram', 'The RFO', null]);
  });
});

describe('a title at the end of a line, its name wrapped onto the next', () => {
  it('keeps "Cllr" with the name under it: "Ruiz queried …" goes on with the line above, not a turn of its own', () => {
    const text = [
      'ASHBY TOWN COUNCIL',
      'Minutes of the Full Council held on Monday 3 March 2025',
      'Present: Cllr Dee (Chair), Cllr Ruiz, Cllr Pike',
      '1. Finance',
      'a) Budget 2025/26: The Deputy Clerk presented the draft budget. Cllr',
      'Ruiz queried the increase in grounds maintenance.',
      '   RESOLVED to refer the draft budget to the Finance Committee.',
    ].join('\n');
    const paragraphs = paragraphsOf(text, 'text').flat().map(([, paragraph]) => paragraph);
    expect(paragraphs).toContainEqual(expect.stringContaining('the draft budget. Cllr Ruiz queried the increase'));
  });
});
