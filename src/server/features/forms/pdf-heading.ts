// Heading of Vietnamese administrative documents: issuing agency and number on the left, national
// name, motto, place and date on the right (Decree 30/2020/NĐ-CP, Appendix I).
import { centred, contentWidth, left, nfc, type PdfDoc, rule, setFont, upper } from './pdf-document.ts';

/** "26/11/2026" → "ngày 26 tháng 11 năm 2026" (Decree 30/2020/NĐ-CP: zero before days < 10 and months 1, 2). */
export function vietnameseDate(date: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  if (!match) return nfc(date);
  const day = Number(match[1]);
  const month = Number(match[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${match[3]}`;
}

export interface LetterheadInput {
  parentName: string | null;
  unitName: string;
  /** the form's number; omitted on forms that carry none */
  number?: string;
  placeName: string;
  issuedOn: string;
}

/** Decree 30/2020/NĐ-CP, Appendix I, II.5: agency (left) and national motto (right) heading. */
export function letterhead(doc: PdfDoc, input: LetterheadInput): void {
  const x0 = left(doc);
  const width = contentWidth(doc);
  const leftWidth = Math.min(width * 0.42, 240);
  const rightWidth = Math.min(width - leftWidth, 300);
  const rightX = x0 + width - rightWidth;
  const top = doc.y;

  let yLeft = top;
  if (input.parentName) {
    setFont(doc, 'regular', 12);
    yLeft = centred(doc, upper(input.parentName), x0, yLeft, leftWidth);
  }
  setFont(doc, 'bold', 12);
  yLeft = centred(doc, upper(input.unitName), x0, yLeft, leftWidth);
  rule(doc, x0 + leftWidth / 2, yLeft + 3.5, leftWidth / 3);
  yLeft += 8;

  setFont(doc, 'bold', 12);
  let yRight = centred(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, rightWidth);
  setFont(doc, 'bold', 13);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  yRight = centred(doc, motto, rightX, yRight, rightWidth);
  rule(doc, rightX + rightWidth / 2, yRight + 3.5, doc.widthOfString(motto));
  yRight += 8;

  const lineY = Math.max(yLeft, yRight) + 4;
  let bottom = lineY;
  if (input.number !== undefined) {
    setFont(doc, 'regular', 12);
    bottom = Math.max(bottom, centred(doc, `Số: ${nfc(input.number)}`, x0, lineY, leftWidth));
  }
  setFont(doc, 'italic', 12);
  const dated = `${nfc(input.placeName)}, ${vietnameseDate(input.issuedOn)}`;
  bottom = Math.max(bottom, centred(doc, dated, rightX, lineY, rightWidth));
  doc.x = x0;
  doc.y = bottom + 12;
}

/** The letterhead of a slip that carries its unit, number and issue date. */
export function slipLetterhead(
  doc: PdfDoc,
  form: {
    unit: { parentName: string | null; name: string; placeName: string };
    number: string;
    issuedOn: string;
  },
): void {
  letterhead(doc, {
    parentName: form.unit.parentName,
    unitName: form.unit.name,
    number: form.number,
    placeName: form.unit.placeName,
    issuedOn: form.issuedOn,
  });
}
