// The report as a PDF in the layout of the official form (Circular 01/2020/TT-VPCP, Biểu 06), on A4
// landscape with the embedded Tinos font of the slips (features/forms): the unit and the national
// motto, the title, period and unit, a header whose merged cells are drawn as boxes ("Số hồ sơ nhận
// giải quyết" over Tổng số / Trong kỳ (Trực tuyến, Trực tiếp, dịch vụ bưu chính) / Từ kỳ trước; "Số hồ
// sơ đã giải quyết"; "Số hồ sơ đang giải quyết"), the column numbers (1)…(13), the rows, the totals
// row, the counts beside the form (refused, withdrawn) and the signature block. The header repeats
// on every page.
import { columnHeading, countKeys, type ReportRow } from '../../../domain/stats/report-columns.ts';
import {
  centred,
  contentWidth,
  ensureSpace,
  left,
  nfc,
  type PdfDoc,
  renderToBuffer,
  rule,
  setFont,
  signatures,
  upper,
} from '../forms/pdf-document.ts';
import type { Report } from './get-report.ts';
import { REPORT_TITLE } from './report-xlsx.ts';

const groupHeading = {
  unit: 'Đơn vị',
  field: 'Lĩnh vực giải quyết',
  procedure: 'Thủ tục hành chính',
} as const;
/** (3)…(13): the counts of the form, without the extras beside it */
const formKeys = countKeys.filter((k) => k !== 'refused' && k !== 'withdrawn');
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** Numbers as the form prints them: 1.234 (vi-VN grouping). */
export const pdfCount = (n: number) => n.toLocaleString('vi-VN');

const BODY_SIZE = 9.5;
const HEADER_SIZE = 8.5;
const PAD = 2.5;

interface Box {
  /** first and last column (0-based, inclusive) and first and last header row (0–2) */
  c0: number;
  c1: number;
  r0: number;
  r1: number;
  text: string;
}

/** The form's header: three rows of boxes over the 13 columns. */
function headerBoxes(report: Report): Box[] {
  const h = (k: (typeof formKeys)[number]) => columnHeading[k].vi;
  return [
    { c0: 0, c1: 0, r0: 0, r1: 2, text: 'STT' },
    { c0: 1, c1: 1, r0: 0, r1: 2, text: groupHeading[report.groupBy] },
    { c0: 2, c1: 5, r0: 0, r1: 0, text: 'Số hồ sơ nhận giải quyết' },
    { c0: 2, c1: 2, r0: 1, r1: 2, text: h('receivedTotal') },
    { c0: 3, c1: 4, r0: 1, r1: 1, text: 'Trong kỳ' },
    { c0: 3, c1: 3, r0: 2, r1: 2, text: h('receivedOnline') },
    { c0: 4, c1: 4, r0: 2, r1: 2, text: h('receivedDirect') },
    { c0: 5, c1: 5, r0: 1, r1: 2, text: h('carriedOver') },
    { c0: 6, c1: 9, r0: 0, r1: 0, text: 'Số hồ sơ đã giải quyết' },
    { c0: 6, c1: 6, r0: 1, r1: 2, text: h('resolvedTotal') },
    { c0: 7, c1: 7, r0: 1, r1: 2, text: h('resolvedEarly') },
    { c0: 8, c1: 8, r0: 1, r1: 2, text: h('resolvedOnTime') },
    { c0: 9, c1: 9, r0: 1, r1: 2, text: h('resolvedLate') },
    { c0: 10, c1: 12, r0: 0, r1: 0, text: 'Số hồ sơ đang giải quyết' },
    { c0: 10, c1: 10, r0: 1, r1: 2, text: h('pendingTotal') },
    { c0: 11, c1: 11, r0: 1, r1: 2, text: h('pendingWithinDeadline') },
    { c0: 12, c1: 12, r0: 1, r1: 2, text: h('pendingOverdue') },
  ];
}

class FormTable {
  readonly x: number[] = [];
  readonly widths: number[];
  private readonly rowHeights: [number, number, number];
  private readonly numbersHeight: number;

