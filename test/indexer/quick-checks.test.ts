// The quick checks the paragraph rules make before their patterns: each lets through every form it guards.
import { withoutContentsList } from '../../indexer/parse/page/contents-list';
import { withoutFurniture } from '../../indexer/parse/page/furniture-lines';
import { buildParagraphs } from '../../indexer/parse/paragraphs/paragraphs';
import { isDecisionText } from '../../indexer/parse/decisions/decisions';
import { speakerOf } from '../../indexer/parse/speakers/speakers';

describe('the words a decision found past a paragraph start holds', () => {
  it.each([
    ['a resolution after the sentence before it', 'The applicant seeks a rear extension. Resolved that the Council objects.'],
    ['a body agreeing after the sentence before it', 'The lease ends in May. The Board agreed to send the notice.'],
    ['a mover, then the outcome', 'Proposed by Cllr Hale, seconded by Cllr Ruiz and carried.'],
    ['a label after a sentence', 'The quote was too high. Decision: to ask for two more.'],
    ['another label after a sentence', 'The costs were compared. Decided: to accept the lower quote.'],
    ['a vote recorded', 'Moved: Bell   Second: Ruiz   Vote: 5-0'],
    ['a body that voted', 'After a short debate the Council voted to accept the lowest quote.'],
    ['minutes confirmed', 'The minutes of the meeting held on 4 May, with one typing error corrected, were confirmed.'],
    ['minutes approved', 'The minutes of the meeting held on 4 May were approved.'],
    ['notes accepted', 'The notes of the last meeting were accepted.'],
    ['minutes adopted', 'The minutes of 3 June were adopted.'],
    ['minutes signed', 'The notes were read, and it was noted that they were signed as a true record.'],
    ['a motion that passed, in capitals', 'After some debate the MOTION PASSED 6-1.'],
    ['it was resolved, in capitals', 'Following a discussion IT WAS RESOLVED to defer the item.'],
    ['all in favour, a parish vote that decides', 'After the quotes were compared, all in favour that the Clerk orders the bench.'],
  ])('reads %s as a decision', (_form, text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('reads a paragraph holding none of them as no decision', () => {
    expect(isDecisionText('The Clerk read the correspondence received since the last meeting.')).toBe(false);
  });
});

describe('the roles a speaker is filed under', () => {
  it.each([
    ['The Strategic Director (External Services) explained the timetable.', 'The Strategic Director (External Services)'],
    ['The Vice Chairman thanked the officers.', 'The Vice-Chair'],
    ['The PCC explained the precept.', 'The Commissioner'],
    ['The Chairwoman welcomed everyone.', 'The Chair'],
    ['The Clerk reported on the accounts.', 'The Clerk'],
  ])('files "%s" under %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('the markers a line starts with', () => {
  it('reads each kind of marker by its first character', () => {
    const lines = [
      'question 1 - Cllr Moss', 'Will the toilets reopen?', '',
      'Question 2 - Cllr Hale', 'When will they reopen?', '',
      '(2) The Clerk reported on the toilets.', '',
      '(b) The roof needs repair.', '',
      'c) The door needs a new lock.', '',
      '• Repairs to start in May.', '',
      '* Costs to be shared.', '',
      '– A notice to be posted.', '',
      'Motion to accept the quote.', 'CARRIED', 'The next item was taken.',
    ];
    const { paragraphs } = buildParagraphs(lines, { leadingSpaceMarksBullet: false, wrapWidth: null });
    expect(paragraphs.map((paragraph) => [paragraph.number, paragraph.text, paragraph.isDecision])).toEqual([
      ['Question 1', 'Will the toilets reopen?', false],
      ['Question 2', 'When will they reopen?', false],
      ['2', 'The Clerk reported on the toilets.', false],
      ['2.b', 'The roof needs repair.', false],
      ['2.c', 'The door needs a new lock.', false],
      [null, 'Repairs to start in May.', false],
      [null, 'Costs to be shared.', false],
      [null, 'A notice to be posted.', false],
      [null, 'Motion to accept the quote. CARRIED', true],
      [null, 'The next item was taken.', false],
    ]);
  });
});

describe('the first characters a page line is let go on', () => {
  const entries = ['1. Welcome and apologies ....... 1', '2. Accounts ........ 2'];

  it.each([['Contents'], ['  contents:'], ['## Table of Contents'], ['**CONTENTS**'], ['  table of contents']])(
    'finds the contents list under "%s"',
    (label) => {
      expect(withoutContentsList(['Minutes', label, ...entries, '1. Welcome and apologies'])).toEqual(['Minutes', '1. Welcome and apologies']);
    },
  );

  it('keeps a line that only holds the word', () => {
    const lines = ['The insurers renewed the contents cover.', ...entries];
    expect(withoutContentsList(lines)).toBe(lines);
  });

  it.each([['This is a default template for the page'], ['The custom branding should be at the top'], ['Technical Error: the page could not load']])(
    'blanks the template line "%s"',
    (line) => {
      expect(withoutFurniture([line, 'The Clerk reported.'])).toEqual(['', 'The Clerk reported.']);
    },
  );
});
