// Page furniture of PDF text (form feeds between pages): running headers and page numbers go, and the pages join
// into one text whatever their number.
import { removePageFurniture } from '../../indexer/parse/furniture';

const WORDS = ['accounts', 'hedges', 'allotments', 'lighting', 'benches', 'verges', 'drains', 'signs', 'footpaths', 'playground'];
/** A different subject for each page, in words: digits alone would make every page's lines one running header. */
const subject = (page: number) => [1, 10, 100, 1000].map((scale) => WORDS[Math.floor(page / scale) % 10]).join(' ');

/** A page under the running header, its last sentence finished on odd pages and carried on to the next on even ones. */
function page(number: number): string {
  const end = number % 2 === 1 ? '.' : '';
  return ['Parish Council Minutes', '', `The clerk reported on the ${subject(number)} and the members`, `agreed the ${subject(number + 1)}${end}`, '', `Page ${number}`].join('\n');
}

function furnitureRemoved(pages: number): string[] {
  const text = Array.from({ length: pages }, (_, index) => page(index + 1)).join('\f');
  return removePageFurniture(text, text.split('\n'));
}

describe('page furniture of PDF text', () => {
  it('drops running headers and page numbers, and keeps a paragraph break only after a finished sentence', () => {
    expect(furnitureRemoved(3)).toEqual([
      'The clerk reported on the hedges accounts accounts accounts and the members',
      'agreed the allotments accounts accounts accounts.',
      '',
      'The clerk reported on the allotments accounts accounts accounts and the members',
      'agreed the lighting accounts accounts accounts',
      'The clerk reported on the lighting accounts accounts accounts and the members',
      'agreed the benches accounts accounts accounts.',
      // The blank line above the last page number stays: blank lines at the end of a text separate nothing.
      '',
    ]);
  });

  it('keeps a label that heads the text under it at the edge of two pages ("Decision:"), as no running header ends in a colon', () => {
    const pages = [
      ['Cabinet Minutes', '', '14. Library opening hours', 'The Cabinet Member presented the report.', '', 'Decision:'],
      ['Cabinet Minutes', '', 'That the new opening hours be approved.', '', '15. Bus shelters', 'The Director of Place reported on the repairs.', '', 'Decision:'],
      ['Cabinet Minutes', '', 'That the repairs be noted.'],
    ];
    const text = pages.map((lines) => lines.join('\n')).join('\f');
    const lines = removePageFurniture(text, text.split('\n'));
    expect(lines.filter((line) => line === 'Decision:')).toHaveLength(2);
    expect(lines).not.toContain('Cabinet Minutes');
  });

  it('joins ten thousand pages in time (each page was added to a copy of all the pages before it)', () => {
    const started = performance.now();
    const lines = furnitureRemoved(10_000);
    expect(lines).toHaveLength(25_001);
    expect(lines.filter((line) => line === 'Parish Council Minutes' || /^Page \d+$/.test(line))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('a PDF of one page (the reader marks every page break with a form feed, so there is none)', () => {
  const lines = (text: string, pagesMarked: boolean) => removePageFurniture(text, text.split('\n'), pagesMarked);
  const text = ['Amenities Committee', '', 'Present: Cllr Ash, Cllr Birch', '', 'Officers: the Clerk', '', '  7', '', 'Apologies', '', 'None were received.', '', '  8', '', 'Play Area', '', 'The swings were noted.', '', '1'].join('\n');

  it("keeps numbers alone on their lines inside the page (a printed table's item numbers, each in a cell of its own)", () => {
    expect(lines(text, true)).toEqual(text.split('\n').slice(0, -1));
  });

  it('drops them from text whose page breaks are not marked, where each could stand for one', () => {
    expect(lines(text, false)).not.toContain('  7');
  });
});
