// Documents of extreme but real shapes that once crashed the indexer or made it work for minutes: an attendance list of
// 140,000 names (a spread of every name onto the stack; a copy of the names so far for each name), or of thousands
// wrapped over as many lines (the whole entry read again at each line), pages nested tens of thousands of elements deep (the HTML
// parser reads down its stack at every block), a paragraph of megabytes with no full stop and a mover on every line (a
// pattern read on to the sentence's end from each mover). What is read must stay what it was for ordinary documents.
// Speed is measured in bench/parse-shapes.ts, never here.
import { parseMinutes } from '../../indexer/parse';
import { councilFirst } from '../../indexer/parse/header/body-names';
import { isDecisionText } from '../../indexer/parse/decisions/decisions';
import { keyedPerson } from '../../indexer/parse/attendance/initials-keys';
import { withLabelledHolder } from '../../indexer/parse/attendance/labelled-holders';
import { splitRunOnTitles } from '../../indexer/parse/items/run-on-titles';
import { NUMBERED_LINE } from '../../indexer/parse/items/item-numbers';
import { bodyInOpeningSentence } from '../../indexer/parse/header/meeting-held-by';
import { leadingText } from '../../indexer/parse/patterns';
import { readDocument } from '../../indexer/readers';
import { MAX_HTML_DEPTH, withNestingCapped } from '../../indexer/readers/html-depth';

const LIMITS = { maxFileBytes: 64 * 1024 * 1024 };
const SURNAMES = ['Ashworth', 'Brennan', 'Chowdhury', 'Dalgleish', 'Evans', 'Fairbairn', 'Gallagher', 'Hussain'];

/** A surname of letters only, different for each index: "Ashworth-Qbac". */
function surnameOf(index: number): string {
  let letters = '';
  for (let rest = index; letters === '' || rest > 0; rest = Math.floor(rest / 26)) letters = String.fromCharCode(97 + (rest % 26)) + letters;
  return `${SURNAMES[index % SURNAMES.length]}-Q${letters}`;
}

/** 140,000 councillors, each named once: more than a call's arguments can hold. */
const MANY_NAMES = Array.from({ length: 140_000 }, (_, index) => `Councillor Ann ${surnameOf(index)}`);

function attendeesOf(text: string) {
  const [meeting] = parseMinutes({ text, format: 'text', file: '/minutes/assembly.txt', documentId: 'assembly' }).meetings;
  return meeting.attendees;
}

describe('an attendance list of 140,000 names', () => {
  const opening = 'Minutes of the Annual Parish Assembly held on 14 April 2026\n\nPresent:';
  const close = '\n\n1. Welcome\n\nThe Chair welcomed everyone to the assembly.\n';

  it('reads every name listed one a line', () => {
    const attendees = attendeesOf(`${opening}\n${MANY_NAMES.join('\n')}${close}`);
    expect(attendees).toHaveLength(MANY_NAMES.length);
    expect(attendees[0]).toMatchObject({ name: 'Councillor Ann Ashworth-Qa', attendance: 'present' });
    expect(attendees[attendees.length - 1].name).toBe(MANY_NAMES[MANY_NAMES.length - 1]);
  });

  it('reads every name listed on one line', () => {
    const attendees = attendeesOf(`${opening} ${MANY_NAMES.join(', ')}${close}`);
    expect(attendees).toHaveLength(MANY_NAMES.length);
    expect(attendees[attendees.length - 1].name).toBe(MANY_NAMES[MANY_NAMES.length - 1]);
  });

  it('reads every name of a list wrapped over 60,000 lines, with each role in brackets kept', () => {
    const names = MANY_NAMES.slice(0, 60_000).map((name, index) => `${name} (Ward ${index})`);
    const lines: string[] = [];
    // Two names a line, the second cut after its title: the list goes on mid-name on the line below.
    for (let index = 0; index < names.length; index += 2) lines.push(`${names[index]}, Councillor`, `${names[index + 1].replace(/^Councillor /, '')},`);
    const attendees = attendeesOf(`${opening} ${lines.join('\n').replace(/,$/, '')}${close}`);
    expect(attendees).toHaveLength(names.length);
    expect(attendees[1]).toMatchObject({ name: MANY_NAMES[1], role: 'Ward 1' });
    expect(attendees[attendees.length - 1]).toMatchObject({ name: MANY_NAMES[59_999], role: 'Ward 59999' });
  });
});