  constructor(
    private readonly doc: PdfDoc,
    private readonly boxes: Box[],
  ) {
    const width = contentWidth(doc);
    const stt = 26;
    const number = 46;
    this.widths = [stt, width - stt - 11 * number, ...Array.from({ length: 11 }, () => number)];
    let at = left(doc);
    for (const w of this.widths) {
      this.x.push(at);
      at += w;
    }
    setFont(doc, 'bold', HEADER_SIZE);
    // Each header row is as tall as the tallest box that ends on it needs, less the rows above it.
    const heights: number[] = [];
    for (let r = 0; r <= 2; r++) {
      let height = doc.currentLineHeight() + 2 * PAD;
      for (const b of boxes.filter((box) => box.r1 === r)) {
        const need = this.textHeight(b.text, this.span(b.c0, b.c1)) + 2 * PAD;
        const above = heights.slice(b.r0, r).reduce((sum, v) => sum + v, 0);
        height = Math.max(height, need - above);
      }
      heights.push(height);
    }
    this.rowHeights = [heights[0] ?? 0, heights[1] ?? 0, heights[2] ?? 0];
    setFont(doc, 'italic', HEADER_SIZE);
    this.numbersHeight = doc.currentLineHeight() + 2 * PAD;
  }

  private span(c0: number, c1: number): number {
    return this.widths.slice(c0, c1 + 1).reduce((sum, w) => sum + w, 0);
  }

  private textHeight(text: string, width: number): number {
    return this.doc.heightOfString(nfc(text), { width: width - 2 * PAD, lineGap: 0.5 });
  }

  get headerHeight(): number {
    return this.rowHeights[0] + this.rowHeights[1] + this.rowHeights[2] + this.numbersHeight;
  }

  /** The boxed header and the row of column numbers, at the current position. */
  drawHeader(): void {
    const { doc } = this;
    const top = doc.y;
    const rowTop = (r: number) => top + this.rowHeights.slice(0, r).reduce((sum, v) => sum + v, 0);
    setFont(doc, 'bold', HEADER_SIZE);
    for (const b of this.boxes) {
      const x = this.x[b.c0] ?? 0;
      const w = this.span(b.c0, b.c1);
      const y = rowTop(b.r0);
      const h = rowTop(b.r1 + 1) - y;
      doc.lineWidth(0.5).rect(x, y, w, h).stroke();
      const textHeight = this.textHeight(b.text, w);
      doc.text(nfc(b.text), x + PAD, y + (h - textHeight) / 2, {
        width: w - 2 * PAD,
        align: 'center',
        lineGap: 0.5,
      });
    }
    const numbersTop = rowTop(3);
    setFont(doc, 'italic', HEADER_SIZE);
    this.widths.forEach((w, i) => {
      const x = this.x[i] ?? 0;
      doc.lineWidth(0.5).rect(x, numbersTop, w, this.numbersHeight).stroke();
      doc.text(`(${i + 1})`, x, numbersTop + PAD, { width: w, align: 'center', lineBreak: false });
    });
    doc.x = left(doc);
    doc.y = numbersTop + this.numbersHeight;
  }

  /** One row; a new page (with the header again) when it does not fit. `label` spans (1) and (2). */
  drawRow(
    cells: { index: string; name: string; counts: string[] },
    options: { bold: boolean; label?: string },
  ) {
    const { doc } = this;
    const style = options.bold ? 'bold' : 'regular';
    setFont(doc, style, BODY_SIZE);
    const nameWidth = options.label !== undefined ? this.span(0, 1) : (this.widths[1] ?? 0);
    const nameText = nfc(options.label ?? cells.name);
    const height = Math.max(
      this.textHeight(nameText, nameWidth) + 2 * PAD,
      doc.currentLineHeight() + 2 * PAD,
    );
    if (doc.y + height > doc.page.maxY()) {
      doc.addPage();
      this.drawHeader();
      setFont(doc, style, BODY_SIZE);
    }
    const top = doc.y;
    const box = (c0: number, c1: number, text: string, align: 'left' | 'center' | 'right') => {
      const x = this.x[c0] ?? 0;
      const w = this.span(c0, c1);
      doc.lineWidth(0.5).rect(x, top, w, height).stroke();
      doc.text(text, x + PAD, top + PAD, { width: w - 2 * PAD, align, lineGap: 0.5 });
    };
    if (options.label !== undefined) box(0, 1, nameText, 'center');
    else {
      box(0, 0, cells.index, 'center');
      box(1, 1, nameText, 'left');
    }
    cells.counts.forEach((text, i) => {
      box(i + 2, i + 2, text, 'right');
    });
    doc.x = left(doc);
    doc.y = top + height;
  }
}

