import { describe, expect, it } from 'vitest';
import { classifyFinish, classifyPending } from './classify.ts';
import { defaultCalendarSpec } from './holidays-vn.ts';
import { atLocal } from './working-time.ts';

const vn = defaultCalendarSpec();
const at = (local: string): Date => atLocal(vn, local.slice(0, 10), local.slice(11));

describe('classifyFinish', () => {
  const due = at('2026-02-24T10:00');

  it.each([
    ['2026-02-24T16:00', 'on_time', 'later on the due day is still on time (compared by day)'],
    ['2026-02-24T00:00', 'on_time', 'the first minute of the due day'],
    ['2026-02-23T15:00', 'early', 'the day before'],
    ['2026-02-23T23:59', 'early', 'the last minute of the day before'],
    ['2026-02-25T07:31', 'late', 'the next morning'],
    ['2026-02-25T00:00', 'late', 'local midnight after the due day'],
  ])('finished %s against due 24/02 10:00 is %s (%s)', (finished, expected) => {
    expect(classifyFinish(vn, at(finished), due)).toBe(expected);
  });

  it('uses the Vietnam calendar day, not the UTC one, near UTC midnight', () => {
    // 23:30Z on 23/02 is 06:30 on 24/02 in Vietnam; 17:00Z on 24/02 is already 25/02.
    expect(classifyFinish(vn, new Date('2026-02-23T23:30:00Z'), due)).toBe('on_time');
    expect(classifyFinish(vn, new Date('2026-02-23T16:59:59Z'), due)).toBe('early');
    expect(classifyFinish(vn, new Date('2026-02-24T16:59:59Z'), due)).toBe('on_time');
    expect(classifyFinish(vn, new Date('2026-02-24T17:00:00Z'), due)).toBe('late');
  });

  it('classifies against a due instant that is itself near UTC midnight', () => {
    const lateEvening = new Date('2026-03-02T16:30:00Z'); // 23:30 on 02/03 in Vietnam
    expect(classifyFinish(vn, new Date('2026-03-02T01:00:00Z'), lateEvening)).toBe('on_time');
    expect(classifyFinish(vn, new Date('2026-03-02T17:00:00Z'), lateEvening)).toBe('late');
  });

  it('rejects an invalid Date', () => {
    expect(() => classifyFinish(vn, new Date(Number.NaN), due)).toThrow(RangeError);
  });
});

describe('classifyPending', () => {
  const due = at('2026-02-24T10:00');

  it('is within deadline up to and at the due instant, overdue one millisecond after', () => {
    expect(classifyPending(at('2026-02-24T09:59'), due)).toBe('within_deadline');
    expect(classifyPending(due, due)).toBe('within_deadline');
    expect(classifyPending(new Date(due.getTime() + 1), due)).toBe('overdue');
    expect(classifyPending(at('2026-02-24T16:00'), due)).toBe('overdue');
  });

  it('rejects an invalid Date', () => {
    expect(() => classifyPending(new Date(Number.NaN), due)).toThrow(RangeError);
  });
});
