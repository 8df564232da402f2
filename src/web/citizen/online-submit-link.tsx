// The way into online submission from a procedure's page, for procedures offered fully or partly online.
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcedureDetail } from '../http/catalog-queries.ts';

export function OnlineSubmitLink({ procedure }: { procedure: Pick<ProcedureDetail, 'id' | 'onlineLevel'> }) {
  const { t } = useTranslation();
  if (procedure.onlineLevel === 'none') return null;
  return (
    <Stack gap={4} align="flex-start">
      <Button component={Link} to={`/nop-ho-so/${procedure.id}`} size="lg" w={{ base: '100%', sm: 'auto' }}>
        {t('submit.title')}
      </Button>
      <Text size="sm" c="dark.4">
        {t('submit.startHint')}
      </Text>
    </Stack>
  );
}
