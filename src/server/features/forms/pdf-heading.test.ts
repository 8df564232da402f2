// Dates in the heading follow Decree 30/2020/NĐ-CP: a zero before days under 10 and months 1 and 2.
import { describe, expect, it } from 'vitest';
import { vietnameseDate } from './pdf-heading.ts';

describe('vietnameseDate', () => {
  it('writes the date in words with a zero before small days and January, February', () => {
    expect(vietnameseDate('26/11/2026')).toBe('ngày 26 tháng 11 năm 2026');
    expect(vietnameseDate('5/2/2026')).toBe('ngày 05 tháng 02 năm 2026');
    expect(vietnameseDate('01/01/2027')).toBe('ngày 01 tháng 01 năm 2027');
  });

  it('writes months from March on without a zero', () => {
    expect(vietnameseDate('09/03/2026')).toBe('ngày 09 tháng 3 năm 2026');
    expect(vietnameseDate('15/09/2026')).toBe('ngày 15 tháng 9 năm 2026');
  });

  it('leaves a date it cannot read as it is', () => {
    expect(vietnameseDate('quý IV/2026')).toBe('quý IV/2026');
  });
});
