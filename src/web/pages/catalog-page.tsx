// The public catalog search (/thu-tuc): words, filters and page all kept in the URL.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CatalogFilters } from '../catalog/catalog-filters.tsx';
import { useCatalogParams } from '../catalog/catalog-params.ts';
import { CatalogSearchBox } from '../catalog/catalog-search-box.tsx';
import { ProcedureResults } from '../catalog/procedure-results.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

export function CatalogPage() {
  const { t } = useTranslation();
  const { params, update } = useCatalogParams();
  usePageTitle(params.q ? `${params.q} — ${t('catalog.title')}` : t('catalog.title'));

  return (
    <Stack gap="lg">
      <Title order={1}>{t('catalog.title')}</Title>
      <CatalogSearchBox value={params.q} onCommit={update} />
      <CatalogFilters params={params} onChange={update} />
      <ProcedureResults
        params={params}
        onPageChange={(page) => update({ page })}
        onClearAll={() => update({ q: '', fieldId: '', level: '', online: '', unitId: '' })}
      />
    </Stack>
  );
}
