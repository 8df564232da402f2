// The report as CSV: a UTF-8 byte order mark (so spreadsheet programs read the Vietnamese right),
// one heading line with the form's column numbers, the rows, then the totals row.
import { stringify } from 'csv-stringify/sync';
import {
  columnLabel,
  countKeys,
  type ReportRow,
  rateHeading,
  rateKeys,
} from '../../../domain/stats/report-columns.ts';
import type { Report } from './get-report.ts';

const groupHeading = { unit: 'Đơn vị', field: 'Lĩnh vực', procedure: 'Thủ tục hành chính' } as const;

export function reportToCsv(report: Report): string {
  const header = [
    'Mã',
    groupHeading[report.groupBy],
    ...countKeys.map(columnLabel),
    ...rateKeys.map((k) => rateHeading[k].vi),
  ];
  const line = (r: ReportRow) => [
    r.key,
    r.name,
    ...countKeys.map((k) => r[k]),
    ...rateKeys.map((k) => (r[k] === null ? '' : r[k])),
  ];
  return `\uFEFF${stringify([header, ...report.items.map(line), line(report.total)], { record_delimiter: '\r\n' })}`;
}
