// The one text toolkit (core/text/): sentences, words as written, stop and question words, stems, dates as numbers.
import { isoDateNumber } from '../../../core/text/dates';
import { splitSentences } from '../../../core/text/sentences';
import { contentStems, contentStemsAmong, stemCandidates, stemWord, wordsSharingAStem } from '../../../core/text/stem';
import { isContentWord, isStopWord } from '../../../core/text/stop-words';
import { holdsTerms, readWordPositions, tokenise, tokensAsWritten, WordPositions } from '../../../core/text/tokens';
import { createStemmer } from '../../../indexer/stores/keyword/stemmer';

describe('splitSentences', () => {
  it.each([
    ['ends a sentence before a capital', 'The panel agreed. The Chair thanked members.', ['The panel agreed.', 'The Chair thanked members.']],
    ['keeps an abbreviation inside its sentence', 'Mr. Scott spoke. No. 5 was deferred.', ['Mr. Scott spoke.', 'No. 5 was deferred.']],
    ['keeps an honorific inside its sentence', 'Hon. Reyes moved the ordinance. It was named after Pt. Ram Das.', ['Hon. Reyes moved the ordinance.', 'It was named after Pt. Ram Das.']],
    ['keeps a Welsh councillor\'s title inside its sentence', 'Cyng. Elen Rhys seconded. It was agreed.', ['Cyng. Elen Rhys seconded.', 'It was agreed.']],
    ['keeps an initial inside its sentence', 'Cllr J. Smith asked a question. It was answered.', ['Cllr J. Smith asked a question.', 'It was answered.']],
    ['keeps a list number with its text', '1. That the report be noted. 2. That it be published.', ['1. That the report be noted.', '2. That it be published.']],
    ['splits before a digit and an opening quote', 'It cost £5m. 2023 was worse. "No," she said.', ['It cost £5m.', '2023 was worse.', '"No," she said.']],
    ['does not split before a lower-case word', 'The fee rose by approx. ten per cent. Members noted it.', ['The fee rose by approx. ten per cent.', 'Members noted it.']],
    ['keeps closing quotes with their sentence', 'He said "enough." Then he left!', ['He said "enough."', 'Then he left!']],
  ])('%s', (_, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('tokens', () => {
  it('makes search terms the way the FTS5 tokenizer does: lower case, accents gone, apostrophes splitting', () => {
    expect(tokenise("Café O'Brien's 2022/23 budget")).toEqual(['cafe', 'o', 'brien', 's', '2022', '23', 'budget']);
  });

  it('reads words the same whether the only characters beyond ASCII separate them (quotes, dashes, £) or a letter is among them', () => {
    const text = '‘Officers’ – £2.5m\u00a0for PCSOs';
    expect(tokenise(text)).toEqual(['officers', '2', '5m', 'for', 'pcsos']);
    const words = readWordPositions(text, new WordPositions());
    expect(Array.from({ length: words.count }, (_, index) => [words.termAt(index), text.slice(words.starts[index], words.ends[index])])).toEqual([
      ['officers', 'Officers'],
      ['2', '2'],
      ['5m', '5m'],
      ['for', 'for'],
      ['pcsos', 'PCSOs'],
    ]);
    expect(tokenise('‘Renée’ – ½ x² 𝐀B')).toEqual(['renee', '½', 'x²', '𝐀b']);
  });

  it('keeps words as written for reading a question: codes whole, "&" as "and", possessives marked on the word they follow', () => {
    const tokens = tokensAsWritten("Palmer's view on P&C 2022/23");
    expect(tokens.map((token) => [token.text, token.lower, token.possessive])).toEqual([
      ['Palmer', 'palmer', true],
      ['s', 's', false],
      ['view', 'view', false],
      ['on', 'on', false],
      ['P', 'p', false],
      ['&', 'and', false],
      ['C', 'c', false],
      ['2022/23', '2022/23', false],
    ]);
  });

  it('tells whether a text holds enough of the terms asked for, reading no further than it needs, and agrees with tokenise', () => {
    const counted: string[] = [];
    const isContent = (term: string) => {
      counted.push(term);
      return isContentWord(term);
    };
    expect(holdsTerms('The Dartford Refuge was consistently full; clients stayed for months.', 3, isContent)).toBe(true);
    expect(counted).toEqual(['the', 'dartford', 'refuge', 'was', 'consistently']);
    expect(holdsTerms('RESOLVED: that it be noted.', 3, isContentWord)).toBe(false);
    // A letter past ASCII sends the text to the exact tokeniser: "Renée" is one word, as tokenise reads it.
    for (const text of ['‘Renée’ – ½ x² 𝐀B', 'Coming Soon…', '£2.5m for PCSOs', '']) {
      for (const wanted of [0, 1, 2, 3, 4, 5]) {
        expect(holdsTerms(text, wanted, isContentWord)).toBe(tokenise(text).filter(isContentWord).length >= wanted);
      }
    }
  });
});

describe('stop words and question words', () => {
  it('counts English function words as stop words for the keyword side', () => {
    expect(['the', 'would', 'don', 'budget'].map(isStopWord)).toEqual([true, true, true, false]);
  });

  it('passes over stop words and the scaffolding of a question when looking for its topic', () => {
    expect(['tell', 'discussed', 'whether', 'the', 'policing', 'precept'].map(isContentWord)).toEqual([false, false, false, false, true, true]);
  });
});

describe('stems', () => {
  it('stems words with the Porter algorithm and leaves numbers and codes alone', () => {
    expect(['funding', 'committees', '2022/23', '101'].map(stemWord)).toEqual(['fund', 'committe', '2022/23', '101']);
  });

  it('stems words as the FTS5 porter tokenizer of the keyword index does', () => {
    const words = ['generalisation', 'policing', 'hopefully', 'relational', 'allowances', 'agreed', 'triage', 'conditional'];
    const fts5 = createStemmer();
    try {
      expect(words.map(stemWord)).toEqual(words.map((word) => fts5.stem(word)));
    } finally {
      fts5.close();
    }
  });

  it('gives the distinct stems of the content words of a text', () => {
    expect([...contentStems('Tell me about funding and funded schemes')]).toEqual(['fund', 'scheme']);
  });

  it('finds among wanted stems exactly what the full stems hold, words whose stem changes their ending included', () => {
    const text = 'The skies were dying out; early policies on funding, the Policy Board and 2022/23 budgets were noted.';
    const wanted = new Set(['skies', 'dying', 'early', 'policies', 'funding', '2022/23', 'board', 'absent'].map(stemWord));
    const expected = [...contentStems(text)].filter((stem) => wanted.has(stem)).sort();
    expect(expected).toHaveLength(7);
    expect([...contentStemsAmong(text, wanted)].sort()).toEqual(expected);
  });

  it.each([
    ['plain letters, a second letter Porter turns from y to i, capitals, underscores', 'Staying_late, the POLICE cadets’ rota was eyed warily.', ['staying', 'police', 'cadets', 'eyed', 'absent'], ['cadet', 'ei', 'polic', 'stai']],
    [
      'stems that end in a letter their word does not have there',
      'Nobility, relational hopping, happily generalizations, sensibility and agreed rationalisation were hoped for; the conditional abilities of dying skies',
      ['nobility', 'relational', 'hopping', 'happily', 'generalizations', 'sensibility', 'agreed', 'rationalisation', 'hoped', 'conditional', 'abilities', 'dying', 'skies'],
      ['abil', 'agre', 'condit', 'dy', 'gener', 'happili', 'hop', 'hope', 'nobil', 'rationalis', 'relat', 'sensibl', 'ski'],
    ],
    ['a wanted word inside a code joined by slashes', 'The cadets/police 2022/funding line and police/2023 were noted; funding held.', ['cadets', 'police', 'funding'], ['fund']],
    ['words beyond ASCII', 'Café policies for the cadets’ naïve funding', ['policies', 'cadets', 'funding'], ['cadet', 'fund', 'polici']],
    ['a wanted word running into letters past ASCII, after them, or across a slash', 'Policeé, Ñcadets and é/funding – but the £5 funding stands', ['police', 'cadets', 'funding'], ['fund']],
    ['a wanted word beside a combining accent, which splits words', 'The cadets\u0301 and police\u0301 rota', ['police', 'cadets'], ['cadet', 'polic']],
  ])('finds among wanted stems exactly what the full stems hold: %s', (_case, text, wantedWords, found) => {
    const wanted = new Set(wantedWords.map(stemWord));
    expect([...contentStems(text)].filter((stem) => wanted.has(stem)).sort()).toEqual(found);
    expect([...contentStemsAmong(text, wanted)].sort()).toEqual(found);
  });

  it('answers each text of one wanted set on its own: a word met before keeps its stem, a word under a code or past ASCII is read afresh', () => {
    const wanted = new Set(['cadets', 'police'].map(stemWord));
    const texts = ['POLICE cadets met', 'the cadence of Police work', 'cadets/2023 rota; policing', 'Cadets’ café and police', 'no cadets here: cadet, CADETS'];
    const found = texts.map((text) => [...contentStemsAmong(text, wanted)].sort());
    expect(found).toEqual([['cadet', 'polic'], ['polic'], ['polic'], ['cadet', 'polic'], ['cadet']]);
    expect(found).toEqual(texts.map((text) => [...contentStems(text)].filter((stem) => wanted.has(stem)).sort()));
  });

  it('offers the word and the word less one common ending for matching what FTS5 stemmed', () => {
    expect(stemCandidates('committees')).toEqual(['committees', 'committe', 'committee']);
  });

  it('lists every word whose stem candidates can meet a term’s, and no word outside them does', () => {
    const related = new Set(wordsSharingAStem('funding'));
    for (const word of ['funding', 'fund', 'funds', 'funded', 'funders', 'fundings', 'funder']) expect(related).toContain(word);
    const shares = (word: string) => stemCandidates(word).some((stem) => stemCandidates('funding').includes(stem));
    for (const word of ['fun', 'refund', 'fundraising', 'foundation']) expect([word, related.has(word), shares(word)]).toEqual([word, false, false]);
  });
});

describe('isoDateNumber', () => {
  it('reads an ISO date or timestamp as YYYYMMDD and anything else as NaN', () => {
    expect([isoDateNumber('2023-05-17'), isoDateNumber('2023-05-17T10:00:00Z'), isoDateNumber('soon')]).toEqual([20230517, 20230517, NaN]);
  });
});
