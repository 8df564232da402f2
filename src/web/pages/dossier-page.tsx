// One dossier (/can-bo/ho-so/:code): facts, exactly the allowed actions, steps, control sheet, slips.
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { DossierAction } from '../../domain/dossier/lifecycle.ts';
import { cautionActions } from '../dossier/action-body.ts';
import { ActionDialog } from '../dossier/action-dialog.tsx';
import { ControlSheet } from '../dossier/control-sheet.tsx';
import {
  ApplicantFacts,
  DocumentsReceived,
  DossierFacts,
  FormLinks,
  StepProgress,
} from '../dossier/dossier-sections.tsx';
import { ApiError } from '../http/client.ts';
import { type DossierView, useDossier } from '../http/dossier-queries.ts';
import { useLifecycleText } from '../staff/lifecycle-text.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import type { WorkListLinkState } from '../worklist/dossier-table.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md">
      <Title order={2} id={id} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

type Notice = { kind: 'done'; action: DossierAction } | { kind: 'conflict' };

function ActionBar({ dossier, onOpen }: { dossier: DossierView; onOpen: (action: DossierAction) => void }) {
  const { t } = useTranslation();
  const lifecycle = useLifecycleText();
  if (dossier.allowedActions.length === 0) {
    return <Text c="dark.4">{t('dossier.noActions')}</Text>;
  }
  // Exactly the actions the server allows this officer now, in its order; nothing else is offered.
  return (
    <Group gap="xs">
      {dossier.allowedActions.map((action) => {
        const isCaution = cautionActions.includes(action);
        return (
          <Button
            key={action}
            variant={isCaution ? 'outline' : 'light'}
            color={isCaution ? 'crimson' : undefined}
            onClick={() => onOpen(action)}
            data-action={action}
          >
            {lifecycle.action(action)}
          </Button>
        );
      })}
    </Group>
  );
}

function DossierContent({ dossier, onConflict }: { dossier: DossierView; onConflict: () => void }) {
  const { t } = useTranslation();
  const lifecycle = useLifecycleText();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <div>
            <Group gap="sm" align="center">
              <Title order={1} size="h2" className="dossier-code">
                {dossier.code}
              </Title>
              <Badge size="lg" variant="light" color={dossier.isOverdue ? 'crimson' : 'navy'}>
                {lifecycle.status(dossier.status)}
              </Badge>
              {dossier.isOverdue && (
                <Badge size="lg" color="crimson" leftSection={<span aria-hidden="true">⚠</span>}>
                  {t('worklist.overdueMark')}
                </Badge>
              )}
            </Group>
            <Text fw={600} lang="vi">
              {dossier.procedureCode} — {dossier.procedureName}
            </Text>
          </div>
          <DossierFacts dossier={dossier} />
        </Stack>
      </Paper>
      {notice?.kind === 'done' && (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
          {t('dossier.done', { action: lifecycle.action(notice.action) })}
        </Alert>
      )}
      {notice?.kind === 'conflict' && (
        <Alert color="orange" variant="light" role="alert" withCloseButton onClose={() => setNotice(null)}>
          {t('dossier.changedByOthers')}
        </Alert>
      )}
      <Paper withBorder p="sm" component="section" aria-labelledby="dossier-actions" className="action-panel">
        <Group gap="md" align="center">
          <Title order={2} id="dossier-actions" size="h4">
            {t('dossier.actions')}
          </Title>
          <ActionBar dossier={dossier} onOpen={setOpen} />
        </Group>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Section id="dossier-timeline" title={t('dossier.timeline')}>
              <ControlSheet dossier={dossier} />
            </Section>
            <Section id="dossier-documents" title={t('dossier.documents')}>
              <DocumentsReceived dossier={dossier} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Section id="dossier-applicant" title={t('dossier.applicant')}>
              <ApplicantFacts dossier={dossier} />
            </Section>
            <Section id="dossier-forms" title={t('dossier.forms')}>
              <FormLinks dossier={dossier} />
            </Section>
            <Section id="dossier-steps" title={t('dossier.steps')}>
              <StepProgress dossier={dossier} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      {open && (
        <ActionDialog
          key={`${open}-${dossier.version}`}
          action={open}
          dossier={dossier}
          onClose={() => setOpen(null)}
          onDone={(action) => {
            setOpen(null);
            setNotice({ kind: 'done', action });
          }}
          onConflict={() => {
            setOpen(null);
            setNotice({ kind: 'conflict' });
            onConflict();
          }}
        />
      )}
    </Stack>
  );
}

export function DossierPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const state = useLocation().state as Partial<WorkListLinkState> | null;
  const backTo = `/can-bo/ho-so${typeof state?.listSearch === 'string' ? state.listSearch : ''}`;
  const dossier = useDossier(code);
  const notFound =
    dossier.isError && dossier.error instanceof ApiError && [400, 404].includes(dossier.error.status);
  usePageTitle(dossier.data ? dossier.data.code : notFound ? t('dossier.notFoundTitle') : undefined);

  return (
    <Stack gap="sm">
      <Anchor component={Link} to={backTo} fw={600} size="sm">
        ← {t('dossier.back')}
      </Anchor>
      {dossier.isPending && <LoadingState />}
      {notFound && (
        <Stack gap="sm">
          <Title order={1}>{t('dossier.notFoundTitle')}</Title>
          <Text>{t('dossier.notFoundText')}</Text>
        </Stack>
      )}
      {dossier.isError && !notFound && (
        <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />
      )}
      {dossier.data && <DossierContent dossier={dossier.data} onConflict={() => void dossier.refetch()} />}
    </Stack>
  );
}
