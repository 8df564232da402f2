// One procedure (/thu-tuc/:id): everything a citizen needs to know before coming to the counter.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { onlineBadgeColors, useCatalogFormat } from '../catalog/format.ts';
import type { CatalogLinkState } from '../catalog/procedure-results.tsx';
import { OnlineSubmitLink } from '../citizen/online-submit-link.tsx';
import { type ProcedureDetail, useProcedure } from '../http/catalog-queries.ts';
import { ApiError } from '../http/client.ts';
import { DocumentsTable } from '../procedure/documents-table.tsx';
import { FeesList, LegalBasisList, StepsList, UnitsList } from '../procedure/procedure-sections.tsx';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Overview({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const isEnglish = format.language === 'en';
  const fieldName = isEnglish && procedure.field.nameEn ? procedure.field.nameEn : procedure.field.name;
  const hasShorterOnlineTime =
    procedure.onlineProcessingTime !== null && procedure.onlineProcessingTime !== procedure.processingTime;

  return (
    <dl className="facts">
      <dt>{t('procedure.code')}</dt>
      <dd>{procedure.code}</dd>
      <dt>{t('procedure.field')}</dt>
      <dd lang={isEnglish && !procedure.field.nameEn ? 'vi' : undefined}>{fieldName}</dd>
      <dt>{t('procedure.level')}</dt>
      <dd>
        {format.level(procedure.level)}
        {procedure.isInterLevel && procedure.receivingLevel && (
          <Text size="sm" c="dark.4">
            {t('procedure.interLevel', {
              receiving: format.levelInline(procedure.receivingLevel),
              resolving: format.levelInline(procedure.level),
            })}
          </Text>
        )}
      </dd>
      <dt>{t('procedure.processingTime')}</dt>
      <dd>
        {format.processingTime(procedure.processingTime, procedure.processingTimeUnit)}
        {hasShorterOnlineTime && procedure.onlineProcessingTime !== null && (
          <Text size="sm" c="dark.4">
            {t('procedure.onlineTime', {
              time: format.processingTime(procedure.onlineProcessingTime, procedure.processingTimeUnit),
            })}
          </Text>
        )}
      </dd>
      <dt>{t('procedure.onlineLevel')}</dt>
      <dd>{format.onlineLong(procedure.onlineLevel)}</dd>
      <dt>{t('procedure.applicants')}</dt>
      <dd>{procedure.applicantTypes.map((type) => t(`applicant.${type}`)).join(', ')}</dd>
      <dt>{t('procedure.result')}</dt>
      <dd lang="vi">{procedure.resultType}</dd>
    </dl>
  );
}

function ProcedureContent({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const isEnglish = format.language === 'en';
  const name = isEnglish && procedure.nameEn ? procedure.nameEn : procedure.name;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} className="wrap-anywhere" lang={isEnglish && !procedure.nameEn ? 'vi' : undefined}>
          {name}
        </Title>
        <Group gap="xs">
          <Badge color={onlineBadgeColors[procedure.onlineLevel]} variant="light" radius="sm" size="lg">
            {format.online(procedure.onlineLevel)}
          </Badge>
          <Text c="dark.4">
            {t('procedure.code')}: <strong>{procedure.code}</strong>
          </Text>
        </Group>
        <OnlineSubmitLink procedure={procedure} />
      </Stack>
      <Section id="procedure-overview" title={t('procedure.overview')}>
        <Overview procedure={procedure} />
      </Section>
      <Section id="procedure-documents" title={t('procedure.documents')}>
        <DocumentsTable documents={procedure.documents} />
      </Section>
      <Section id="procedure-fees" title={t('procedure.fees')}>
        <FeesList fees={procedure.fees} />
      </Section>
      <Section id="procedure-steps" title={t('procedure.steps')}>
        <StepsList steps={procedure.steps} />
      </Section>
      {procedure.legalBasis.length > 0 && (
        <Section id="procedure-legal" title={t('procedure.legalBasis')}>
          <LegalBasisList items={procedure.legalBasis} />
        </Section>
      )}
      <Section id="procedure-units" title={t('procedure.units')}>
        <UnitsList units={procedure.units} />
      </Section>
    </Stack>
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

export function ProcedurePage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const procedure = useProcedure(id);
  const state = location.state as Partial<CatalogLinkState> | null;
  const cameFromCatalog = typeof state?.catalogSearch === 'string';
  const backTo = `/thu-tuc${cameFromCatalog ? state?.catalogSearch : ''}`;
  const navigate = useNavigate();
  const data = procedure.data;
  const notFound = procedure.isError && isNotFound(procedure.error);
  usePageTitle(
    data
      ? i18n.language === 'en' && data.nameEn
        ? data.nameEn
        : data.name
      : notFound
        ? t('procedure.notFoundTitle')
        : undefined,
  );

  return (
    <Stack gap="md">
      <Anchor
        component={Link}
        to={backTo}
        fw={600}
        onClick={(event) => {
          // Going back in history also brings back the scroll position in the result list.
          if (!cameFromCatalog || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          void navigate(-1);
        }}
      >
        ← {t('procedure.backToSearch')}
      </Anchor>
      {procedure.isPending && <LoadingState />}
      {notFound && (
        <Stack gap="sm">
          <Title order={1}>{t('procedure.notFoundTitle')}</Title>
          <Text>{t('procedure.notFoundText')}</Text>
        </Stack>
      )}
      {procedure.isError && !notFound && (
        <ErrorState error={procedure.error} onRetry={() => void procedure.refetch()} />
      )}
      {data && <ProcedureContent procedure={data} />}
    </Stack>
  );
}
