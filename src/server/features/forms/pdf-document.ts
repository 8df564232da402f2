// Shared PDF layout for the official slips: A4 page, embedded Vietnamese font, letterhead, title,
// labelled lines, signature blocks, page numbers (Decree 30/2020/NĐ-CP, Appendix I: presentation of
// administrative documents; Circular 03/2025/TT-VPCP, Appendix I: the slips themselves).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { create as createFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';

export type PdfDoc = PDFKit.PDFDocument;
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface RenderOptions {
  /** landscape A4 for wide tables (control sheet, tracking book) */
  landscape?: boolean;
  /** document metadata */
  title?: string;
  /** the issuing unit's name */
  author?: string;
  subject?: string;
  /** fixed CreationDate, for byte-identical output in tests */
  creationDate?: Date;
}

const CM = 72 / 2.54;
/** Decree 30/2020/NĐ-CP, Appendix I, II.2: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGINS = { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM } as const;

// Tinos (Google Fonts, metric-compatible with Times New Roman) covers every Vietnamese letter in
// precomposed form, in all four styles; the files ship inside the npm package, never the system.
const FONT_FILES: Record<FontStyle, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};
const FONT_NAMES: Record<FontStyle, string> = {
  regular: 'Tinos',
  bold: 'Tinos-Bold',
  italic: 'Tinos-Italic',
  boldItalic: 'Tinos-BoldItalic',
};

let fonts: Map<FontStyle, Font> | undefined;

/**
 * The four Tinos fonts, parsed once per process. pdfkit would parse a font file again for every
 * document, and that parsing was three quarters of the CPU time of a receipt; a parsed font keeps
 * the tables it has decoded, and each document still embeds its own subset of it.
 */
function loadFonts(): Map<FontStyle, Font> {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
    fonts = new Map(
      (Object.keys(FONT_FILES) as FontStyle[]).map((style) => [
        style,
        parseFont(fs.readFileSync(path.join(dir, FONT_FILES[style]))),
      ]),
    );
  }
  return fonts;
}

/**
 * fontkit keeps one glyph object per glyph id, with the characters it was first looked up for;
 * pdfkit writes those characters into each PDF's text map (what copy and search read). A glyph
 * first met as a part of an accented letter (the A of Ạ) would keep no character and lose its
 * text in every later document: look every character up once, first.
 */
function parseFont(data: Buffer): Font {
  const font = createFont(data);
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  // Glyph by glyph, without OpenType substitutions and positioning: the text is NFC, every
  // Vietnamese letter has its own precomposed glyph, and the slips need no ligatures or kerning
  // (office documents are set without them too). Shaping was the larger part of a receipt's time.
  const layout = font.layout.bind(font);
  font.layout = (text: string, features?: unknown) => layout(text, features ?? PLAIN);
  return font;
}

/** The OpenType features fontkit applies by default, all off. */
const PLAIN = Object.fromEntries(
  ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'curs', 'dist'].map(
    (f) => [f, false],
  ),
);

interface DocState {
  style: FontStyle;
  size: number;
  pages: number;
}

// pdfkit does not expose the current font, so every helper sets it through setFont and the page
// number handler can put it back after drawing in the margin.
const states = new WeakMap<PdfDoc, DocState>();

function stateOf(doc: PdfDoc): DocState {
  let state = states.get(doc);
  if (!state) {
    state = { style: 'regular', size: 12, pages: 0 };
    states.set(doc, state);
  }
  return state;
}

export function setFont(doc: PdfDoc, style: FontStyle, size: number): PdfDoc {
  const state = stateOf(doc);
  state.style = style;
  state.size = size;
  return doc.font(FONT_NAMES[style]).fontSize(size);
}

