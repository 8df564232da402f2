import { describe, expect, it } from 'vitest';
import { formatInstant } from './format-instant.ts';

describe('formatInstant', () => {
  it('shows Vietnam time with +07:00, crossing the UTC date line', () => {
    expect(formatInstant(new Date('2026-02-24T03:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '2026-02-24T10:00:00+07:00',
    );
    expect(formatInstant(new Date('2026-02-24T23:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '2026-02-25T06:30:00+07:00',
    );
  });

  it('shows negative and half-hour offsets', () => {
    expect(formatInstant(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(
      '2026-01-15T07:00:00-05:00',
    );
    expect(formatInstant(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-15T17:30:00+05:30');
  });

  it('round-trips to the same instant', () => {
    const at = new Date('2026-07-01T08:15:00Z');
    expect(new Date(formatInstant(at, 'Asia/Ho_Chi_Minh')).getTime()).toBe(at.getTime());
  });
});
