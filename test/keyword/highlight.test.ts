import { boundedEditDistance } from '../../core/text/distance';
import { highlightSnippet } from '../../core/text/highlight';
import { allowedTypos } from '../../indexer/stores/keyword/vocabulary';

describe('highlightSnippet', () => {
  it('escapes HTML before marking matched words', () => {
    expect(highlightSnippet('The <script>alert("x")</script> precept', ['precept'])).toBe(
      'The &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>precept</mark>',
    );
  });

  it('marks words of the same stem, accents aside, and completions of a prefix', () => {
    expect(highlightSnippet('Cadets met the café funding panel', ['cadet', 'cafe', 'fund', 'pan*'])).toBe(
      '<mark>Cadets</mark> met the <mark>café</mark> <mark>funding</mark> <mark>panel</mark>',
    );
  });

  it('crops around the densest run of matches', () => {
    const filler = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const text = `${filler} the precept rose and the precept was agreed ${filler}`;
    const snippet = highlightSnippet(text, ['precept'], { maxWords: 10 });
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet.match(/<mark>precept<\/mark>/g)).toHaveLength(2);
    expect(snippet.split(/\s+/).filter((word) => word !== '…')).toHaveLength(10);
  });

  it.each([
    ['a name, both parts asked for', "Mr O'Brien asked", ['o', 'brien'], 'Mr <mark>O&#39;Brien</mark> asked'],
    ['a name, one part asked for', "Mr O'Brien asked", ['brien'], 'Mr <mark>O&#39;Brien</mark> asked'],
    ['a possessive', 'the Commissioner’s plan, it’s agreed', ['commissioner', 's'], 'the <mark>Commissioner’s</mark> plan, it’s agreed'],
    ['only a clitic asked for', 'the Commissioner’s plan, it’s agreed', ['s'], 'the Commissioner’s plan, it’s agreed'],
  ])('marks a word written with an apostrophe whole, never a lone clitic: %s', (_, text, terms, expected) => {
    expect(highlightSnippet(text, terms)).toBe(expected);
  });

  it('reads each text afresh: a short text after a long one, capitals, and words beyond ASCII after plain ones', () => {
    const long = `${'The panel noted the funding report. '.repeat(20)}CCTV funding was agreed.`;
    expect(highlightSnippet(long, ['cctv', 'fund'], { maxWords: 6 })).toBe('… noted the <mark>funding</mark> report. <mark>CCTV</mark> <mark>funding</mark> …');
    expect(highlightSnippet('CCTV in Dover', ['cctv'])).toBe('<mark>CCTV</mark> in Dover');
    expect(highlightSnippet('Funding for the Café Zoë: FUNDED', ['fund', 'zoe'])).toBe('<mark>Funding</mark> for the Café <mark>Zoë</mark>: <mark>FUNDED</mark>');
    expect(highlightSnippet('', ['fund'])).toBe('');
  });

  it('shows the start of the text when nothing matches', () => {
    expect(highlightSnippet('Short text & more', [])).toBe('Short text &amp; more');
  });
});

describe('typo budget', () => {
  it('allows no typo under 5 letters, one from 5 and two from 9, none in numbers', () => {
    expect([allowedTypos('fund'), allowedTypos('funds'), allowedTypos('inspector'), allowedTypos('2018abcdef')]).toEqual([0, 1, 2, 0]);
  });

  it('counts a swap of neighbouring letters as one edit and stops past the limit', () => {
    expect(boundedEditDistance('recieve', 'receive', 2)).toBe(1);
    expect(boundedEditDistance('constabullery', 'constabulary', 2)).toBe(2);
    expect(boundedEditDistance('police', 'council', 2)).toBe(3);
  });
});
