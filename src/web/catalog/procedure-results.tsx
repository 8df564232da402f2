// The catalog result list: count, one card per procedure, pagination, and the empty, loading and error states.
import { Anchor, Badge, Box, Button, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type ProcedureSummary, useFields, useProcedures } from '../http/catalog-queries.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import type { CatalogParams } from './catalog-params.ts';
import { onlineBadgeColors, useCatalogFormat } from './format.ts';

export const catalogPageSize = 20;

/** What the detail page needs to send the visitor back to the same search. */
export interface CatalogLinkState {
  catalogSearch: string;
}

function ProcedureCard({ procedure, fieldName }: { procedure: ProcedureSummary; fieldName: string }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const { search } = useLocation();
  const isEnglish = format.language === 'en';
  const name = isEnglish && procedure.nameEn ? procedure.nameEn : procedure.name;
  const state: CatalogLinkState = { catalogSearch: search };

  return (
    <Paper component="article" withBorder p="md" radius="sm">
      <Title order={3} className="wrap-anywhere">
        <Anchor
          component={Link}
          to={`/thu-tuc/${procedure.id}`}
          state={state}
          inherit
          lang={isEnglish && !procedure.nameEn ? 'vi' : undefined}
        >
          {name}
        </Anchor>
      </Title>
      <Group gap="xs" mt="xs" wrap="wrap">
        <Badge color={onlineBadgeColors[procedure.onlineLevel]} variant="light" radius="sm">
          {format.online(procedure.onlineLevel)}
        </Badge>
        <Badge color="gray" variant="outline" radius="sm">
          {format.level(procedure.level)}
        </Badge>
        {procedure.receivingLevel && procedure.receivingLevel !== procedure.level && (
          <Text size="sm" c="dark.4">
            {t('catalog.receivedAt', { level: format.levelInline(procedure.receivingLevel) })}
          </Text>
        )}
      </Group>
      <Group gap="lg" mt="xs" wrap="wrap" c="dark.6" style={{ rowGap: 2 }}>
        <Text size="sm">
          {t('catalog.code')}: <strong>{procedure.code}</strong>
        </Text>
        <Text size="sm" className="wrap-anywhere">
          {t('procedure.field')}: {fieldName}
        </Text>
        <Text size="sm">
          {t('procedure.processingTime')}:{' '}
          {format.processingTime(procedure.processingTime, procedure.processingTimeUnit)}
        </Text>
      </Group>
    </Paper>
  );
}

interface ProcedureResultsProps {
  params: CatalogParams;
  onPageChange: (page: number) => void;
  onClearAll: () => void;
}

export function ProcedureResults({ params, onPageChange, onClearAll }: ProcedureResultsProps) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const isWide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fields = useFields();
  const { page, ...filters } = params;
  const procedures = useProcedures({ ...filters, page, pageSize: catalogPageSize });

  const fieldNameOf = (procedure: ProcedureSummary): string => {
    const field = fields.data?.items.find((item) => item.id === procedure.fieldId);
    return format.language === 'en' && field?.nameEn ? field.nameEn : procedure.fieldName;
  };

  const changePage = (next: number) => {
    onPageChange(next);
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  };

  const totalPages = procedures.data ? Math.max(1, Math.ceil(procedures.data.total / catalogPageSize)) : 1;

  return (
    <Box component="section" aria-labelledby="catalog-results" aria-busy={procedures.isFetching}>
      <Title order={2} id="catalog-results" ref={headingRef} tabIndex={-1} mb="xs">
        {t('catalog.resultsTitle')}
      </Title>
      {procedures.isPending && <LoadingState />}
      {procedures.isError && (
        <ErrorState error={procedures.error} onRetry={() => void procedures.refetch()} />
      )}
      <Text role="status" aria-live="polite" fw={600} mb="sm">
        {procedures.data ? t('catalog.resultCount', { count: procedures.data.total }) : ''}
      </Text>
      {procedures.data && procedures.data.items.length === 0 && (
        <Paper withBorder p="lg" bg="gray.0">
          <Title order={3}>{t('catalog.emptyTitle')}</Title>
          <Text mt="xs">{t('catalog.emptyHint')}</Text>
          <Button variant="outline" mt="md" onClick={onClearAll}>
            {t('catalog.clearFilters')}
          </Button>
        </Paper>
      )}
      {procedures.data && procedures.data.items.length > 0 && (
        <Stack
          component="ol"
          className="plain-list"
          gap="sm"
          style={{ opacity: procedures.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
        >
          {procedures.data.items.map((procedure) => (
            <li key={procedure.id}>
              <ProcedureCard procedure={procedure} fieldName={fieldNameOf(procedure)} />
            </li>
          ))}
        </Stack>
      )}
      {totalPages > 1 && (
        <Group component="nav" aria-label={t('catalog.pagination')} justify="center" mt="lg">
          <Pagination
            total={totalPages}
            value={Math.min(page, totalPages)}
            onChange={changePage}
            siblings={isWide ? 1 : 0}
            size="md"
            gap={isWide ? 8 : 4}
            getItemProps={(item) => ({
              'aria-label': t('catalog.page', { page: item }),
              'aria-current': item === page ? 'page' : undefined,
            })}
            getControlProps={(control) => {
              if (control === 'previous') return { 'aria-label': t('catalog.previousPage') };
              if (control === 'next') return { 'aria-label': t('catalog.nextPage') };
              return {};
            }}
          />
        </Group>
      )}
    </Box>
  );
}
