// i18next set-up: Vietnamese by default, English on request; the choice is remembered and mirrored on <html lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { type Translation, vi } from './vi.ts';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'motcua.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function findStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the default.
    return undefined;
  }
}

function rememberLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered, but the page still switches.
  }
}

export function setUpI18n(): typeof i18next {
  const initial = findStoredLanguage() ?? 'vi';
  i18next.on('languageChanged', rememberLanguage);
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: initial,
    fallbackLng: 'vi',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = initial;
  return i18next;
}

/** The active language, narrowed to the ones the app ships. */
export function currentLanguage(language: string): Language {
  return isLanguage(language) ? language : 'vi';
}
