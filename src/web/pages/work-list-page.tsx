// Work lists (/can-bo/ho-so): the named lists as tabs with their counts, filters, the table and paging.
import { Box, Group, Pagination, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDossierList, useWorkListCounts } from '../http/dossier-queries.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { DossierTable } from '../worklist/dossier-table.tsx';
import { WorkListFilters } from '../worklist/work-list-filters.tsx';
import {
  useWorkListParams,
  type WorkListParams,
  type WorkListTab,
  workListTabs,
} from '../worklist/work-list-params.ts';

const pageSize = 20;

function WorkListResults({ params, onPage }: { params: WorkListParams; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const list = useDossierList({
    list: params.list === 'all' ? undefined : params.list,
    status: params.status.join(',') || undefined,
    channel: params.channel || undefined,
    q: params.q || undefined,
    page: params.page,
    pageSize,
  });
  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.total / pageSize)) : 1;

  return (
    <Box aria-busy={list.isFetching}>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      <Text role="status" aria-live="polite" fw={600} my="xs">
        {list.data ? t('worklist.count', { count: list.data.total }) : ''}
      </Text>
      {list.data && list.data.items.length === 0 && <Text c="dark.4">{t('worklist.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <DossierTable
            items={list.data.items}
            caption={t('worklist.caption', { list: t(`worklist.${params.list}`) })}
          />
        </div>
      )}
      {totalPages > 1 && (
        <Group component="nav" aria-label={t('worklist.pagination')} justify="center" mt="md">
          <Pagination
            total={totalPages}
            value={Math.min(params.page, totalPages)}
            onChange={onPage}
            getItemProps={(item) => ({
              'aria-label': t('worklist.page', { page: item }),
              'aria-current': item === params.page ? 'page' : undefined,
            })}
            getControlProps={(control) => {
              if (control === 'previous') return { 'aria-label': t('worklist.previousPage') };
              if (control === 'next') return { 'aria-label': t('worklist.nextPage') };
              return {};
            }}
          />
        </Group>
      )}
    </Box>
  );
}

export function WorkListPage() {
  const { t } = useTranslation();
  const { params, update } = useWorkListParams();
  usePageTitle(`${t(`worklist.${params.list}`)} — ${t('worklist.title')}`);
  const counts = useWorkListCounts(workListTabs.map((tab) => (tab === 'all' ? undefined : tab)));

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('worklist.title')}
      </Title>
      <Tabs
        value={params.list}
        onChange={(value) => value && update({ list: value as WorkListTab })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('worklist.tabs')}>
          {workListTabs.map((tab, index) => {
            const count = counts[index]?.data;
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                rightSection={count !== undefined ? <span className="tab-count">{count}</span> : null}
              >
                {t(`worklist.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {workListTabs.map((tab) => (
          <Tabs.Panel key={tab} value={tab} pt="sm">
            {params.list === tab && (
              <Stack gap={0}>
                <WorkListFilters params={params} onChange={update} />
                <WorkListResults params={params} onPage={(page) => update({ page })} />
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
