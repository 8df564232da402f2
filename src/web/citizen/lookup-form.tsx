// The lookup form: the dossier code and the lookup key from the receipt or the email.
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanLookupInput } from './citizen-api.ts';

export function LookupForm({
  initialCode,
  initialKey,
  onLookup,
  isBusy,
}: {
  initialCode: string;
  initialKey: string;
  onLookup: (code: string, key: string) => void;
  isBusy: boolean;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [key, setKey] = useState(initialKey);
  const [isChecked, setChecked] = useState(false);
  const cleaned = cleanLookupInput(code, key);

  return (
    <form
      noValidate
      aria-labelledby="lookup-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (cleaned.code && cleaned.key) onLookup(cleaned.code, cleaned.key);
        else document.getElementById(cleaned.code ? 'lookup-key' : 'lookup-code')?.focus();
      }}
    >
      <Stack gap="md">
        <Text id="lookup-form-title">{t('lookup.formIntro')}</Text>
        <TextInput
          id="lookup-code"
          label={t('lookup.code')}
          description={t('lookup.codeHint')}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          size="md"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={60}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={isChecked && !cleaned.code ? t('lookup.codeMissing') : undefined}
        />
        <TextInput
          id="lookup-key"
          label={t('lookup.key')}
          description={t('lookup.keyHint')}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          size="md"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          error={isChecked && !cleaned.key ? t('lookup.keyMissing') : undefined}
        />
        <Button type="submit" size="lg" fullWidth loading={isBusy}>
          {t('lookup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
