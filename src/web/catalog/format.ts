// Turns catalog codes and numbers (levels, time limits, fees, online levels) into the words a citizen reads.
import { useTranslation } from 'react-i18next';
import type { OnlineLevel, TimeUnit } from '../http/catalog-queries.ts';
import { currentLanguage, type Language } from '../i18n/index.ts';
import { type Translation, vi } from '../i18n/vi.ts';

type KnownLevel = keyof Translation['level'];

function isKnownLevel(code: string): code is KnownLevel {
  return Object.hasOwn(vi.level, code);
}

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function useCatalogFormat() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const locale = locales[language];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'VND',
    currencyDisplay: language === 'vi' ? 'symbol' : 'code',
  });

  return {
    language,
    /** "Cấp tỉnh" for `province`; a level the app does not know is shown as its code. */
    level: (code: string): string => (isKnownLevel(code) ? t(`level.${code}`) : code),
    /** The same in running text: "cấp xã". */
    levelInline: (code: string): string => (isKnownLevel(code) ? t(`levelInline.${code}`) : code),
    online: (level: OnlineLevel): string => t(`online.${level}`),
    onlineLong: (level: OnlineLevel): string => t(`onlineLong.${level}`),
    /** "3 ngày làm việc", "Trong ngày" for 0, "15 ngày", "4 giờ làm việc". */
    processingTime: (amount: number, unit: TimeUnit): string => {
      if (amount === 0) return t('time.sameDay');
      const options = { count: amount, value: number.format(amount) };
      if (unit === 'working_days') return t('time.workingDays', options);
      if (unit === 'calendar_days') return t('time.calendarDays', options);
      return t('time.workingHours', options);
    },
    hours: (amount: number): string =>
      t('procedure.stepHours', { count: amount, value: number.format(amount) }),
    /** "50.000 ₫"; nothing to pay reads "Miễn phí". */
    fee: (amountVnd: number): string => (amountVnd === 0 ? t('procedure.free') : money.format(amountVnd)),
    number: (value: number): string => number.format(value),
  };
}

export type CatalogFormat = ReturnType<typeof useCatalogFormat>;

export const onlineBadgeColors: Record<OnlineLevel, string> = {
  full: 'teal',
  partial: 'blue',
  none: 'gray',
};
