// Word's automatic numbers counted from numbering.xml as Word shows them: each level by its own format and text,
// lower levels started again under a higher one, a list instance's "Restart at" override, headings numbered by a style.
import { wordNumbers } from '../../../indexer/readers/docx-numbering';

const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = [
  '<w:numbering>',
  `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.', '<w:pStyle w:val="Heading2"/>')}${level(1, 'decimal', '%1.%2')}${level(2, 'lowerLetter', '(%3)')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="1">${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '•')}</w:abstractNum>`,
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
  '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>',
  '</w:numbering>',
].join('');

const numbered = (numId: string, ilvl: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
const styled = (styleId: string) => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
const labels = (body: string[]) => wordNumbers({ document: `<w:document><w:body>${body.join('')}</w:body></w:document>`, numbering: NUMBERING })?.map((number) => number.label);

describe('Word numbering', () => {
  it('numbers each level by its own text, starting lower levels again under a higher one', () => {
    expect(labels([numbered('1', 0), numbered('1', 1), numbered('1', 2), numbered('1', 2), numbered('1', 1), numbered('1', 0), numbered('1', 1)])).toEqual(['1.', '1.1', '(a)', '(b)', '1.2', '2.', '2.1']);
  });

  it('numbers headings a level names by their style, and restarts a level a list instance overrides', () => {
    expect(labels([styled('Heading2'), numbered('1', 2), numbered('1', 2), styled('Heading2'), numbered('3', 2), styled('Normal')])).toEqual(['1.', '(a)', '(b)', '2.', '(a)']);
    expect(labels([numbered('1', 2), numbered('1', 2), styled('Heading2'), numbered('1', 2), numbered('3', 2), numbered('3', 2)])).toEqual(['(a)', '(b)', '1.', '(a)', '(a)', '(b)']);
  });

  it('counts each list apart, shows legal numbering in decimals, and gives a bullet no number', () => {
    expect(labels([numbered('1', 0), numbered('2', 0), numbered('2', 1), numbered('1', 0), numbered('4', 0), numbered('9', 0)])).toEqual(['1.', 'I.', '1.1', '2.', null]);
  });

  it('is null without a numbering part', () => {
    expect(wordNumbers({ document: '<w:body/>', numbering: null })).toBeNull();
  });
});
