// The header's language switch: a native select, so keyboards and screen readers handle it without help.
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, languages } from '../i18n/index.ts';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      className="language-select"
      aria-label={t('language.label')}
      value={currentLanguage(i18n.language)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) void i18n.changeLanguage(next);
      }}
      size="xs"
      w={124}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`language.${language}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
