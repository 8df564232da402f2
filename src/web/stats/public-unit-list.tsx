// The public page's units in tree order (province, each district and its communes), each with its
// counts and its on-time and online rates as bars — or "chưa đủ dữ liệu" when it received too few
// dossiers in the period for a rate to be fair.
import { useTranslation } from 'react-i18next';
import { formatCount, formatRate } from './format.ts';
import type { PublicUnitStats } from './stats-api.ts';

const levels = ['province', 'district', 'commune'] as const;
function isLevel(level: string): level is (typeof levels)[number] {
  return (levels as readonly string[]).includes(level);
}

/** The items in tree order with their depth; units whose parent is not listed start a tree. */
export function treeOrder(items: readonly PublicUnitStats[], all: readonly PublicUnitStats[]) {
  const listed = new Set(items.map((item) => item.unitId));
  const known = new Set(all.map((item) => item.unitId));
  const children = new Map<number | null, PublicUnitStats[]>();
  for (const item of all) {
    const parent = item.parentId !== null && known.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const result: { item: PublicUnitStats; depth: number }[] = [];
  const visit = (parent: number | null, depth: number) => {
    for (const item of children.get(parent) ?? []) {
      if (listed.has(item.unitId)) result.push({ item, depth });
      visit(item.unitId, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

function Rate({ label, value, kind }: { label: string; value: number | null; kind: 'on-time' | 'online' }) {
  const { i18n } = useTranslation();
  const width = value === null ? 0 : Math.max(0, Math.min(1, value)) * 100;
  return (
    <div className="public-unit__rate">
      <dt>{label}</dt>
      <dd>
        <span className="rate-bar__track" aria-hidden="true">
          <span className={`rate-bar__fill rate-bar__fill--${kind}`} style={{ width: `${width}%` }} />
        </span>
        <span className="rate-bar__value">{formatRate(value, i18n.language)}</span>
      </dd>
    </div>
  );
}

export function PublicUnitList({
  items,
  all,
  minimum,
}: {
  items: readonly PublicUnitStats[];
  all: readonly PublicUnitStats[];
  minimum: number;
}) {
  const { t, i18n } = useTranslation();
  const ordered = treeOrder(items, all);
  if (ordered.length === 0) return <p>{t('publicStats.empty')}</p>;
  return (
    <ul className="public-units" aria-label={t('publicStats.listLabel')}>
      {ordered.map(({ item, depth }) => (
        <li
          key={item.unitId}
          className="public-unit"
          data-depth={Math.min(depth, 3)}
          data-unit-id={item.unitId}
        >
          <h2 className="public-unit__name" lang="vi">
            {item.unitName}
            {isLevel(item.level) && <span className="public-unit__level"> · {t(`level.${item.level}`)}</span>}
          </h2>
          <dl className="public-unit__figures">
            <div className="public-unit__figure">
              <dt>{t('publicStats.received')}</dt>
              <dd>{formatCount(item.receivedTotal, i18n.language)}</dd>
            </div>
            <div className="public-unit__figure">
              <dt>{t('publicStats.resolved')}</dt>
              <dd>{formatCount(item.resolvedTotal, i18n.language)}</dd>
            </div>
          </dl>
          {item.enoughData ? (
            <dl className="public-unit__rates">
              <Rate label={t('stats.table.onTimeRate')} value={item.onTimeRate} kind="on-time" />
              <Rate label={t('stats.table.onlineRate')} value={item.onlineRate} kind="online" />
            </dl>
          ) : (
            <p className="public-unit__not-enough">
              <strong>{t('publicStats.notEnough')}</strong>{' '}
              {t('publicStats.notEnoughHint', { count: minimum })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
