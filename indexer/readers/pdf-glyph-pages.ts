// Pages whose text layer is glyph codes, not words: a font subset with a shifted encoding and no Unicode map (pdf.js
// passes its codes through: "+/54'30(4*'#34''4+/)" where the page prints a heading), or one that names its glyphs by
// number ("(cid:12)(cid:40)"), or maps them to the Private Use Area. Indexed, such a page is found by nothing and breaks
// the parse of the pages round it; it is left out, and the reader says which pages were, so the file can be exported
// again or OCRed. A document with no page of words left is the reader's unreadable error instead.
import { listed } from '../../core/text/lists';

/** Fewer letters than this share of a page's characters (white space aside) … */
const MAX_LETTER_SHARE = 0.02;
/** … and more punctuation and symbols than this share: a page of codes. */
const MIN_SYMBOL_SHARE = 0.35;
/** A page with fewer characters than this is read as it is (a page number, a signature). */
const MIN_PAGE_CHARACTERS = 100;
/** "(cid:12)": a glyph named by its number, as some extractors print an unmapped glyph. */
const CID_CODE = /\(cid:\d+\)/g;
/** Characters of the Private Use Area, where a font without a Unicode map may put its glyphs. */
const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

/** A page's letters and characters (white space aside), when its text is glyph codes with almost no letters; else null. */
export function wordlessShare(text: string, minCharacters = MIN_PAGE_CHARACTERS): { letters: number; characters: number } | null {
  const characters = text.replace(/\s+/g, '').length;
  if (characters < minCharacters) return null;
  const codes = (text.match(CID_CODE)?.join('').length ?? 0) + (text.match(PRIVATE_USE)?.length ?? 0);
  // A page of "(cid:…)" names or private-use characters is codes whatever letters the names spell.
  if (codes > characters / 2) return { letters: 0, characters };
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= characters * MAX_LETTER_SHARE) return null;
  const symbols = text.match(/[\p{P}\p{S}]/gu)?.length ?? 0;
  return symbols > characters * MIN_SYMBOL_SHARE ? { letters, characters } : null;
}

/** The pages' texts with each page of glyph codes emptied, and the numbers (from 1) of those pages. */
export function withoutGlyphCodePages(pageTexts: string[]): { texts: string[]; codePages: number[] } {
  const codePages: number[] = [];
  const texts = pageTexts.map((text, index) => {
    if (wordlessShare(text) === null) return text;
    codePages.push(index + 1);
    return '';
  });
  return { texts, codePages };
}

/** "pages 3, 4 and 7", "page 2": the pages a warning names. */
export function pagesNamed(pages: number[]): string {
  return `${pages.length === 1 ? 'page' : 'pages'} ${listed(pages.map(String))}`;
}
