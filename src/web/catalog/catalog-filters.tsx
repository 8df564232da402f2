// The catalog filters (field, level, online level, unit); on a phone they fold behind a "Bộ lọc" button.
import { Button, Collapse, Group, Select, SimpleGrid } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFields, useUnits } from '../http/catalog-queries.ts';
import { type CatalogParams, countActiveFilters } from './catalog-params.ts';
import { useCatalogFormat } from './format.ts';
import { levelsInTreeOrder } from './levels.ts';
import { foldedOptionsFilter } from './option-filter.ts';

interface CatalogFiltersProps {
  params: CatalogParams;
  onChange: (patch: Partial<CatalogParams>) => void;
}

function FilterFields({ params, onChange }: CatalogFiltersProps) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const fields = useFields();
  const units = useUnits();
  const isEnglish = format.language === 'en';

  const fieldOptions = useMemo(
    () =>
      (fields.data?.items ?? []).map((field) => ({
        value: String(field.id),
        label: isEnglish && field.nameEn ? field.nameEn : field.name,
      })),
    [fields.data, isEnglish],
  );
  const levels = useMemo(() => levelsInTreeOrder(units.data?.items ?? []), [units.data]);
  const levelOptions = levels.map((level) => ({ value: level, label: format.level(level) }));
  const onlineOptions = (['full', 'partial', 'none'] as const).map((level) => ({
    value: level,
    label: format.online(level),
  }));
  // Units grouped by level, highest first, so a long commune list does not bury the province.
  const unitOptions = levels.map((level) => ({
    group: format.level(level),
    items: (units.data?.items ?? [])
      .filter((unit) => unit.level === level)
      .map((unit) => ({ value: String(unit.id), label: unit.name })),
  }));

  const common = {
    clearable: true,
    placeholder: t('catalog.all'),
    nothingFoundMessage: t('catalog.nothingFound'),
    filter: foldedOptionsFilter,
    comboboxProps: { withinPortal: true },
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
      <Select
        {...common}
        searchable
        label={t('catalog.field')}
        data={fieldOptions}
        value={params.fieldId || null}
        onChange={(value) => onChange({ fieldId: value ?? '' })}
      />
      <Select
        {...common}
        label={t('catalog.level')}
        data={levelOptions}
        value={params.level || null}
        onChange={(value) => onChange({ level: value ?? '' })}
      />
      <Select
        {...common}
        label={t('catalog.online')}
        data={onlineOptions}
        value={params.online || null}
        onChange={(value) => onChange({ online: value ?? '' })}
      />
      <Select
        {...common}
        searchable
        label={t('catalog.unit')}
        placeholder={t('catalog.unitPlaceholder')}
        data={unitOptions}
        limit={200}
        value={params.unitId || null}
        onChange={(value) => onChange({ unitId: value ?? '' })}
      />
    </SimpleGrid>
  );
}

export function CatalogFilters({ params, onChange }: CatalogFiltersProps) {
  const { t } = useTranslation();
  const isWide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const active = countActiveFilters(params);
  const clear = () => onChange({ fieldId: '', level: '', online: '', unitId: '' });

  const clearButton =
    active > 0 ? (
      <Button variant="subtle" onClick={clear}>
        {t('catalog.clearFilters')}
      </Button>
    ) : null;

  if (isWide) {
    return (
      <section aria-label={t('catalog.filters')}>
        <FilterFields params={params} onChange={onChange} />
        {clearButton && <Group mt="xs">{clearButton}</Group>}
      </section>
    );
  }

  return (
    <section aria-label={t('catalog.filters')}>
      <Group gap="xs">
        <Button variant="default" onClick={toggle} aria-expanded={opened} aria-controls="catalog-filters">
          {opened ? t('catalog.hideFilters') : t('catalog.showFilters')}
          {active > 0 ? ` (${active})` : ''}
        </Button>
        {clearButton}
      </Group>
      <Collapse expanded={opened} id="catalog-filters" keepMountedMode="display-none">
        <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>
          <FilterFields params={params} onChange={onChange} />
        </div>
      </Collapse>
    </section>
  );
}
