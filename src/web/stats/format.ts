// Numbers and rates as the statistics pages show them: counts grouped the Vietnamese way (1.234),
// rates as percentages with one decimal (87,5 %), nothing to show as a dash.
import { currentLanguage } from '../i18n/index.ts';

const locales = { vi: 'vi-VN', en: 'en-GB' } as const;

export function numberLocale(language: string): string {
  return locales[currentLanguage(language)];
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(numberLocale(language)).format(value);
}

/** A fraction 0–1 as a percentage; null (nothing to divide by) as "—". */
export function formatRate(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(numberLocale(language), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

/** Days with one decimal: "3,2". */
export function formatDays(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 }).format(value);
}
