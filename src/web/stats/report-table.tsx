// The periodic report (Biểu 06) as the form lays it out: a grouped header over three rows, the row
// of column numbers (1)…(13), one row per unit, field or procedure, the totals row; the extras
// beside the form. A number opens the dossiers behind it; a unit or field name opens its detail.
import { useTranslation } from 'react-i18next';
import { columnNumber, formCountKeys, type ReportRow } from '../../domain/stats/report-columns.ts';
import { type CountKey, type DrillRow, type DrillScope, drillQueries } from './drill-filters.ts';
import { formatCount, formatDays, formatRate } from './format.ts';
import type { GroupBy } from './stats-api.ts';
import './report-table.css';

const columnNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const;

/** The i18n key (under stats.table) of each count's own heading. */
export const headingKey = {
  receivedTotal: 'total',
  receivedOnline: 'online',
  receivedDirect: 'direct',
  carriedOver: 'carriedOver',
  resolvedTotal: 'total',
  resolvedEarly: 'early',
  resolvedOnTime: 'onTime',
  resolvedLate: 'late',
  pendingTotal: 'total',
  pendingWithinDeadline: 'within',
  pendingOverdue: 'overdue',
  refused: 'refused',
  withdrawn: 'withdrawn',
} as const satisfies Record<CountKey, string>;

/** The i18n key (under stats.table) of the form's group a count belongs to, if any. */
export function groupKey(column: CountKey): 'received' | 'resolved' | 'pending' | null {
  if (column.startsWith('received') || column === 'carriedOver') return 'received';
  if (column.startsWith('resolved')) return 'resolved';
  if (column.startsWith('pending')) return 'pending';
  return null;
}

export interface ReportTableProps {
  rows: readonly ReportRow[];
  total: ReportRow;
  groupBy: GroupBy;
  caption: string;
  scope: DrillScope;
  /** The number whose list is open, to mark its button pressed. */
  activeDrill: { column: CountKey; row: DrillRow } | null;
  onDrill: (column: CountKey, row: DrillRow) => void;
  /** A unit row (not the report's own unit) or a field row was chosen. */
  onOpenRow?: ((row: ReportRow) => void) | undefined;
}

function CountCell({
  row,
  column,
  isTotal,
  props,
}: {
  row: ReportRow;
  column: CountKey;
  isTotal: boolean;
  props: ReportTableProps;
}) {
  const { t, i18n } = useTranslation();
  const value = row[column];
  const text = formatCount(value, i18n.language);
  const drillRow: DrillRow = { id: isTotal ? null : row.id };
  const number = columnNumber[column];
  const listable = value > 0 && drillQueries(column, props.scope, drillRow) !== null;
  const pressed =
    props.activeDrill?.column === column && props.activeDrill.row.id === drillRow.id ? true : undefined;
  return (
    <td data-col={number ?? column}>
      {listable ? (
        <button
          type="button"
          className="cell-link"
          aria-pressed={pressed ?? false}
          aria-label={t('stats.table.cellLink', {
            value: text,
            column: number,
            heading: t(`stats.table.${headingKey[column]}`),
            row: isTotal ? t('stats.table.totalRow') : row.name,
          })}
          onClick={() => props.onDrill(column, drillRow)}
        >
          {text}
        </button>
      ) : (
        text
      )}
    </td>
  );
}

function RowName({ row, props }: { row: ReportRow; props: ReportTableProps }) {
  const { t } = useTranslation();
  const isOwnUnit = props.groupBy === 'unit' && row.id === props.scope.unitId;
  const opens = props.onOpenRow && row.id !== null && !isOwnUnit && props.groupBy !== 'procedure';
  return (
    <th scope="row" className="report-table__name">
      {opens ? (
        <button
          type="button"
          className="row-link"
          title={
            props.groupBy === 'unit'
              ? t('stats.table.openUnit', { name: row.name })
              : t('stats.table.openField', { name: row.name })
          }
          onClick={() => props.onOpenRow?.(row)}
        >
          {row.name}
        </button>
      ) : (
        <span lang="vi">{row.name}</span>
      )}
      {isOwnUnit && <span className="report-table__own"> {t('stats.table.ownRow')}</span>}
      {props.groupBy === 'procedure' && <span className="report-table__code"> {row.key}</span>}
    </th>
  );
}

