// Shown instead of a staff page the officer's roles do not open (the server would refuse it anyway).
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/use-page-title.ts';

export function NotAllowed({ text }: { text?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('staff.notAllowedTitle'));
  return (
    <Stack gap="sm">
      <Title order={1}>{t('staff.notAllowedTitle')}</Title>
      <Text>{text ?? t('staff.notAllowedText')}</Text>
    </Stack>
  );
}
