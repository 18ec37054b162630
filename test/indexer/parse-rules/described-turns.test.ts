// A turn by a person named with who they are or where they live ("Gary Fenwick, 88 Ridge Road, spoke …") opens a
// paragraph under a sentence even with no blank line between, as a titled speaker's turn does.
import { buildParagraphs } from '../../../indexer/parse/paragraphs/paragraphs';

const WRAPPED = { leadingSpaceMarksBullet: false, wrapWidth: 70 };

describe('a turn by a person described between commas', () => {
  it('starts a paragraph under a full line that ends a sentence', () => {
    const { paragraphs } = buildParagraphs(
      [
        'Ellen Marsh, 414 Birch Avenue, spoke about speeding on Birch Avenue',
        'near Lincoln Elementary and asked the Council to consider speed humps.',
        'Gary Fenwick, 88 Ridge Road, spoke in support of the proposed dog',
        'park.',
      ],
      WRAPPED,
    );
    expect(paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text.slice(0, 30)])).toEqual([
      ['Ellen Marsh', 'Ellen Marsh, 414 Birch Avenue,'],
      ['Gary Fenwick', 'Gary Fenwick, 88 Ridge Road, s'],
    ]);
  });
});
