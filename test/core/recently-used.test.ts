import { RecentlyUsed } from '../../core/recently-used';

describe('RecentlyUsed', () => {
  it('drops the least recently used entry once full, counting reads as uses', () => {
    const recent = new RecentlyUsed<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect([recent.has('a'), recent.has('b'), recent.has('c')]).toEqual([true, false, true]);
    expect(recent.size).toBe(2);
  });

  it('keeps nothing with a capacity of 0 and forgets deleted and cleared entries', () => {
    const none = new RecentlyUsed<string, number>(0);
    none.set('a', 1);
    expect(none.get('a')).toBeUndefined();
    const recent = new RecentlyUsed<string, number>(3);
    recent.set('a', 1);
    recent.set('b', 2);
    recent.delete('a');
    expect(recent.get('a')).toBeUndefined();
    recent.clear();
    expect(recent.size).toBe(0);
  });
});