/** Text as stored may be decomposed (NFD); the font and text extraction want precomposed letters. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase('vi');
}

export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function left(doc: PdfDoc): number {
  return doc.page.margins.left;
}

/** Decree 30/2020/NĐ-CP, Appendix I, II.4: page numbers centred in the top margin, none on page 1. */
function numberPage(doc: PdfDoc): void {
  const state = stateOf(doc);
  state.pages += 1;
  if (state.pages < 2) return;
  const { x, y } = doc;
  const { style, size } = state;
  doc
    .font(FONT_NAMES.regular)
    .fontSize(11)
    .text(String(state.pages), left(doc), doc.page.margins.top / 2, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
  setFont(doc, style, size);
  doc.x = x;
  doc.y = y;
}

/** A4 page with the fonts registered once; pages stream out as they are finished. */
export function createDocument(options: RenderOptions = {}): PdfDoc {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margins: { ...MARGINS },
    autoFirstPage: false,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: nfc(options.title ?? ''),
      Author: nfc(options.author ?? ''),
      Subject: nfc(options.subject ?? ''),
      Creator: 'motcua',
      Producer: 'motcua (PDFKit)',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  // pdfkit takes a parsed font (an object with `layout`) where its types say a file's bytes.
  for (const [style, font] of loadFonts()) doc.registerFont(FONT_NAMES[style], font as unknown as Buffer);
  doc.on('pageAdded', () => numberPage(doc));
  doc.addPage();
  setFont(doc, 'regular', 12);
  return doc;
}

/** Runs `build` on a new document and resolves with the finished PDF. */
export function renderToBuffer(
  build: (doc: PdfDoc) => void | Promise<void>,
  options: RenderOptions = {},
): Promise<Buffer> {
  const doc = createDocument(options);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return Promise.resolve()
    .then(() => build(doc))
    .then(
      () => {
        doc.end();
        return finished;
      },
      (error: unknown) => {
        doc.destroy();
        throw error;
      },
    );
}

/** Same as renderToBuffer but hands the PDF out as it is produced (for HTTP responses). */
export function renderToStream(
  build: (doc: PdfDoc) => void | Promise<void>,
  options: RenderOptions = {},
): Readable {
  const doc = createDocument(options);
  Promise.resolve()
    .then(() => build(doc))
    .then(
      () => doc.end(),
      (error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))),
    );
  return doc;
}

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureSpace(doc: PdfDoc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

/** Lets a long build give the event loop (and a slow reader of the stream) a turn. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Centres `text` in a column and returns the y below it. */
export function centred(doc: PdfDoc, text: string, x: number, y: number, width: number): number {
  doc.text(text, x, y, { width, align: 'center' });
  return doc.y;
}

/** A horizontal rule of `length` centred on `centreX`. */
export function rule(doc: PdfDoc, centreX: number, y: number, length: number): void {
  doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

/** Centred bold title with an optional line under it (e.g. the dossier code). */
export function title(doc: PdfDoc, text: string, subtitle?: string): void {
  const x0 = left(doc);
  const width = contentWidth(doc);
  setFont(doc, 'bold', 14);
  doc.text(upper(text), x0, doc.y, { width, align: 'center' });
  if (subtitle) {
    setFont(doc, 'bold', 13);
    doc.text(nfc(subtitle), x0, doc.y + 2, { width, align: 'center' });
  }
  doc.x = x0;
  doc.y += 8;
}

export interface Run {
  text: string;
  style?: FontStyle;
}

export interface LineOptions {
  x?: number;
  width?: number;
  size?: number;
  indent?: number;
  align?: 'left' | 'justify' | 'center';
  gapAfter?: number;
}

/** One paragraph of runs in mixed styles, wrapped within the given width. */
export function paragraph(doc: PdfDoc, runs: Run[], options: LineOptions = {}): void {
  const x = options.x ?? left(doc);
  const width = options.width ?? contentWidth(doc) - (x - left(doc));
  const size = options.size ?? 12;
  const parts = runs.filter((run) => run.text !== '').map((run) => ({ ...run, text: nfc(run.text) }));
  if (parts.length === 0) return;
  // pdfkit centres and justifies each run of a `continued` chain on its own, which scatters the
  // words; a short centred line is therefore placed by hand, and mixed-style paragraphs flush left.
  let align = options.align ?? 'left';
  if (parts.length > 1 && align === 'center') {
    const widths = parts.map((run) => setFont(doc, run.style ?? 'regular', size).widthOfString(run.text));
    const total = widths.reduce((sum, w) => sum + w, 0);
    if (total <= width) {
      let at = x + (width - total) / 2;
      const y = doc.y;
      parts.forEach((run, index) => {
        setFont(doc, run.style ?? 'regular', size).text(run.text, at, y, { lineBreak: false });
        at += widths[index] ?? 0;
      });
      doc.x = left(doc);
      doc.y = y + doc.currentLineHeight(true) + (options.gapAfter ?? 2);
      return;
    }
  }
  if (parts.length > 1) align = 'left';
  parts.forEach((run, index) => {
    setFont(doc, run.style ?? 'regular', size);
    const isLast = index === parts.length - 1;
    const textOptions: PDFKit.Mixins.TextOptions = {
      width,
      continued: !isLast,
      align,
      lineGap: 1.5,
      indent: options.indent ?? 0,
    };
    if (index === 0) doc.text(run.text, x, doc.y, textOptions);
    else doc.text(run.text, textOptions);
  });
  doc.x = left(doc);
  doc.y += options.gapAfter ?? 2;
}

/** "Label: value", the label regular and the value bold unless told otherwise. */
export function labelled(
  doc: PdfDoc,
  label: string,
  value: string,
  options: LineOptions & { valueStyle?: FontStyle } = {},
): void {
  paragraph(doc, [{ text: `${label}: ` }, { text: value, style: options.valueStyle ?? 'bold' }], options);
}

/** Numbered items "1. …", "2. …" with a hanging indent. */
export function numberedList(doc: PdfDoc, items: string[], options: LineOptions = {}): void {
  const x = (options.x ?? left(doc)) + 14;
  const width = (options.width ?? contentWidth(doc) - (x - left(doc))) - 18;
  items.forEach((item, index) => {
    setFont(doc, 'regular', options.size ?? 12);
    doc.text(`${index + 1}.`, x, doc.y, { lineBreak: false });
    paragraph(doc, [{ text: item }], { ...options, x: x + 18, width });
  });
}

export interface SignatureBlock {
  title: string;
  /** defaults to "(Ký, ghi rõ họ tên)" */
  hint?: string;
  name: string;
}

/** Room left for the handwritten signature (and the seal) between the hint and the name. */
const SIGNING_SPACE = 56;

/**
 * Signature blocks side by side, kept together on one page; a single block sits in the right half.
 * `recipients` fills the left half with "Nơi nhận:" as letters have it (Decree 30/2020/NĐ-CP).
 */
export function signatures(doc: PdfDoc, blocks: SignatureBlock[], recipients?: string[]): void {
  doc.y += 6;
  setFont(doc, 'bold', 12);
  const lineHeight = doc.currentLineHeight(true);
  ensureSpace(doc, 3 * lineHeight + SIGNING_SPACE);
  const x0 = left(doc);
  const width = contentWidth(doc);
  const top = doc.y;
  const columns = blocks.length === 1 ? 2 : blocks.length;
  const columnWidth = width / columns;
  const first = columns - blocks.length;
  let bottom = top;
  if (recipients && first > 0) {
    setFont(doc, 'boldItalic', 12);
    doc.text('Nơi nhận:', x0, top, { width: columnWidth });
    setFont(doc, 'regular', 11);
    for (const line of recipients) doc.text(`- ${nfc(line)}`, x0, doc.y, { width: columnWidth });
    bottom = doc.y;
  }
  blocks.forEach((block, index) => {
    const x = x0 + (first + index) * columnWidth;
    setFont(doc, 'bold', 12);
    let y = centred(doc, upper(block.title), x, top, columnWidth);
    setFont(doc, 'italic', 11);
    y = centred(doc, nfc(block.hint ?? '(Ký, ghi rõ họ tên)'), x, y, columnWidth);
    setFont(doc, 'bold', 12);
    bottom = Math.max(bottom, centred(doc, nfc(block.name), x, y + SIGNING_SPACE, columnWidth));
  });
  doc.x = x0;
  doc.y = bottom + 6;
}