describe('HTML nested deeper than any page needs', () => {
  const read = async (html: string) => (await readDocument(Buffer.from(html), '/web/minutes.html', LIMITS)).text;

  it('reads the text inside 100,000 nested <div>s', async () => {
    const depth = 100_000;
    const html = `<h1>Minutes of the Planning Committee, 3 March 2026</h1>${'<div class="section">'.repeat(depth)}<p>The meeting closed at 9.15 pm.</p>${'</div>'.repeat(depth)}`;
    expect(await read(html)).toBe('# Minutes of the Planning Committee, 3 March 2026\n\nThe meeting closed at 9.15 pm.');
  });

  it('keeps each item of a list nested 5000 deep on a line of its own', async () => {
    const depth = 5000;
    const list = `${Array.from({ length: depth }, (_, index) => `<ul><li>Action ${index + 1}`).join('')}${'</li></ul>'.repeat(depth)}`;
    const lines = (await read(`<h1>Actions</h1>${list}<p>The meeting closed.</p>`)).split('\n').filter((line) => line !== '');
    expect(lines).toEqual(['# Actions', ...Array.from({ length: depth }, (_, index) => `Action ${index + 1}`), 'The meeting closed.']);
  });

  it(`leaves a page nested ${MAX_HTML_DEPTH} deep, or left unclosed in cells and paragraphs, as it was written`, () => {
    const deep = `${'<div>'.repeat(MAX_HTML_DEPTH)}Minutes${'</div>'.repeat(MAX_HTML_DEPTH)}`;
    expect(withNestingCapped(deep)).toBe(deep);
    // Each cell's unclosed <div> ends with its cell, each paragraph's unclosed <b> with its paragraph.
    const sloppy = `<table>${'<tr><td><div>Cllr A Rudd<td><div>Chair'.repeat(2 * MAX_HTML_DEPTH)}</table>${'<p><b>Item<p>Noted.'.repeat(2 * MAX_HTML_DEPTH)}`;
    expect(withNestingCapped(sloppy)).toBe(sloppy);
    const lists = `<ul>${'<li><span>Cllr A Rudd<li><div>Chair'.repeat(2 * MAX_HTML_DEPTH)}</ul>`;
    expect(withNestingCapped(lists)).toBe(lists);
  });

  it('leaves out only the tags past the deepest kept, keeping their text', () => {
    const deep = `${'<div>'.repeat(MAX_HTML_DEPTH + 2)}Minutes${'</div>'.repeat(MAX_HTML_DEPTH + 2)}`;
    const kept = `${'<div>'.repeat(MAX_HTML_DEPTH)}<br><br>Minutes<br><br>${'</div>'.repeat(MAX_HTML_DEPTH)}`;
    expect(withNestingCapped(deep)).toBe(kept);
  });
});

