// Bordered tables for the slips and books: rows break across pages and the header repeats on each.
import { contentWidth, left, nfc, type PdfDoc, setFont } from './pdf-document.ts';

export interface TableColumn {
  header: string;
  /** relative weight; the table spreads the page width over the columns in proportion */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  fontSize?: number;
  headerFontSize?: number;
  padding?: number;
  /** a row "(1) (2) (3) …" under the header, as registers print it */
  numberColumns?: boolean;
}

export interface Table {
  /** draws one row, starting a new page (and repeating the header) when it does not fit */
  row(cells: readonly string[]): void;
  /** rows drawn so far on this page (0 right after a page break) */
  readonly rowsOnPage: number;
}

interface Layout {
  x: number[];
  widths: number[];
  padding: number;
  fontSize: number;
  headerFontSize: number;
}

function cellHeight(doc: PdfDoc, text: string, width: number, padding: number): number {
  if (text === '') return 2 * padding + doc.currentLineHeight();
  return doc.heightOfString(text, { width: width - 2 * padding, lineGap: 1 }) + 2 * padding;
}

function measure(doc: PdfDoc, layout: Layout, texts: readonly string[]): number[] {
  return texts.map((text, i) => cellHeight(doc, text, layout.widths[i] ?? 0, layout.padding));
}

function drawCells(
  doc: PdfDoc,
  layout: Layout,
  texts: readonly string[],
  heights: readonly number[],
  columns: readonly TableColumn[],
  header: boolean,
): void {
  const { padding } = layout;
  const top = doc.y;
  const height = Math.min(Math.max(...heights), doc.page.maxY() - top);
  texts.forEach((text, i) => {
    const x = layout.x[i] ?? 0;
    const width = layout.widths[i] ?? 0;
    doc.lineWidth(0.5).rect(x, top, width, height).stroke();
    if (text === '') return;
    const textHeight = Math.min((heights[i] ?? 0) - 2 * padding, height - 2 * padding);
    const y = header ? top + (height - 2 * padding - textHeight) / 2 + padding : top + padding;
    doc.text(text, x + padding, y, {
      width: width - 2 * padding,
      height: height - 2 * padding,
      align: header ? 'center' : (columns[i]?.align ?? 'left'),
      lineGap: 1,
      ellipsis: true,
    });
  });
  doc.x = left(doc);
  doc.y = top + height;
}

/** Starts a table at the current position and draws its header; rows are added one by one. */
export function startTable(doc: PdfDoc, columns: readonly TableColumn[], options: TableOptions = {}): Table {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const width = contentWidth(doc);
  const widths = columns.map((column) => (width * column.weight) / total);
  const x: number[] = [];
  widths.reduce((at, w) => {
    x.push(at);
    return at + w;
  }, left(doc));
  const layout: Layout = {
    x,
    widths,
    padding: options.padding ?? 3,
    fontSize: options.fontSize ?? 11,
    headerFontSize: options.headerFontSize ?? options.fontSize ?? 11,
  };
  const headers = columns.map((column) => column.header);
  const numbers = columns.map((_, i) => `(${i + 1})`);
  let rowsOnPage = 0;

  setFont(doc, 'bold', layout.headerFontSize);
  const headerHeights = measure(doc, layout, headers);
  setFont(doc, 'italic', layout.headerFontSize - 1);
  const numberHeights = measure(doc, layout, numbers);
  const headerHeight = Math.max(...headerHeights) + (options.numberColumns ? Math.max(...numberHeights) : 0);

  const drawHeader = (): void => {
    setFont(doc, 'bold', layout.headerFontSize);
    drawCells(doc, layout, headers, headerHeights, columns, true);
    if (options.numberColumns) {
      setFont(doc, 'italic', layout.headerFontSize - 1);
      drawCells(doc, layout, numbers, numberHeights, columns, true);
    }
  };

  // Never leave a header alone at the foot of a page.
  let isFreshPage = false;
  if (doc.y + headerHeight + 3 * layout.fontSize > doc.page.maxY()) {
    doc.addPage();
    isFreshPage = true;
  }
  drawHeader();

  return {
    row(cells: readonly string[]): void {
      setFont(doc, 'regular', layout.fontSize);
      const texts = columns.map((_, i) => nfc(cells[i] ?? ''));
      const heights = measure(doc, layout, texts);
      // A row taller than a whole page goes on a fresh page and is clipped there.
      const isAlone = rowsOnPage === 0 && isFreshPage;
      if (!isAlone && doc.y + Math.max(...heights) > doc.page.maxY()) {
        doc.addPage();
        isFreshPage = true;
        drawHeader();
        rowsOnPage = 0;
        setFont(doc, 'regular', layout.fontSize);
      }
      drawCells(doc, layout, texts, heights, columns, false);
      rowsOnPage += 1;
    },
    get rowsOnPage() {
      return rowsOnPage;
    },
  };
}

/** Draws a whole table at once (small tables: documents of a receipt, control-sheet steps). */
export function drawTable(
  doc: PdfDoc,
  columns: readonly TableColumn[],
  rows: Iterable<readonly string[]>,
  options: TableOptions = {},
): void {
  const table = startTable(doc, columns, options);
  for (const cells of rows) table.row(cells);
}
