// A table written as raw HTML inside a Markdown page (a blog's or a static site's export of minutes typed into an
// editor's table): it reaches the parser as the HTML reader gives a table's rows, not as one line of tags.
import { itemsOf, readAndParse, readText } from '../../helpers/parse-text';

const cell = (text: string) => `<td width="40">${text}</td>`;
const row = (...cells: string[]) => `<tr>${cells.map(cell).join('')}</tr>`;
const SPACER = '<strong>&nbsp;</strong><div></div>';

const MARKDOWN = [
  '**ASHCOMBE PARISH COUNCIL**',
  '',
  '**Minutes of the Parish Council Meeting held on 4th March 2025 at 7.30pm**',
  '',
  `<table><tbody>${[
    row('<strong>1.0</strong>', '<strong>Footpath Repairs</strong>', '&nbsp;'),
    row('1.1', 'The stile on Mill Lane has been replaced.<div></div><strong>Clerk to thank the ranger.</strong>', `${SPACER}${SPACER}<strong>KP</strong>`),
    row('<strong>2.0</strong>', '<strong>Village Green</strong>', '&nbsp;'),
    row('2.1', 'It was agreed to buy two new benches for the green.', '<strong>RD</strong>'),
  ].join('')}</tbody></table>`,
  '',
  'Meeting closed at 9.05pm.',
  '',
].join('\n');

describe('Markdown with a raw HTML table', () => {
  it('gives each row of the table as a line of its own, with no tags left', async () => {
    const text = await readText(MARKDOWN, '/minutes/ashcombe.md');
    expect(text).not.toContain('<t');
    // The action column's owner stays on the row it belongs to, though the editor lined it up with empty blocks.
    expect(text).toMatch(/^1\.1\tThe stile on Mill Lane has been replaced\. Clerk to thank the ranger\.\t *KP$/m);
    expect(text).toContain('Meeting closed at 9.05pm.');
  });

  it('lets the parser find the items the table numbers', async () => {
    const [meeting] = (await readAndParse(MARKDOWN, '/minutes/ashcombe.md')).meetings;
    expect(itemsOf(meeting)).toEqual([['1.0', 'Footpath Repairs'], ['2.0', 'Village Green']]);
    expect(meeting.items[1].paragraphs.some((paragraph) => paragraph.isDecision)).toBe(true);
  });
});