function Extras({ row }: { row: ReportRow }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <td className="report-table__extra">{formatCount(row.refused, lang)}</td>
      <td className="report-table__extra">{formatCount(row.withdrawn, lang)}</td>
      <td className="report-table__extra" data-rate="onTime">
        {formatRate(row.onTimeRate, lang)}
      </td>
      <td className="report-table__extra" data-rate="online">
        {formatRate(row.onlineRate, lang)}
      </td>
      <td className="report-table__extra">{formatDays(row.averageProcessingDays, lang)}</td>
      <td className="report-table__extra">{formatRate(row.satisfactionRate, lang)}</td>
    </>
  );
}

function ReportHead({ groupBy }: { groupBy: GroupBy }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={3}>
          {t('stats.table.number')}
        </th>
        <th scope="col" rowSpan={3}>
          {t(`stats.table.name_${groupBy}`)}
        </th>
        <th scope="colgroup" colSpan={4}>
          {t('stats.table.received')}
        </th>
        <th scope="colgroup" colSpan={4}>
          {t('stats.table.resolved')}
        </th>
        <th scope="colgroup" colSpan={3}>
          {t('stats.table.pending')}
        </th>
        <th scope="colgroup" colSpan={6} className="report-table__extra">
          {t('stats.table.beside')}
        </th>
      </tr>
      <tr>
        <th scope="col" rowSpan={2}>
          {t('stats.table.total')}
        </th>
        <th scope="col" colSpan={2}>
          {t('stats.table.inPeriod')}
        </th>
        <th scope="col" rowSpan={2}>
          {t('stats.table.carriedOver')}
        </th>
        {(['total', 'early', 'onTime', 'late', 'total', 'within', 'overdue'] as const).map((key, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed headings, "total" appears twice
          <th scope="col" rowSpan={2} key={index}>
            {t(`stats.table.${key}`)}
          </th>
        ))}
        {(['refused', 'withdrawn', 'onTimeRate', 'onlineRate', 'averageDays', 'satisfaction'] as const).map(
          (key) => (
            <th scope="col" rowSpan={2} key={key} className="report-table__extra">
              {t(`stats.table.${key}`)}
            </th>
          ),
        )}
      </tr>
      <tr>
        <th scope="col">{t('stats.table.online')}</th>
        <th scope="col">{t('stats.table.direct')}</th>
      </tr>
      <tr className="report-table__numbers">
        {columnNumbers.map((n) => (
          <th scope="col" key={n} aria-label={t('stats.table.columnNo', { n })}>
            ({n})
          </th>
        ))}
        <th scope="col" colSpan={6} className="report-table__extra">
          <span className="visually-hidden">{t('stats.table.beside')}</span>
        </th>
      </tr>
    </thead>
  );
}

export function ReportTable(props: ReportTableProps) {
  const { t } = useTranslation();
  const { rows, total, groupBy, caption } = props;
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <caption>{caption}</caption>
        <colgroup>
          <col />
          <col className="report-table__name-col" />
        </colgroup>
        <colgroup span={4} />
        <colgroup span={4} />
        <colgroup span={3} />
        <colgroup span={6} />
        <ReportHead groupBy={groupBy} />
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key} data-row-id={row.id ?? undefined}>
              <td className="report-table__index">{index + 1}</td>
              <RowName row={row} props={props} />
              {formCountKeys.map((column) => (
                <CountCell key={column} row={row} column={column} isTotal={false} props={props} />
              ))}
              <Extras row={row} />
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={19} className="report-table__empty">
                {t('stats.table.empty')}
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="report-table__total" data-row-id="total">
            <td />
            <th scope="row">{t('stats.table.totalRow')}</th>
            {formCountKeys.map((column) => (
              <CountCell key={column} row={total} column={column} isTotal props={props} />
            ))}
            <Extras row={total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
