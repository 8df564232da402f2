// The timeline as the processing control sheet: one row per event and hand-off, with each step's result.
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DossierEvent, DossierView, StepClass } from '../http/dossier-queries.ts';
import { useLifecycleText } from '../staff/lifecycle-text.ts';
import { formatDateTime } from '../staff/time-text.ts';

const stepClasses = new Set<string>(['early', 'on_time', 'late']);
const deliveryMethods = new Set<string>(['counter', 'post', 'electronic']);
const channels = new Set<string>(['online', 'counter', 'post']);

/** The readable parts of an event's data: reasons, items asked for, the result, how it was handed back. */
export function eventDetails(t: TFunction, event: DossierEvent): string[] {
  const data = event.data ?? {};
  const details: string[] = [];
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String).join('; ') : undefined);
  const reasons = list(data.reasons);
  if (reasons) details.push(t('dossier.eventData.reasons', { value: reasons }));
  const items = list(data.items);
  if (items) details.push(t('dossier.eventData.items', { value: items }));
  if (typeof data.reason === 'string') details.push(t('dossier.eventData.reason', { value: data.reason }));
  if (typeof data.resultName === 'string')
    details.push(t('dossier.eventData.resultName', { value: data.resultName }));
  if (typeof data.method === 'string' && deliveryMethods.has(data.method))
    details.push(t('dossier.eventData.method', { value: t(`deliveryMethod.${data.method as 'counter'}`) }));
  if (typeof data.recipientName === 'string')
    details.push(t('dossier.eventData.recipientName', { value: data.recipientName }));
  if (typeof data.newDueAt === 'string') {
    const local = new Date(data.newDueAt);
    const text = Number.isNaN(local.getTime()) ? data.newDueAt : formatDateTime(toVietnamIso(local));
    details.push(t('dossier.eventData.newDueAt', { value: text }));
  }
  if (typeof data.finishClass === 'string' && stepClasses.has(data.finishClass))
    details.push(
      t('dossier.eventData.finishClass', { value: t(`stepClass.${data.finishClass as StepClass}`) }),
    );
  if (event.action === 'receive' && typeof data.channel === 'string' && channels.has(data.channel))
    details.push(t(`channel.${data.channel as 'counter'}`));
  return details;
}

/** Some event data carry UTC instants: show them in Vietnam's wall time (UTC+7, no daylight saving). */
function toVietnamIso(instant: Date): string {
  return `${new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 16)}+07:00`;
}

function HandOff({ event, dossier }: { event: DossierEvent; dossier: DossierView }) {
  const { t } = useTranslation();
  const stepName = (position: number | null) =>
    dossier.steps.find((step) => step.position === position)?.name;
  const unitMoved = event.fromUnitName && event.toUnitName && event.fromUnitName !== event.toUnitName;
  const stepMoved = event.toStep !== null && event.fromStep !== event.toStep;
  return (
    <>
      {unitMoved ? (
        <Text size="sm" fw={600}>
          {event.fromUnitName} → {event.toUnitName}
        </Text>
      ) : (
        <Text size="sm">{event.toUnitName ?? event.fromUnitName ?? ''}</Text>
      )}
      {stepMoved && (
        <Text size="xs" c="dark.5" lang="vi">
          {event.fromStep !== null ? `${t('dossier.stepNo', { step: event.fromStep })} → ` : ''}
          {t('dossier.stepNo', { step: event.toStep })}
          {stepName(event.toStep) ? `: ${stepName(event.toStep)}` : ''}
        </Text>
      )}
      {event.toAssigneeName && (
        <Text size="xs" fw={600}>
          {t('dossier.receiver')}: {event.toAssigneeName}
        </Text>
      )}
    </>
  );
}

export function ControlSheet({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const lifecycle = useLifecycleText();

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder striped verticalSpacing={6} className="control-sheet">
        <Table.Caption className="visually-hidden">{t('dossier.timelineCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={104}>{t('dossier.at')}</Table.Th>
            <Table.Th w={130}>{t('dossier.actor')}</Table.Th>
            <Table.Th>{t('dossier.action')}</Table.Th>
            <Table.Th w={250}>{t('dossier.handOff')}</Table.Th>
            <Table.Th w={96}>{t('dossier.stepResult')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossier.events.map((event) => (
            <Table.Tr key={event.id} data-action={event.action}>
              <Table.Td>
                <Text size="sm">{formatDateTime(event.at)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.actorName ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {lifecycle.event(event.action)}
                </Text>
                {event.fromStatus !== event.toStatus && event.toStatus && (
                  <Text size="xs" c="dark.5">
                    {lifecycle.status(event.toStatus)}
                  </Text>
                )}
                {eventDetails(t, event).map((detail) => (
                  <Text size="xs" key={detail} lang="vi">
                    {detail}
                  </Text>
                ))}
                {event.note && (
                  <Text size="xs" fs="italic" lang="vi">
                    {t('dossier.note')}: {event.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <HandOff event={event} dossier={dossier} />
              </Table.Td>
              <Table.Td>
                {event.stepClass ? (
                  <Text
                    size="sm"
                    fw={event.stepClass === 'late' ? 700 : 400}
                    c={event.stepClass === 'late' ? 'crimson.8' : undefined}
                  >
                    {event.stepClass === 'late' ? '⚠ ' : ''}
                    {t(`stepClass.${event.stepClass}`)}
                  </Text>
                ) : (
                  <Text size="sm">—</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
