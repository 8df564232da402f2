// Seed data: days off and make-up working days of Vietnamese civil servants 2025–2027, and the default spec.
// Sources (shared/context/holidays-vn.md): Labour Code 2019 Art. 111–112; Government Office letters
// 8726/VPCP-KGVX (26/11/2024) and 12729/VPCP-KGVX (25/12/2025); notice 6150/TB-LĐTBXH.
// An administrator edits this per year; it is only the starting point.
import type { CalendarSpec, IsoDate, OfficePeriod } from './types.ts';

export interface DayOff {
  date: IsoDate;
  /** 'holiday' = a day off; 'working_day' = a make-up working day (usually a Saturday). */
  kind: 'holiday' | 'working_day';
  name: string;
}

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];
export const DEFAULT_PERIODS: readonly OfficePeriod[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

const NEW_YEAR = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
const REUNIFICATION = 'Ngày Giải phóng miền Nam';
const LABOUR_DAY = 'Quốc tế Lao động';
const NATIONAL_DAY = 'Quốc khánh';
const MAKE_UP = 'Ngày làm bù';
/** A working day swapped into a break, worked back on a make-up Saturday. */
const SWAPPED = ' (nghỉ hoán đổi)';
/** A holiday that fell on a weekend, given back on the next working day (Labour Code 2019 Art. 111(3)). */
const GIVEN_BACK = ' (nghỉ bù)';

/** Every day from `first` to `last` inclusive, as holidays. */
function breakDays(first: IsoDate, last: IsoDate, name: string): DayOff[] {
  const days: DayOff[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 86_400_000) {
    days.push({ date: new Date(t).toISOString().slice(0, 10), kind: 'holiday', name });
  }
  return days;
}

function off(date: IsoDate, name: string): DayOff {
  return { date, kind: 'holiday', name };
}

function makeUp(date: IsoDate): DayOff {
  return { date, kind: 'working_day', name: MAKE_UP };
}

export const vietnamDaysOff2025to2027: readonly DayOff[] = [
  // 2025
  off('2025-01-01', NEW_YEAR),
  ...breakDays('2025-01-25', '2025-02-02', TET), // Tết Ất Tỵ, Sat 25/1 – Sun 2/2
  ...breakDays('2025-04-05', '2025-04-06', HUNG_KINGS), // weekend before the holiday
  off('2025-04-07', HUNG_KINGS), // 10/3 lunar
  makeUp('2025-04-26'),
  off('2025-04-30', REUNIFICATION),
  off('2025-05-01', LABOUR_DAY),
  off('2025-05-02', LABOUR_DAY + SWAPPED), // worked back on Sat 26/4
  ...breakDays('2025-05-03', '2025-05-04', LABOUR_DAY),
  ...breakDays('2025-08-30', '2025-08-31', NATIONAL_DAY), // weekend before the holiday
  ...breakDays('2025-09-01', '2025-09-02', NATIONAL_DAY),
  // 2026
  off('2026-01-01', NEW_YEAR),
  off('2026-01-02', NEW_YEAR + SWAPPED), // worked back on Sat 10/1
  ...breakDays('2026-01-03', '2026-01-04', NEW_YEAR),
  makeUp('2026-01-10'),
  ...breakDays('2026-02-14', '2026-02-22', TET), // Tết Bính Ngọ, Sat 14/2 – Sun 22/2 (Tết day Tue 17/2)
  ...breakDays('2026-04-25', '2026-04-26', HUNG_KINGS), // 10/3 lunar = Sun 26/4
  off('2026-04-27', HUNG_KINGS + GIVEN_BACK),
  off('2026-04-30', REUNIFICATION),
  off('2026-05-01', LABOUR_DAY),
  ...breakDays('2026-05-02', '2026-05-03', LABOUR_DAY), // no swap: 28–29/4 and 4–6/5 are working days
  makeUp('2026-08-22'),
  ...breakDays('2026-08-29', '2026-08-30', NATIONAL_DAY),
  off('2026-08-31', NATIONAL_DAY + SWAPPED), // worked back on Sat 22/8
  ...breakDays('2026-09-01', '2026-09-02', NATIONAL_DAY),
  // 2027: only what the rule already gives. The Tết Đinh Mùi break (Tết day Sat 6/2/2027) and the
  // second National Day holiday (Wed 1/9 or Fri 3/9) are for the Prime Minister to decide; an
  // administrator adds them, with any swap, once announced.
  off('2027-01-01', NEW_YEAR),
  off('2027-04-16', HUNG_KINGS), // 10/3 lunar
  off('2027-04-30', REUNIFICATION),
  off('2027-05-01', LABOUR_DAY), // a Saturday
  off('2027-05-03', LABOUR_DAY + GIVEN_BACK),
  off('2027-09-02', NATIONAL_DAY),
];

/** The default spec (Asia/Ho_Chi_Minh, Monday–Friday, 07:30–11:30 and 13:30–17:00) with these days. */
export function defaultCalendarSpec(days: readonly DayOff[] = vietnamDaysOff2025to2027): CalendarSpec {
  return {
    timeZone: DEFAULT_TIME_ZONE,
    weekdays: [...DEFAULT_WEEKDAYS],
    periods: DEFAULT_PERIODS.map((p) => ({ ...p })),
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date)),
    workingDays: new Set(days.filter((d) => d.kind === 'working_day').map((d) => d.date)),
  };
}
