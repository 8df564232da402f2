// The submission receipt drawn as a PNG (code, lookup key, QR code), for a phone's photo gallery.
export interface ReceiptImage {
  title: string;
  rows: { label: string; value: string; isBig?: boolean }[];
  qrDataUrl: string;
  qrCaption: string;
  footer: string;
}

const width = 720;
const padding = 36;
const font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the QR image did not load'));
    image.src = src;
  });
}

/** Splits text into lines that fit `maxWidth` in the context's current font; long words are cut. */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (context.measureText(line).width > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && context.measureText(line.slice(0, cut)).width > maxWidth) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays the receipt out; draws only when `draw` is set, so a first pass can measure the height. */
function paint(
  context: CanvasRenderingContext2D,
  input: ReceiptImage,
  qr: HTMLImageElement,
  draw: boolean,
): number {
  const inner = width - 2 * padding;
  let y = 0;
  const text = (
    value: string,
    size: number,
    options: { bold?: boolean; color?: string; mono?: boolean } = {},
  ) => {
    context.font = `${options.bold ? '700 ' : ''}${size}px ${options.mono ? 'ui-monospace, monospace' : font}`;
    context.fillStyle = options.color ?? '#1a1b1e';
    for (const line of wrap(context, value, inner)) {
      y += size * 1.35;
      if (draw) context.fillText(line, padding, y - size * 0.3);
    }
  };

  context.font = `700 26px ${font}`;
  const titleLines = wrap(context, input.title, inner);
  const headerHeight = padding + titleLines.length * 26 * 1.35 + 16;
  if (draw) {
    context.fillStyle = '#8f1d21';
    context.fillRect(0, 0, width, headerHeight);
    context.fillStyle = '#f2c230';
    context.fillRect(0, headerHeight, width, 6);
  }
  y = padding - 8;
  text(input.title, 26, { bold: true, color: '#ffffff' });
  y = headerHeight + 20;
  for (const row of input.rows) {
    y += 10;
    text(row.label, 18, { color: '#495057' });
    text(row.value, row.isBig ? 40 : 22, { bold: true, mono: row.isBig });
  }
  y += 24;
  const qrSize = 260;
  if (draw) context.drawImage(qr, (width - qrSize) / 2, y, qrSize, qrSize);
  y += qrSize + 8;
  text(input.qrCaption, 17, { color: '#495057' });
  y += 16;
  text(input.footer, 16, { color: '#495057' });
  return Math.ceil(y + padding);
}

export async function receiptImageBlob(input: ReceiptImage): Promise<Blob> {
  const qr = await loadImage(input.qrDataUrl);
  const scale = 2;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const height = paint(measure, input, qr, false);
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  paint(context, input, qr, true);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
