// What the procedure asks before the citizen starts typing: time limit, fees, result, and the papers to have ready.
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogFormat } from '../catalog/format.ts';
import type { ProcedureDetail } from '../http/catalog-queries.ts';
import { FeesList } from '../procedure/procedure-sections.tsx';

export function RequirementsSummary({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const required = procedure.documents.filter((document) => document.required).length;
  const online = procedure.onlineProcessingTime;
  const time = format.processingTime(procedure.processingTime, procedure.processingTimeUnit);

  return (
    <dl className="facts citizen-facts">
      <dt>{t('procedure.processingTime')}</dt>
      <dd>
        {online !== null && online !== procedure.processingTime
          ? t('submit.onlineTime', {
              time: format.processingTime(online, procedure.processingTimeUnit),
              counter: time,
            })
          : time}
      </dd>
      <dt>{t('procedure.fees')}</dt>
      <dd>
        <FeesList fees={procedure.fees} />
        {procedure.fees.some((fee) => fee.amountVnd > 0) && (
          <Text size="sm" c="dark.4" mt={4}>
            {t('submit.feesWhen')}
          </Text>
        )}
      </dd>
      <dt>{t('procedure.result')}</dt>
      <dd lang="vi">{procedure.resultType}</dd>
      <dt>{t('submit.prepare')}</dt>
      <dd>
        <Text>{t('submit.prepareCount', { count: procedure.documents.length, required })}</Text>
        <List size="sm" spacing={2} mt={4} c="dark.4">
          <List.Item>{t('submit.prepareScan')}</List.Item>
          <List.Item>{t('submit.prepareLimit')}</List.Item>
        </List>
        <Anchor component={Link} to={`/thu-tuc/${procedure.id}`} size="sm" fw={600}>
          {t('submit.procedureDetails')}
        </Anchor>
      </dd>
    </dl>
  );
}
