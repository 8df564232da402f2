// Remaining working time and wall times as officers read them, in both languages.
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import { formatDate, formatDateTime, remainingText, splitWorkingMinutes } from './time-text.ts';

async function translator(language: 'vi' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('working time left', () => {
  test('a working day is 7.5 hours: 1,035 minutes are 2 days 2 hours 15 minutes', () => {
    expect(splitWorkingMinutes(1035)).toEqual({ days: 2, hours: 2, minutes: 15 });
    expect(splitWorkingMinutes(-240)).toEqual({ days: 0, hours: 4, minutes: 0 });
  });

  test('reads "còn 2 ngày 3 giờ làm việc" ahead of the deadline and "quá hạn 4 giờ" after it', async () => {
    const t = await translator('vi');
    expect(remainingText(t, 2 * 450 + 3 * 60 + 20)).toBe('còn 2 ngày 3 giờ làm việc');
    expect(remainingText(t, -240)).toBe('quá hạn 4 giờ');
    expect(remainingText(t, -450)).toBe('quá hạn 1 ngày');
    expect(remainingText(t, 45)).toBe('còn 45 phút làm việc');
    expect(remainingText(t, 0)).toBe('đến hạn');
    expect(remainingText(t, null)).toBeNull();
  });

  test('speaks English with plurals', async () => {
    const t = await translator('en');
    expect(remainingText(t, 450 + 60)).toBe('1 day 1 hour of working time left');
    expect(remainingText(t, -2 * 450 - 120)).toBe('overdue by 2 days 2 hours');
  });
});

describe('wall times', () => {
  test('shows the unit’s own wall time from the server’s ISO text, whatever the browser’s zone', () => {
    expect(formatDateTime('2026-12-07T07:30:00+07:00')).toBe('07:30 07/12/2026');
    expect(formatDate('2026-12-07T07:30:00+07:00')).toBe('07/12/2026');
    expect(formatDateTime(null)).toBe('—');
  });
});