describe('a decision by a mover and the outcome in one sentence', () => {
  it.each([
    ['Proposed by Cllr Hale, seconded by Cllr Ruiz and resolved to approve the grant', true],
    ['The motion was seconded by Cllr Ruiz\nand after debate it carried', true],
    ['Proposed by Cllr Hale and lost. The hall booking was agreed later', false],
    ['Cllr Hale stood by her proposal. Members agreed the wording', false],
    ['Proposed by the Chairman, seconded by Cllr Ruiz, and agreed', true],
    ['PROPOSED BY CLLR HALE, SECONDED BY CLLR RUIZ AND RESOLVED', true],
    // What others proposed, reported by a speaker, is named by no mover.
    ['Mr Wood, on behalf of the applicant, said that the conditions proposed by the police were agreed.', false],
    ['The Clerk reported that the changes proposed by residents had been approved by the county', false],
  ])('reads "%s" as a decision: %s (the outcome after the mover, before any full stop)', (text, decision) => {
    expect(isDecisionText(text)).toBe(decision);
  });

  it('reads a paragraph of two megabytes with no full stop and a mover on every line', () => {
    const lines = Array.from({ length: 16_000 }, (_, index) => `application 26/${index} proposed by Councillor Hale seconded by Councillor Ruiz and lost`);
    const paragraph = lines.join('\n');
    expect(paragraph.length).toBeGreaterThan(1_000_000);
    expect(isDecisionText(paragraph)).toBe(false);
    expect(isDecisionText(`${paragraph} and at the end the last was carried`)).toBe(true);
  });
});

/** Text of about 24 MB, two bytes a character (a curly apostrophe), as most real minutes are: V8 reads one-byte text faster. */
const longTextOf = (sentence: string) => sentence.repeat(Math.ceil((24 * 1024 * 1024) / sentence.length));

describe('a document of 24 MB on one line', () => {
  // Each once overflowed the stack: a Unicode pattern's `(.+)$` keeps a place to go back to at each character.
  it('reads a labelled line of an attendance list whose rest runs on for megabytes', () => {
    const line = `Officers: ${longTextOf('Ruth Cole’s team, ')}`;
    expect(withLabelledHolder(line, true)).toBe(line);
  });


  it('reads a person keyed by initials whose office runs on for megabytes', () => {
    const office = longTextOf('Chief Finance Officer’s deputy ');
    expect(keyedPerson(`Richard Chapman RCp ${office}`)).toEqual({ name: 'Richard Chapman', office: office.trim() });
  });

  it('reads no council from a heading of megabytes that names committees of councils', () => {
    expect(councilFirst(longTextOf('the Panel’s review of the Licensing Committee of the '))).toBeNull();
  });

  it('reads a section title in capitalised words whose text runs on for megabytes', () => {
    const text = longTextOf('Residents asked about the park’s opening hours. ');
    expect(splitRunOnTitles(['Call to Order:', 'The meeting opened.', 'Roll Call:', 'All present.', `Public Comment: ${text}`]).slice(4)).toEqual(['## Public Comment', text]);
  });

  it('reads a numbered line\'s number and title when its title runs on for megabytes, and none when a line separator ends the title', () => {
    const text = longTextOf('Cllr Hale reported on the parish’s footpaths. ');
    const numbered = NUMBERED_LINE.exec(`Minute 24/117 –  ${text}`);
    expect(numbered && [numbered[0].length, numbered[1], numbered[2], numbered[3] === text]).toEqual([text.length + 17, 'Minute ', '24/117', true]);
    expect(NUMBERED_LINE.test(`4. Footpaths\u2028${text}`)).toBe(false);
    expect(NUMBERED_LINE.test(`4.\u2028${text}`)).toBe(true);
  });

  it('reads the body an opening sentence names when the item under it runs on for megabytes', () => {
    const lines = ['', `The regular meeting of the Hollin Library Board was called to order at 7 pm.   ${longTextOf('Trustee Ruiz reported on the library’s roof. ')}`];
    expect(leadingText(lines, 40)).toBe('The regular meeting of the Hollin Librar');
    expect(leadingText(['  a \t b ', '', ' c  '], 40)).toBe('a b c');
    expect(bodyInOpeningSentence(lines)).toBe('Hollin Library Board');
  });

  it('reads a numbered minute whose text runs on from its title for megabytes', () => {
    const text = `1. Footpaths: ${longTextOf('Cllr Hale reported that the parish’s footpath survey had found three stiles in need of repair. ')}`;
    const [meeting] = parseMinutes({ text, format: 'text', file: '/minutes/one-line.txt', documentId: 'one-line' }).meetings;
    expect(meeting.items.map((item) => item.title)).toContain('Footpaths');
  });
});
