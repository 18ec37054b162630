import { concatenated } from '../../core/arrays';

describe('concatenated', () => {
  it('joins the arrays in order into a new array', () => {
    const first = ['Apologies', 'Minutes'];
    const joined = concatenated([first, [], ['Planning']]);
    expect(joined).toEqual(['Apologies', 'Minutes', 'Planning']);
    expect(joined).not.toBe(first);
  });

  it('joins more arrays than one concat call is given', () => {
    const pages = Array.from({ length: 2500 }, (_, page) => [`page ${page}`, '']);
    const joined = concatenated(pages);
    expect(joined).toHaveLength(5000);
    expect(joined[4998]).toBe('page 2499');
  });

  it('gives an empty array for no arrays', () => {
    expect(concatenated([])).toEqual([]);
  });
});
