// How each column of the report is counted, in the words of the API's definitions
// (REPORT_DEFINITIONS in src/server/features/stats/stats-routes.ts), folded away until asked for.
import { useTranslation } from 'react-i18next';

const columns = ['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c11', 'c12', 'c13'] as const;
const extras = [
  'refused',
  'withdrawn',
  'onlineRate',
  'onTimeRate',
  'averageDays',
  'satisfaction',
  'rows',
] as const;

export function ReportHelp() {
  const { t } = useTranslation();
  return (
    <details className="report-help">
      <summary>{t('stats.help.title')}</summary>
      <p>{t('stats.help.intro')}</p>
      <dl>
        {columns.map((key) => (
          <div key={key}>
            <dt>{t(`stats.help.${key}Term`)}</dt>
            <dd>{t(`stats.help.${key}`)}</dd>
          </div>
        ))}
        {extras.map((key) => (
          <div key={key}>
            <dt>{t(`stats.help.${key}Term`)}</dt>
            <dd>{t(`stats.help.${key}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('stats.help.drill')}</p>
    </details>
  );
}
