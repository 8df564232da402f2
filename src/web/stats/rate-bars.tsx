// On-time and online rates side by side per unit, as horizontal bars inside a real table: the
// percentage is written beside each bar, so the chart is its own text alternative. Used by the
// dashboard (sub-units of the report) and the public page.
import { useTranslation } from 'react-i18next';
import { formatRate } from './format.ts';

export interface RateBarRow {
  id: number | string;
  name: string;
  onTimeRate: number | null;
  onlineRate: number | null;
  /** Shown instead of the rates (e.g. "chưa đủ dữ liệu"). */
  note?: string | undefined;
  depth?: number | undefined;
}

function Bar({ value, kind }: { value: number | null; kind: 'on-time' | 'online' }) {
  const { i18n } = useTranslation();
  const width = value === null ? 0 : Math.max(0, Math.min(1, value)) * 100;
  return (
    <div className="rate-bar">
      <span className="rate-bar__track" aria-hidden="true">
        <span className={`rate-bar__fill rate-bar__fill--${kind}`} style={{ width: `${width}%` }} />
      </span>
      <span className="rate-bar__value">{formatRate(value, i18n.language)}</span>
    </div>
  );
}

export function RateBars({
  rows,
  caption,
  nameHeading,
  emptyText,
}: {
  rows: readonly RateBarRow[];
  caption: string;
  nameHeading: string;
  emptyText: string;
}) {
  const { t } = useTranslation();
  return (
    <table className="rate-bars">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeading}</th>
          <th scope="col">{t('stats.table.onTimeRate')}</th>
          <th scope="col">{t('stats.table.onlineRate')}</th>
        </tr>
      </thead>
      <tbody className="rate-bars__body">
        {rows.map((row) => (
          <tr key={row.id}>
            <th
              scope="row"
              lang="vi"
              style={row.depth ? { paddingInlineStart: `${row.depth * 0.75}rem` } : undefined}
            >
              {row.name}
            </th>
            {row.note ? (
              <td colSpan={2} className="rate-bars__note">
                {row.note}
              </td>
            ) : (
              <>
                <td>
                  <Bar value={row.onTimeRate} kind="on-time" />
                </td>
                <td>
                  <Bar value={row.onlineRate} kind="online" />
                </td>
              </>
            )}
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={3}>{emptyText}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
