// The error block for a change that did not go through (a form sent, an action taken), worded by the status.
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http/client.ts';

export function MutationError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let message = t('app.errorNetwork');
  if (error instanceof ApiError) {
    if (error.status === 403) message = t('app.errorForbidden');
    else if (error.status === 404) message = t('app.errorGone');
    else if (error.status >= 500) message = t('app.errorServer');
    else message = error.problem.detail ?? t('app.errorRequest');
  }
  return (
    <Alert color="crimson" variant="light" title={t('app.errorNotDone')} role="alert">
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
