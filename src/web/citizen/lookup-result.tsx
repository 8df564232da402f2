// The looked-up dossier: its status in plain words with what it means for the applicant, its times, and the
// public timeline (newest first).
import { Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../../domain/dossier/lifecycle.ts';
import { currentLanguage } from '../i18n/index.ts';
import { formatDateTime } from '../staff/time-text.ts';
import type { LookupView } from './citizen-api.ts';
import { CitizenSection } from './citizen-section.tsx';

type Tone = 'info' | 'attention' | 'success' | 'stopped';

const tones: Record<DossierStatus, Tone> = {
  submitted: 'info',
  received: 'info',
  in_progress: 'info',
  awaiting_supplement: 'attention',
  awaiting_fee: 'attention',
  result_ready: 'success',
  delivered: 'success',
  refused: 'stopped',
  rejected: 'stopped',
  withdrawn: 'stopped',
  stopped: 'stopped',
};

/** A shape per tone as well as a colour, so the status never rests on colour alone. */
const toneMarks: Record<Tone, string> = { info: '●', attention: '!', success: '✓', stopped: '■' };

export function StatusCard({ view }: { view: LookupView }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const tone = tones[view.status];
  return (
    <section className={`citizen-status citizen-status--${tone}`} aria-labelledby="lookup-status">
      <Text size="sm" fw={600} className="citizen-status__label">
        {t('lookup.statusLabel')}
      </Text>
      <Title order={2} id="lookup-status" className="citizen-status__text">
        <span className="citizen-status__mark" aria-hidden="true">
          {toneMarks[tone]}
        </span>
        <span data-testid="status-text">{view.statusText[language]}</span>
      </Title>
      <Text className="citizen-status__help">{t(`lookup.help.${view.status}`)}</Text>
      {view.dueAt && tone !== 'stopped' && view.status !== 'delivered' && (
        <Text fw={600} mt={6}>
          {t('lookup.dueLine', { at: formatDateTime(view.dueAt) })}
        </Text>
      )}
    </section>
  );
}

export function DetailsSection({ view }: { view: LookupView }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t('lookup.submittedAt'), view.submittedAt],
    [t('lookup.receivedAt'), view.receivedAt],
    [t('lookup.dueAt'), view.dueAt],
    [t('lookup.finishedAt'), view.finishedAt],
    [t('lookup.deliveredAt'), view.deliveredAt],
  ];
  return (
    <CitizenSection id="lookup-details" title={t('lookup.detailsSection')}>
      <dl className="facts citizen-facts">
        <dt>{t('lookup.code')}</dt>
        <dd className="citizen-mono">{view.code}</dd>
        <dt>{t('lookup.procedure')}</dt>
        <dd lang="vi">
          {view.procedureName}
          <Text size="sm" c="dark.4">
            {t('lookup.procedureCode', { code: view.procedureCode })}
          </Text>
        </dd>
        <dt>{t('lookup.applicant')}</dt>
        <dd>{view.applicantName}</dd>
        <dt>{t('lookup.channel')}</dt>
        <dd>{t(`lookup.channels.${view.channel}`)}</dd>
        {rows
          .filter(([, at]) => at !== null)
          .map(([label, at]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{formatDateTime(at)}</dd>
            </Fragment>
          ))}
        {view.dueAt === null && view.status === 'submitted' && (
          <>
            <dt>{t('lookup.dueAt')}</dt>
            <dd>{t('lookup.dueLater')}</dd>
          </>
        )}
        {view.decision && (
          <>
            <dt>{t('lookup.decision')}</dt>
            <dd>{t(`lookup.decisions.${view.decision}`)}</dd>
          </>
        )}
      </dl>
      {view.status === 'awaiting_supplement' && (
        <Text size="sm" c="dark.4" mt="sm">
          {t('lookup.clockPaused')}
        </Text>
      )}
    </CitizenSection>
  );
}

export function TimelineSection({ view }: { view: LookupView }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const entries = [...view.timeline].reverse();
  return (
    <CitizenSection id="lookup-timeline" title={t('lookup.timelineSection')}>
      <Text size="sm" c="dark.4" mb="sm">
        {t('lookup.timelineHint')}
      </Text>
      <ol className="citizen-timeline" aria-labelledby="lookup-timeline">
        {entries.map((entry, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the timeline is append-only; position is identity
            key={index}
            data-action={entry.action}
            className={index === 0 ? 'citizen-timeline__latest' : undefined}
          >
            <Text fw={600}>{entry.text[language]}</Text>
            {entry.unitName && (
              <Text size="sm" lang="vi">
                {entry.unitName}
              </Text>
            )}
            <Text size="sm" c="dark.4">
              <time dateTime={entry.at ?? undefined}>{formatDateTime(entry.at)}</time>
            </Text>
          </li>
        ))}
      </ol>
    </CitizenSection>
  );
}
