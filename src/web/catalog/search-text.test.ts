// Option lists match Vietnamese words with or without diacritics.
import { describe, expect, test } from 'vitest';
import { matchesFolded } from './search-text.ts';

describe('accent-insensitive option matching', () => {
  test('finds a unit typed without diacritics, in any case, words in any order', () => {
    expect(matchesFolded('UBND xã Đồng Sơn', 'dong son')).toBe(true);
    expect(matchesFolded('UBND xã Đồng Sơn', 'SON xa')).toBe(true);
    expect(matchesFolded('UBND xã Đồng Sơn', 'Đồng')).toBe(true);
  });

  test('every word must appear', () => {
    expect(matchesFolded('UBND xã Đồng Sơn', 'dong thap')).toBe(false);
  });

  test('an empty query matches everything', () => {
    expect(matchesFolded('UBND huyện Tân Sơn', '  ')).toBe(true);
  });
});
