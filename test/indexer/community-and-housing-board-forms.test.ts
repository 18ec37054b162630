// Forms of a community council's web page and of a housing group's board minutes, each in a small document written
// for this test: one-a-line "Name, Organisation" attendees beside a count of the public, someone attending "for minute
// B25/46", a signature line in italics and a "Board meeting: minutes" heading under the group's name.
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);

describe('a community council page', () => {
  it("reads 'Cllr Morven Ross, Highland Council' one a line as one person with the organisation as the role, beside 'Five members of the public'", () => {
    const meeting = parse(
      'Glenrossie Community Council\n\nMinutes of the ordinary meeting held on Monday 3 March 2025\n\nIn attendance\n\nCllr Morven Ross, Highland Council\n\nPC Gregor Aitken, Police Scotland\n\nFive members of the public\n\n1. Welcome\nThe Chair welcomed everyone.\n',
    );
    expect(people(meeting)).toEqual([
      ['Cllr Morven Ross', 'Highland Council', 'in attendance'],
      ['PC Gregor Aitken', 'Police Scotland', 'in attendance'],
    ]);
  });
});

const HOUSING = '# Harbourside Homes Group\n\n## Board meeting: minutes\n\n**Date:** Thursday 26 June 2025\n\n';

describe('a housing group board in Markdown', () => {
  it("names the group's board from '## Board meeting: minutes' under the group's name", () => {
    const meeting = parse(`${HOUSING}### B25/41 Welcome\n\nThe Chair welcomed members.\n\n### B25/42 Any other business\n\nNone.\n`, 'markdown');
    expect(meeting.body).toBe('Harbourside Homes Group Board');
  });

  it("leaves the items someone attended for out of their office ('Director of Assets, for minute B25/46')", () => {
    const meeting = parse(`${HOUSING}**In attendance:** Ben Foley (Director of Assets, for minute B25/46), Jo Hale (Planning Officer for items 5 and 6)\n\n### B25/41 Welcome\n\nThe Chair welcomed members.\n`, 'markdown');
    expect(people(meeting)).toEqual([
      ['Ben Foley', 'Director of Assets', 'in attendance'],
      ['Jo Hale', 'Planning Officer', 'in attendance'],
    ]);
  });

  it("drops a closing '*Signed as a correct record:* ____ Chair' line, in italics", () => {
    const meeting = parse(`${HOUSING}### B25/47 Any other business\n\nThere was no other business.\n\n*Signed as a correct record:* ______________________ Chair\n`, 'markdown');
    expect(meeting.items[meeting.items.length - 1].paragraphs.map((paragraph) => paragraph.text)).toEqual(['There was no other business.']);
  });
});
