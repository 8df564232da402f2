// After receiving: the dossier code and the appointment, large enough to read out, and the receipt slip.
import { Anchor, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DossierView, formPath } from '../http/dossier-queries.ts';
import { formatDateTime } from '../staff/time-text.ts';

export function ReceptionDone({ dossier, onNext }: { dossier: DossierView; onNext: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const receipt = formPath(dossier.code, 'receipt');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Paper
      withBorder
      p="xl"
      className="reception-done"
      component="section"
      aria-labelledby="reception-done-title"
    >
      <Stack gap="md">
        <Title order={2} id="reception-done-title" ref={headingRef} tabIndex={-1}>
          {t('counter.doneTitle')}
        </Title>
        <Group gap="xl" align="flex-start" wrap="wrap">
          <div>
            <Text fw={600}>{t('counter.doneCode')}</Text>
            <Text className="reception-done__code" data-testid="dossier-code">
              {dossier.code}
            </Text>
          </div>
          <div>
            <Text fw={600}>{t('counter.doneDue')}</Text>
            <Text className="reception-done__due">
              {formatDateTime(dossier.appointmentAt ?? dossier.dueAt)}
            </Text>
          </div>
          <div>
            <Text fw={600}>{t('counter.doneLookupKey')}</Text>
            <Text className="reception-done__key">{dossier.lookupKey}</Text>
          </div>
        </Group>
        <Text lang="vi">{dossier.procedureName}</Text>
        <Group gap="sm">
          <Button component="a" href={receipt} target="_blank" rel="noopener" size="md">
            {t('counter.openReceipt')}
          </Button>
          <Anchor component={Link} to={`/can-bo/ho-so/${encodeURIComponent(dossier.code)}`} fw={600}>
            {t('counter.openDossier')}
          </Anchor>
          <Button variant="outline" size="md" onClick={onNext}>
            {t('counter.next')}&nbsp;<Kbd size="xs">{t('counter.nextShortcut')}</Kbd>
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
