// The dossiers behind a number of the report: the dossier list (GET /api/dossiers) with the filters
// of that column and row, a page at a time, each code opening the dossier; the officer and the
// step show who holds each one.
import {
  Anchor,
  Button,
  Group,
  Pagination,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { columnNumber } from '../../domain/stats/report-columns.ts';
import { getJson, type ListResponse, withQuery } from '../http/client.ts';
import type { DossierListItem } from '../http/dossier-queries.ts';
import { useLifecycleText } from '../staff/lifecycle-text.ts';
import { formatDate } from '../staff/time-text.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { RemainingCell } from '../worklist/dossier-table.tsx';
import type { CountKey, DrillQuery } from './drill-filters.ts';
import { formatCount } from './format.ts';

const pageSize = 20;

interface DrillItem extends DossierListItem {
  finishedAt?: string | null;
}

function DrillTable({ items, caption }: { items: DrillItem[]; caption: string }) {
  const { t } = useTranslation();
  const lifecycle = useLifecycleText();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped withTableBorder verticalSpacing={4} className="work-table drill-table">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('worklist.code')}</Table.Th>
            <Table.Th>{t('worklist.procedure')}</Table.Th>
            <Table.Th>{t('worklist.state')}</Table.Th>
            <Table.Th>{t('worklist.assignee')}</Table.Th>
            <Table.Th>{t('stats.drill.received')}</Table.Th>
            <Table.Th>{t('stats.drill.due')}</Table.Th>
            <Table.Th>{t('stats.drill.finished')}</Table.Th>
            <Table.Th>{t('worklist.remaining')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.code} data-overdue={item.isOverdue || undefined}>
              <Table.Td>
                <Anchor component={Link} to={`/can-bo/ho-so/${encodeURIComponent(item.code)}`} fw={700}>
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
              <Table.Td className="nowrap">{formatDate(item.receivedAt)}</Table.Td>
              <Table.Td className="nowrap">{formatDate(item.dueAt)}</Table.Td>
              <Table.Td className="nowrap">{formatDate(item.finishedAt)}</Table.Td>
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

export interface DrillPanelProps {
  column: CountKey;
  /** The column's heading and the row's name, for the title. */
  heading: string;
  rowName: string;
  queries: DrillQuery[];
  page: number;
  onPage: (page: number) => void;
  onClose: () => void;
  /** The pending columns list what is open now, not at the end of the period. */
  isPendingNow: boolean;
}

export function DrillPanel(props: DrillPanelProps) {
  const { t, i18n } = useTranslation();
  const { queries, page } = props;
  const [partIndex, setPartIndex] = useState(0);
  const query = queries[Math.min(partIndex, queries.length - 1)];
  const params = { ...query?.params, page, pageSize };
  const list = useQuery({
    queryKey: ['dossiers', 'list', 'stats', params],
    queryFn: ({ signal }) => getJson<ListResponse<DrillItem>>(withQuery('/api/dossiers', params), signal),
    placeholderData: keepPreviousData,
    enabled: query !== undefined,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const title = t('stats.drill.title', {
    column: columnNumber[props.column],
    heading: props.heading,
    row: props.rowName,
  });
  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.total / pageSize)) : 1;

  return (
    <Paper component="section" withBorder p="md" className="drill-panel" aria-labelledby="drill-title">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id="drill-title" ref={headingRef} tabIndex={-1}>
            {title}
          </Title>
          <Button variant="default" size="compact-sm" onClick={props.onClose}>
            {t('stats.drill.close')}
          </Button>
        </Group>
        {props.isPendingNow && (
          <Text size="sm" c="dark.4">
            {t('stats.drill.pendingNow')}
          </Text>
        )}
        {queries.length > 1 && (
          <SegmentedControl
            aria-label={t('stats.drill.parts')}
            value={String(partIndex)}
            onChange={(value) => {
              setPartIndex(Number(value));
              props.onPage(1);
            }}
            data={queries.map((q, index) => ({
              value: String(index),
              label: q.part ? t(`channel.${q.part}`) : String(index + 1),
            }))}
            w="fit-content"
          />
        )}
        <div aria-busy={list.isFetching}>
          {list.isPending && <LoadingState />}
          {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
          <Text role="status" aria-live="polite" fw={600}>
            {list.data
              ? t('stats.drill.count', {
                  count: list.data.total,
                  formatted: formatCount(list.data.total, i18n.language),
                })
              : ''}
          </Text>
          {list.data && list.data.items.length === 0 && <Text c="dark.4">{t('stats.drill.empty')}</Text>}
          {list.data && list.data.items.length > 0 && (
            <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
              <DrillTable items={list.data.items} caption={title} />
            </div>
          )}
        </div>
        {totalPages > 1 && (
          <Group component="nav" aria-label={t('worklist.pagination')} justify="center">
            <Pagination
              total={totalPages}
              value={Math.min(page, totalPages)}
              onChange={props.onPage}
              getItemProps={(item) => ({
                'aria-label': t('worklist.page', { page: item }),
                'aria-current': item === page ? 'page' : undefined,
              })}
              getControlProps={(control) => {
                if (control === 'previous') return { 'aria-label': t('worklist.previousPage') };
                if (control === 'next') return { 'aria-label': t('worklist.nextPage') };
                return {};
              }}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
