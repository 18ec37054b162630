// Snippets for results only the semantic side found (server/snippet.ts): the sentence sharing most words with the
// query, HTML-escaped, the query's words marked, cut to the snippet length around them.
import { DEFAULT_SNIPPET_WORDS } from '../../../core/text/highlight';
import { semanticSnippet } from '../../../server/search/snippet';

const MINUTES = 'The meeting opened at ten. The Commissioner said CCTV funding would rise next year. Members asked about parking.';

describe('semanticSnippet', () => {
  it('shows the sentence sharing most words with the query, its words marked', () => {
    expect(semanticSnippet(MINUTES, 'CCTV funding')).toBe('The Commissioner said <mark>CCTV</mark> <mark>funding</mark> would rise next year.');
    expect(semanticSnippet(MINUTES, 'what about parking?')).toBe('Members asked about <mark>parking</mark>.');
  });

  it('shows the first sentence, unmarked, when no sentence shares a word with the query', () => {
    expect(semanticSnippet(MINUTES, 'zebra crossings')).toBe('The meeting opened at ten.');
  });

  it('neither counts nor marks words of two letters or fewer', () => {
    expect(semanticSnippet('The panel met. It is at the Council Chamber that it met.', 'is at chamber')).toBe(
      'It is at the Council <mark>Chamber</mark> that it met.',
    );
    expect(semanticSnippet('The panel met. It is at the Council Chamber that it met.', 'is at')).toBe('The panel met.');
  });

  it('neither counts nor marks stop words, which would make a passage found by meaning look matched on "the"', () => {
    const text = 'The chair thanked the clerk. The Commissioner highlighted the main areas within the report.';
    expect(semanticSnippet(text, 'what did the commissioner say about the report')).toBe(
      'The <mark>Commissioner</mark> highlighted the main areas within the <mark>report</mark>.',
    );
    expect(semanticSnippet(text, 'what did the')).toBe('The chair thanked the clerk.');
  });

  it('escapes the text, so markup in minutes is shown, never run', () => {
    expect(semanticSnippet('Members asked <b>reasons</b> & "when". Nothing else.', 'reasons')).toBe(
      'Members asked &lt;b&gt;<mark>reasons</mark>&lt;/b&gt; &amp; &quot;when&quot;.',
    );
  });

  it('splits sentences only where the next one starts with a capital, a digit or a quote', () => {
    expect(semanticSnippet('Spending rose approx. by half. Parking was discussed.', 'half')).toBe('Spending rose approx. by <mark>half</mark>.');
    expect(semanticSnippet('Costs rose. 2019 was worse. “Parking” came next.', 'parking')).toBe('“<mark>Parking</mark>” came next.');
  });

  it(`cuts a long sentence to ${DEFAULT_SNIPPET_WORDS} words around the match`, () => {
    const sentence = `${Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')} about lanterns and more words after it here.`;
    const snippet = semanticSnippet(sentence, 'lanterns');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet).toContain('<mark>lanterns</mark>');
    expect(snippet.endsWith('after it here.')).toBe(true);
    expect(snippet.slice(2).replace(/<\/?mark>/g, '').split(' ')).toHaveLength(DEFAULT_SNIPPET_WORDS);
  });

  it('returns nothing for an empty text', () => {
    expect(semanticSnippet('', 'cctv')).toBe('');
  });
});
