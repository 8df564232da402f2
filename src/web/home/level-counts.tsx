// How many procedures each level of government resolves, each a link to the catalog filtered by that level.
import { Anchor, Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { catalogSearch } from '../catalog/catalog-params.ts';
import { useCatalogFormat } from '../catalog/format.ts';
import { levelsInTreeOrder } from '../catalog/levels.ts';
import { useProcedureCountsByLevel, useUnits } from '../http/catalog-queries.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';

export function LevelCounts() {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const units = useUnits();
  const levels = units.data ? levelsInTreeOrder(units.data.items) : [];
  const counts = useProcedureCountsByLevel(levels);

  if (units.isPending) return <LoadingState />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, xs: 3 }} spacing="sm">
      {levels.map((level, index) => {
        const count = counts[index];
        return (
          <li key={level}>
            <Paper withBorder p="md" h="100%">
              <Anchor component={Link} to={`/thu-tuc${catalogSearch({ level })}`} fw={700} size="lg">
                {format.level(level)}
              </Anchor>
              {count?.data === undefined ? (
                <Skeleton height={20} mt={6} width="60%" />
              ) : (
                <Text size="md" mt={4}>
                  {t('home.levelCount', { count: count.data })}
                </Text>
              )}
            </Paper>
          </li>
        );
      })}
    </SimpleGrid>
  );
}
