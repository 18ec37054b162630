// Forms that conversions and list layouts give, each in a small document written for this test: hyphens a typesetter put
// in, payment lists, motions left hanging on "and", Markdown escapes, people listed with offices that hold commas.
import { parseMinutes } from '../../indexer/parse';
import { hyphenatesWords, joinLines } from '../../indexer/parse/lines';
import { withoutEscapes } from '../../indexer/readers/markdown';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const HEADER = 'ASHLEY PARISH COUNCIL\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent: Cllr A Bell (Chairman), Cllr C Dent\n\n';

describe('hyphens at line ends', () => {
  const hyphenated = ['The report forecast a short-', 'fall of places, which was al-', 'ready known, and con-', 'firmed the figures in the', 'plan; it was noted.'];

  it('tells a text whose typesetter splits words every few lines from one with a compound at a line end', () => {
    expect(hyphenatesWords(hyphenated)).toBe(true);
    expect(hyphenatesWords(['The co-', 'opted members were welcomed by the Chair,', 'who thanked them for their work over the', 'year and the Clerk for the papers.'])).toBe(false);
  });

  it('drops the hyphen of a split word only where the text is set with hyphenation', () => {
    expect(joinLines(hyphenated, true)).toBe('The report forecast a shortfall of places, which was already known, and confirmed the figures in the plan; it was noted.');
    expect(joinLines(['The co-', 'opted members'])).toBe('The co-opted members');
    expect(joinLines(['A well-', 'Known name'], true)).toBe('A well-Known name');
  });
});

describe('white space in joined lines', () => {
  it('makes each run of white space one space, in every line, where the text holds a run', () => {
    expect(joinLines(['  The Clerk  reported.\u2003', 'The\u2003fund\t\tstood at £1,214.  '])).toBe('The Clerk reported. The fund stood at £1,214.');
  });

  it('keeps a single white-space character other than a space where the text holds no run', () => {
    expect(joinLines(['The Clerk reported.', 'The\u2003fund stood at £1,214.'])).toBe('The Clerk reported. The\u2003fund stood at £1,214.');
  });
});

describe('paragraphs of one line each', () => {
  it('ends a payments line at its sum, so each payment is a paragraph', () => {
    const text = `${HEADER}1. Finance\nThe following payments were approved:\nK Nuttall – salary – £412.60\nHMRC – PAYE – £103.15\n\n2. Close\nThe meeting closed at 9pm.\n`;
    const paragraphs = parse(text).meetings[0].items[0].paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual(['The following payments were approved:', 'K Nuttall – salary – £412.60', 'HMRC – PAYE – £103.15']);
  });

  it('joins "Proposed by …, Seconded by … and" to the RESOLVED under it, across a blank line or none', () => {
    for (const gap of ['\n\n', '\n']) {
      const text = `${HEADER}1. Minutes\nProposed by Cllr Bell,\nSeconded by Cllr Dent and${gap}RESOLVED - that the minutes be adopted.\n\n2. Close\nThe meeting closed at 9pm.\n`;
      const [paragraph] = parse(text).meetings[0].items[0].paragraphs;
      expect(paragraph.text).toBe('Proposed by Cllr Bell, Seconded by Cllr Dent and RESOLVED - that the minutes be adopted.');
      expect(paragraph.isDecision).toBe(true);
    }
  });
});

describe('people', () => {
  it('reads "Mr X, Police, Fire and Crime Commissioner" as one person and office, and a list of people as people', () => {
    const text = `${HEADER.replace('Present: Cllr A Bell (Chairman), Cllr C Dent', 'Also present:\nMr David Fenn, Police, Fire and Crime Commissioner\nMr A Long, Mrs B Short, Clerk')}1. Minutes\nAgreed.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    const attendees = parse(text).meetings[0].attendees.map(({ name, role }) => [name, role]);
    expect(attendees).toEqual([
      ['Mr David Fenn', 'Police, Fire and Crime Commissioner'],
      ['Mr A Long', null],
      ['Mrs B Short', 'Clerk'],
    ]);
  });
});

describe('Markdown escapes', () => {
  it('removes the backslashes exports put before punctuation, keeping escaped stars and underscores', () => {
    expect(withoutEscapes('1\\.1 The Chair \\- welcomed \\#5 \\*not bold\\* \\_x\\_')).toBe('1.1 The Chair - welcomed #5 \\*not bold\\* \\_x\\_');
  });
});
