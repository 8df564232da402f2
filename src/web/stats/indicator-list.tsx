// The service-quality indicators of Decision 766/QĐ-TTg for the unit and period, each with the
// counts it divides and how it is computed.
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDays, formatRate } from './format.ts';
import type { Indicator, Indicators } from './stats-api.ts';

const keys = [
  'onTime',
  'onlineSubmission',
  'onlineProcedures',
  'digitisedDossiers',
  'electronicResults',
  'satisfaction',
] as const;

export function IndicatorList({ indicators }: { indicators: Indicators['indicators'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fraction = (indicator: Indicator) =>
    t('stats.indicators.fraction', {
      numerator: formatCount(indicator.numerator, lang),
      denominator: formatCount(indicator.denominator, lang),
    });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="indicators-title">
      <Title order={2} size="h4" id="indicators-title" mb="xs">
        {t('stats.indicators.title')}
      </Title>
      <table className="data-table indicator-table">
        <thead>
          <tr>
            <th scope="col">{t('stats.indicators.name')}</th>
            <th scope="col">{t('stats.indicators.value')}</th>
            <th scope="col">{t('stats.indicators.counts')}</th>
            <th scope="col">{t('stats.indicators.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} data-indicator={key}>
              <th scope="row">{t(`stats.indicators.${key}`)}</th>
              <td className="num">{formatRate(indicators[key].value, lang)}</td>
              <td className="num">{fraction(indicators[key])}</td>
              <td className="indicator-table__def">{t(`stats.indicators.${key}Def`)}</td>
            </tr>
          ))}
          <tr data-indicator="averageProcessingDays">
            <th scope="row">{t('stats.indicators.averageDays')}</th>
            <td className="num">{formatDays(indicators.averageProcessingDays, lang)}</td>
            <td className="num">—</td>
            <td className="indicator-table__def">{t('stats.indicators.averageDaysDef')}</td>
          </tr>
        </tbody>
      </table>
    </Paper>
  );
}
