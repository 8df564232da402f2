// One page of a work list: code, procedure, applicant, status and step, officer, due time, time left.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { DossierListItem } from '../http/dossier-queries.ts';
import { useLifecycleText } from '../staff/lifecycle-text.ts';
import { formatDateTime, remainingText } from '../staff/time-text.ts';

export function RemainingCell({
  minutes,
  isOverdue,
  isPaused,
}: {
  minutes: number | null;
  isOverdue: boolean;
  isPaused: boolean;
}) {
  const { t } = useTranslation();
  const text = remainingText(t, minutes);
  if (text === null) return <Text size="sm">—</Text>;
  return (
    <div className={isOverdue ? 'remaining remaining--overdue' : 'remaining'}>
      {isOverdue && (
        <Badge color="crimson" variant="filled" size="sm" leftSection={<span aria-hidden="true">⚠</span>}>
          {t('worklist.overdueMark')}
        </Badge>
      )}
      <Text size="sm" fw={isOverdue ? 700 : 400}>
        {text}
      </Text>
      {isPaused && (
        <Text size="xs" c="dark.4">
          {t('remaining.paused')}
        </Text>
      )}
    </div>
  );
}

/** What the dossier page needs to send the officer back to the same list, tab and filters. */
export interface WorkListLinkState {
  listSearch: string;
}

export function DossierTable({ items, caption }: { items: DossierListItem[]; caption: string }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const linkState: WorkListLinkState = { listSearch: search };
  const lifecycle = useLifecycleText();

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover withTableBorder verticalSpacing={6} className="work-table">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={240}>{t('worklist.code')}</Table.Th>
            <Table.Th>{t('worklist.procedure')}</Table.Th>
            <Table.Th w={160}>{t('worklist.applicant')}</Table.Th>
            <Table.Th w={210}>{t('worklist.state')}</Table.Th>
            <Table.Th w={140}>{t('worklist.assignee')}</Table.Th>
            <Table.Th w={150}>{t('worklist.due')}</Table.Th>
            <Table.Th w={170}>{t('worklist.remaining')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.code} data-overdue={item.isOverdue || undefined}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/can-bo/ho-so/${encodeURIComponent(item.code)}`}
                  state={linkState}
                  fw={700}
                  className="nowrap"
                >
                  {item.code}
                </Anchor>
                <Text size="xs" c="dark.4">
                  {t(`channel.${item.channel}`)}
                </Text>
              </Table.Td>
              <Table.Td lang="vi">
                <Text size="sm" lineClamp={2} title={item.procedureName}>
                  {item.procedureName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.applicantName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {lifecycle.status(item.status)}
                </Text>
                {item.step !== null && item.stepName && (
                  <Text size="xs" c="dark.4" lang="vi" lineClamp={2}>
                    {t('worklist.step', { step: item.step, name: item.stepName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.assigneeName ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  {formatDateTime(item.appointmentAt ?? item.dueAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <RemainingCell
                  minutes={item.remainingWorkingMinutes}
                  isOverdue={item.isOverdue}
                  isPaused={item.status === 'awaiting_supplement'}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
