// The report as an aligned text table for the terminal (`motcua report`): abbreviated Vietnamese
// headings with the form's column numbers, the rows, a rule, the totals row.
import {
  columnHeading,
  columnNumber,
  countKeys,
  type ReportRow,
} from '../../../domain/stats/report-columns.ts';
import type { Report } from './get-report.ts';

const NAME_WIDTH = 34;
const groupHeading = { unit: 'Đơn vị', field: 'Lĩnh vực', procedure: 'Thủ tục' } as const;
const width = (s: string) => [...s.normalize('NFC')].length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const percent = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);

function truncate(s: string, n: number): string {
  const chars = [...s.normalize('NFC')];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join('')}…`;
}

export function reportToText(report: Report): string {
  const headings = [
    groupHeading[report.groupBy],
    ...countKeys.map((k) => {
      const n = columnNumber[k];
      return n === null ? columnHeading[k].short : `(${n})${columnHeading[k].short}`;
    }),
    '%T.tuyến',
    '%Đ.hạn',
  ];
  const cells = (r: ReportRow) => [
    truncate(r.name, NAME_WIDTH),
    ...countKeys.map((k) => r[k].toLocaleString('vi-VN')),
    percent(r.onlineRate),
    percent(r.onTimeRate),
  ];
  const body = report.items.map(cells);
  const total = cells(report.total);
  const widths = headings.map((h, i) =>
    Math.max(width(h), ...[...body, total].map((row) => width(row[i] ?? ''))),
  );
  const format = (row: string[]) =>
    row.map((c, i) => (i === 0 ? padEnd(c, widths[i] ?? 0) : padStart(c, widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const title = [
    'BIỂU 06 – KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    `Đơn vị: ${report.unit.name} (${report.unit.code})${report.includeSubunits ? ', gồm các đơn vị trực thuộc' : ''}`,
    `Kỳ báo cáo: từ ngày ${vnDate(report.from)} đến ngày ${vnDate(report.to)}`,
    '',
  ];
  return [...title, format(headings), rule, ...body.map(format), rule, format(total), ''].join('\n');
}
