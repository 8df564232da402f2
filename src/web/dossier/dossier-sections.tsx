// The dossier page's blocks: key facts, applicant, processing steps, documents received and the PDF slips.
import { Anchor, List, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../http/catalog-queries.ts';
import { type DossierView, formPath } from '../http/dossier-queries.ts';
import { formatDateTime } from '../staff/time-text.ts';
import { RemainingCell } from '../worklist/dossier-table.tsx';
import { availableForms } from './dossier-forms.ts';

const openStatuses = new Set(['received', 'in_progress', 'awaiting_supplement', 'awaiting_fee']);

export function DossierFacts({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const units = useUnits();
  const unitName = (id: number) => units.data?.items.find((unit) => unit.id === id)?.name ?? '';
  const isOpen = openStatuses.has(dossier.status);
  const facts: [string, ReactNode][] = [
    [t('dossier.channel'), t(`channel.${dossier.channel}`)],
    [t('dossier.receivedAt'), formatDateTime(dossier.receivedAt ?? dossier.submittedAt)],
    [t('dossier.dueAt'), formatDateTime(dossier.dueAt)],
    [t('dossier.appointmentAt'), formatDateTime(dossier.appointmentAt)],
  ];
  if (isOpen)
    facts.push([
      t('dossier.remaining'),
      <RemainingCell
        key="remaining"
        minutes={dossier.remainingWorkingMinutes}
        isOverdue={dossier.isOverdue}
        isPaused={dossier.status === 'awaiting_supplement'}
      />,
    ]);
  if (dossier.finishedAt)
    facts.push([
      t('dossier.finishedAt'),
      dossier.finishClass
        ? `${formatDateTime(dossier.finishedAt)} (${t(`stepClass.${dossier.finishClass}`)})`
        : formatDateTime(dossier.finishedAt),
    ]);
  if (dossier.deliveredAt) facts.push([t('dossier.deliveredAt'), formatDateTime(dossier.deliveredAt)]);
  facts.push([t('dossier.currentUnit'), unitName(dossier.currentUnitId)]);
  if (isOpen)
    facts.push([
      t('dossier.assignee'),
      <>
        {dossier.assigneeName ?? '—'}
        {dossier.department && (
          <Text size="xs" c="dark.4" lang="vi">
            {dossier.department}
          </Text>
        )}
      </>,
    ]);

  return (
    <dl className="fact-strip">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ApplicantFacts({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const { applicant } = dossier;
  const rows: [string, string | null | undefined][] = [
    [applicant.type === 'organisation' ? t('counter.organisationName') : t('counter.name'), applicant.name],
    [t('counter.applicantType'), t(`counter.${applicant.type}`)],
    [applicant.type === 'organisation' ? t('counter.taxCode') : t('counter.idNumber'), applicant.idNumber],
    [t('counter.phone'), applicant.phone],
    [t('counter.email'), applicant.email],
    [t('counter.address'), applicant.address],
    [
      t('dossier.representative'),
      applicant.representative
        ? [applicant.representative.name, applicant.representative.idNumber, applicant.representative.phone]
            .filter(Boolean)
            .join(' · ')
        : null,
    ],
    [t('dossier.lookupKey'), dossier.lookupKey],
  ];
  return (
    <dl className="facts facts--narrow">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function StepProgress({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const current = dossier.step ?? 0;
  const isOpen = openStatuses.has(dossier.status);
  return (
    <ol className="step-progress">
      {dossier.steps.map((step) => {
        // Once processing has ended, the step it ended on is done too.
        const state =
          step.position < current || (step.position === current && !isOpen)
            ? 'done'
            : step.position === current
              ? 'current'
              : 'todo';
        return (
          <li key={step.position} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-progress__number" aria-hidden="true">
              {state === 'done' ? '✓' : step.position}
            </span>
            <div>
              <Text size="sm" fw={state === 'current' ? 700 : 500} lang="vi">
                {step.name}
              </Text>
              <Text size="xs" c="dark.4" lang="vi">
                {step.department
                  ? t('dossier.stepRole', {
                      role: t(`role.${step.role as 'reception'}`),
                      department: step.department,
                    })
                  : t(`role.${step.role as 'reception'}`)}
              </Text>
              {state !== 'todo' && (
                <Text size="xs" fw={700} className={`step-progress__state step-progress__state--${state}`}>
                  {state === 'current' ? t('dossier.stepCurrent') : t('dossier.stepDone')}
                </Text>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

export function DocumentsReceived({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  if (dossier.documents.length === 0) return <Text>{t('procedure.noDocuments')}</Text>;
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm">
      <Table.Caption className="visually-hidden">{t('dossier.documentsCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('procedure.documentName')}</Table.Th>
          <Table.Th w={70}>{t('procedure.originals')}</Table.Th>
          <Table.Th w={70}>{t('procedure.copies')}</Table.Th>
          <Table.Th w={100}>{t('dossier.documentSource')}</Table.Th>
          <Table.Th w={110}>{t('dossier.documentFile')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dossier.documents.map((document) => (
          <Table.Tr key={document.id}>
            <Table.Td lang="vi" className="wrap-anywhere">
              {document.name}
            </Table.Td>
            <Table.Td>{document.originals}</Table.Td>
            <Table.Td>{document.copies}</Table.Td>
            <Table.Td>
              {document.source in sourceKeys
                ? t(`dossier.source.${document.source as SourceKey}`)
                : document.source}
            </Table.Td>
            <Table.Td>
              {document.fileId ? (
                <Anchor
                  href={`/api/files/${encodeURIComponent(document.fileId)}`}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('dossier.openFile', { name: document.name })}
                >
                  {t('dossier.documentFile')}
                </Anchor>
              ) : (
                t('dossier.noFile')
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const sourceKeys = { counter: true, online: true, supplement: true, post: true };
type SourceKey = keyof typeof sourceKeys;

export function FormLinks({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} listStyleType="none" pl={0}>
      {availableForms(dossier).map((form) => (
        <List.Item key={form}>
          <Anchor href={formPath(dossier.code, form)} target="_blank" rel="noopener" size="sm">
            {t(`formName.${form}`)}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
