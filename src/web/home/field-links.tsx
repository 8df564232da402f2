// Quick links to the catalog filtered by one field (lĩnh vực), with how many procedures each holds.
import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { catalogSearch } from '../catalog/catalog-params.ts';
import { useFields } from '../http/catalog-queries.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';

export function FieldLinks() {
  const { t, i18n } = useTranslation();
  const fields = useFields();

  if (fields.isPending) return <LoadingState />;
  if (fields.isError) return <ErrorState error={fields.error} onRetry={() => void fields.refetch()} />;
  if (fields.data.items.length === 0) return <Text>{t('home.noFields')}</Text>;

  const isEnglish = i18n.language === 'en';
  return (
    <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
      {fields.data.items.map((field) => {
        const name = isEnglish && field.nameEn ? field.nameEn : field.name;
        return (
          <li key={field.id}>
            <Paper withBorder p="sm" h="100%">
              <Anchor
                component={Link}
                to={`/thu-tuc${catalogSearch({ fieldId: String(field.id) })}`}
                fw={600}
                className="wrap-anywhere"
                lang={isEnglish && !field.nameEn ? 'vi' : undefined}
              >
                {name}
              </Anchor>
              <Text size="sm" c="gray.7">
                {t('home.fieldCount', { count: field.procedureCount })}
              </Text>
            </Paper>
          </li>
        );
      })}
    </SimpleGrid>
  );
}
