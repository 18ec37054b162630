// A consent agenda lettered in capitals ("A. Approve …", "B. Approve …"): each entry is a paragraph of its own, even
// where a wrap leaves no line length to tell where one ends (parse/items/capital-points.ts).
import { buildParagraphs } from '../../../indexer/parse/paragraphs/paragraphs';

const WRAPPED = { leadingSpaceMarksBullet: false, wrapWidth: 93 };

describe('a list lettered in capitals', () => {
  it('starts a paragraph at the next letter under a full line', () => {
    const { paragraphs } = buildParagraphs(
      [
        'C. Adopt Resolution No. 2025-019 accepting a state grant of $412,000 for the Oso Creek culvert',
        'replacement.',
        'D. Authorize the Auditor-Controller to issue warrants for the period ending January 31, 2025.',
        'E. Receive and file the quarterly investment report.',
      ],
      WRAPPED,
    );
    expect(paragraphs.map((paragraph) => paragraph.text.slice(0, 12))).toEqual(['C. Adopt Res', 'D. Authorize', 'E. Receive a']);
  });

  it('reads an initial that follows no lettered entry as part of the sentence', () => {
    const { paragraphs } = buildParagraphs(
      ['The Board thanked the staff of the Auditor-Controller for the quarterly report on investments made.', 'J. Okafor of the finance team presented it.'],
      WRAPPED,
    );
    expect(paragraphs).toHaveLength(1);
  });
});
