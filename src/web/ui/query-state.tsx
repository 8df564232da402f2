// Shared loading and error blocks for data-driven sections, announced politely to screen readers.
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http/client.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" py="lg" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label ?? t('app.loading')}</Text>
    </Group>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  // The server's own detail is written for developers, in English: the visitor gets a sentence in their language.
  let message = t('app.errorNetwork');
  if (error instanceof ApiError) message = error.status >= 500 ? t('app.errorServer') : t('app.errorRequest');
  return (
    <Alert color="crimson" variant="light" title={t('app.errorTitle')} role="alert" my="md">
      <Text mb={onRetry ? 'sm' : 0}>{message}</Text>
      {onRetry && (
        <Button variant="outline" color="crimson" size="sm" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}
