// Public statistics (/thong-ke): each unit's on-time and online rates for a period, for anyone,
// without signing in. Counts only, no personal data; a unit with too few dossiers shows "chưa đủ
// dữ liệu" instead of a rate that would not be fair. Built for a 360 px phone first.
import { Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { matchesFolded } from '../catalog/search-text.ts';
import { formatIsoDate, presetPeriod, todayIn } from '../stats/periods.ts';
import { PublicUnitList } from '../stats/public-unit-list.tsx';
import { usePublicStats } from '../stats/stats-api.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import '../stats/stats.css';
import '../stats/public-stats.css';

const publicPeriods = ['quarter', 'last-quarter', 'year', 'last-year', 'month', 'last-month'] as const;
type PublicPeriod = (typeof publicPeriods)[number];

export function PublicStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicStats.title'));
  const [search, setSearch] = useSearchParams();
  const asked = search.get('ky') ?? '';
  const kind: PublicPeriod = (publicPeriods as readonly string[]).includes(asked)
    ? (asked as PublicPeriod)
    : 'quarter';
  const today = todayIn();
  const period = presetPeriod(kind, today);
  const stats = usePublicStats(period);
  const [filter, setFilter] = useState('');
  const items = useMemo(
    () => (stats.data?.items ?? []).filter((item) => !filter.trim() || matchesFolded(item.unitName, filter)),
    [stats.data, filter],
  );

  return (
    <Stack gap="md" py="md" className="public-stats">
      <Title order={1}>{t('publicStats.title')}</Title>
      <Text>{t('publicStats.intro')}</Text>
      <div className="public-stats__controls">
        <Select
          label={t('publicStats.period')}
          allowDeselect={false}
          data={publicPeriods.map((value) => ({ value, label: t(`stats.period.${value}`) }))}
          value={kind}
          onChange={(value) =>
            value && setSearch(value === 'quarter' ? {} : { ky: value }, { replace: true })
          }
        />
        <TextInput
          label={t('publicStats.search')}
          placeholder={t('publicStats.searchPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          type="search"
        />
      </div>
      <Text fw={600} role="status">
        {t('stats.period.range', { from: formatIsoDate(period.from), to: formatIsoDate(period.to) })}
      </Text>
      {stats.isPending && <LoadingState />}
      {stats.isError && <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.data && (
        <>
          <Text size="sm" c="dark.4">
            {t('publicStats.fairness', { count: stats.data.minimumDossiers })}
          </Text>
          <PublicUnitList items={items} all={stats.data.items} minimum={stats.data.minimumDossiers} />
        </>
      )}
      <Text size="sm" c="dark.4">
        {t('publicStats.definitions')}
      </Text>
    </Stack>
  );
}