const countsOf = (row: ReportRow) => formKeys.map((k) => pdfCount(row[k]));

/** The agency on the left, the national name and motto on the right (Decree 30/2020/NĐ-CP). */
function heading(doc: PdfDoc, report: Report): void {
  const x0 = left(doc);
  const width = contentWidth(doc);
  const half = width / 2;
  const top = doc.y;
  setFont(doc, 'bold', 12);
  const yLeft = centred(doc, upper(report.unit.name), x0, top, half - 20);
  rule(doc, x0 + (half - 20) / 2, yLeft + 3, (half - 20) / 3);
  let yRight = centred(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', x0 + half, top, half);
  setFont(doc, 'bold', 12.5);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  yRight = centred(doc, motto, x0 + half, yRight, half);
  rule(doc, x0 + half + half / 2, yRight + 3, doc.widthOfString(motto));
  doc.x = x0;
  doc.y = Math.max(yLeft, yRight) + 14;
}

/** The PDF's bytes. `creationDate` fixes the metadata date (tests compare bytes). */
export function reportToPdf(report: Report, options: { creationDate?: Date } = {}): Promise<Buffer> {
  return renderToBuffer(
    (doc) => {
      const x0 = left(doc);
      const width = contentWidth(doc);
      heading(doc, report);
      setFont(doc, 'bold', 12.5);
      doc.text(nfc(REPORT_TITLE), x0, doc.y, { width, align: 'center' });
      setFont(doc, 'italic', 11);
      doc.text(`Kỳ báo cáo: từ ngày ${vnDate(report.from)} đến ngày ${vnDate(report.to)}`, x0, doc.y + 3, {
        width,
        align: 'center',
      });
      setFont(doc, 'regular', 11);
      const scope = report.includeSubunits ? ' (gồm các đơn vị trực thuộc)' : '';
      doc.text(nfc(`Đơn vị báo cáo: ${report.unit.name}${scope}`), x0, doc.y + 2, {
        width,
        align: 'center',
      });
      setFont(doc, 'italic', 10);
      doc.text('Đơn vị tính: hồ sơ thủ tục hành chính', x0, doc.y + 2, { width, align: 'right' });
      doc.y += 4;

      const table = new FormTable(doc, headerBoxes(report));
      if (doc.y + table.headerHeight + 3 * BODY_SIZE > doc.page.maxY()) doc.addPage();
      table.drawHeader();
      report.items.forEach((item, i) => {
        table.drawRow({ index: String(i + 1), name: item.name, counts: countsOf(item) }, { bold: false });
      });
      table.drawRow(
        { index: '', name: report.total.name, counts: countsOf(report.total) },
        { bold: true, label: 'Tổng cộng' },
      );

      setFont(doc, 'italic', 10);
      doc.text(
        nfc(
          `Ngoài biểu: ${columnHeading.refused.vi.toLowerCase()} ${pdfCount(report.total.refused)} hồ sơ; ` +
            `${columnHeading.withdrawn.vi.toLowerCase()} ${pdfCount(report.total.withdrawn)} hồ sơ.`,
        ),
        x0,
        doc.y + 4,
        { width },
      );
      // The place and date are written by hand when the report is signed; kept on the page of the
      // signatures.
      setFont(doc, 'italic', 11);
      ensureSpace(doc, 130);
      doc.text('…………, ngày …… tháng …… năm ……', x0 + width / 2, doc.y + 8, {
        width: width / 2,
        align: 'center',
      });
      doc.x = x0;
      signatures(doc, [
        { title: 'Người lập biểu', name: '' },
        { title: 'Thủ trưởng đơn vị', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' },
      ]);
    },
    {
      landscape: true,
      title: `Biểu 06 – ${report.unit.name} – ${vnDate(report.from)}–${vnDate(report.to)}`,
      author: report.unit.name,
      subject: 'Tình hình, kết quả giải quyết thủ tục hành chính',
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
  );
}
