// Shown in place of a page that threw while rendering, inside the normal frame.
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

export function CrashPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  // Kept for whoever opens the console; the visitor only needs a way on.
  console.error(error);
  return (
    <Stack gap="md" py="xl">
      <Title order={1}>{t('app.errorTitle')}</Title>
      <Alert color="crimson" variant="light" role="alert">
        <Text mb="sm">{t('app.crash')}</Text>
        <Button variant="outline" color="crimson" size="sm" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      </Alert>
      <Anchor component={Link} to="/" fw={600}>
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
