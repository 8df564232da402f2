// Renders every slip of Circular 03/2025/TT-VPCP, Appendix I and reads the PDFs back: size, pages,
// embedded font, metadata, and the Vietnamese text as a real extractor sees it.
import { describe, expect, it } from 'vitest';
import {
  buildApologyForm,
  buildApplicant,
  buildControlSheetForm,
  buildControlSheetRows,
  buildReceiptForm,
  buildRefusalForm,
  buildStopNoticeForm,
  buildSupplementRequestForm,
  buildTrackingBookForm,
  buildTrackingBookRows,
} from './form-factories.ts';
import {
  formNames,
  renderApology,
  renderControlSheet,
  renderReceipt,
  renderRefusal,
  renderStopNotice,
  renderSupplementRequest,
  renderTrackingBook,
  renderTrackingBookStream,
} from './index.ts';
import {
  extractPages,
  extractText,
  hasEmbeddedTrueType,
  hasPoppler,
  mediaBoxes,
  pageCount,
  pdfInfo,
  warnNoPoppler,
} from './pdf-inspect.ts';

const A4 = '595.28 x 841.89';
const A4_LANDSCAPE = '841.89 x 595.28';
const fixed = { creationDate: new Date('2026-02-05T01:35:00Z') };

/** Asserts that each string occurs in the extracted text exactly as written (NFC, with diacritics). */
function expectText(pdf: Buffer, expected: string[]): void {
  if (!hasPoppler) {
    warnNoPoppler();
    return;
  }
  const text = extractText(pdf).replace(/\s+/g, ' ');
  for (const s of expected) expect(text).toContain(s.normalize('NFC'));
}

function expectValidA4(pdf: Buffer, pages: number, size = A4): void {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  expect(pageCount(pdf)).toBe(pages);
  expect(new Set(mediaBoxes(pdf))).toEqual(new Set([size]));
  expect(hasEmbeddedTrueType(pdf)).toBe(true);
}

describe('renderReceipt', () => {
  it('prints the receipt with code, applicant, procedure and times on one A4 page', async () => {
    const pdf = await renderReceipt(buildReceiptForm(), fixed);
    expectValidA4(pdf, 1);
    expectText(pdf, [
      'UBND HUYỆN TÂN SƠN',
      'UBND XÃ THẠCH KIỆT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thạch Kiệt, ngày 05 tháng 02 năm 2026',
      'Số: 125/PTN',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ: H40.12.05-260205-0125',
      'Nguyễn Thị Hương',
      'Đăng ký khai sinh',
      'Giấy chứng sinh do cơ sở y tế cấp',
      'Thời gian nhận hồ sơ: 08:35 05/02/2026',
      'Thời gian trả kết quả: 16:30 06/02/2026',
      'Số lượng hồ sơ: 01 bộ',
      'Sổ theo dõi hồ sơ lĩnh vực Hộ tịch, số thứ tự 125',
      'Quét mã để tra cứu tiến độ',
      '7KQ4-M2XP',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      '(Ký, ghi rõ họ tên)',
      'Hà Văn Đức',
    ]);
  });

  it('sets the metadata: title, the unit as author, motcua as creator', async () => {
    if (!hasPoppler) return warnNoPoppler();
    const info = pdfInfo(await renderReceipt(buildReceiptForm(), fixed));
    expect(info.Title).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả H40.12.05-260205-0125');
    expect(info.Author).toBe('UBND xã Thạch Kiệt');
    expect(info.Creator).toBe('motcua');
    expect(info['Page size']).toContain('(A4)');
  });

  it('gives identical bytes for the same form and creation date', async () => {
    const form = buildReceiptForm();
    const [a, b] = await Promise.all([renderReceipt(form, fixed), renderReceipt(form, fixed)]);
    expect(a.equals(b)).toBe(true);
  });

  it('keeps ten documents, a representative and a long address on one page', async () => {
    const form = buildReceiptForm({
      applicant: buildApplicant({
        representative: { name: 'Trần Văn Bình', idNumber: '025085004321' },
        address: 'Số nhà 12, ngõ 34, đường Nguyễn Tất Thành, khu dân cư số 7, xã Thạch Kiệt, huyện Tân Sơn',
      }),
      documents: Array.from({ length: 10 }, (_, i) => ({
        name: `Giấy tờ số ${i + 1} theo quy định của thủ tục`,
        originals: i % 2,
        copies: 1 - (i % 2),
      })),
    });
    const pdf = await renderReceipt(form, fixed);
    expectValidA4(pdf, 1);
    expectText(pdf, ['Giấy tờ số 10 theo quy định của thủ tục', 'Trần Văn Bình', '025085004321']);
  });

  it('prints decomposed (NFD) input as precomposed letters', async () => {
    const form = buildReceiptForm({
      applicant: buildApplicant({ name: 'Nguyễn Thị Hương'.normalize('NFD') }),
    });
    expectText(await renderReceipt(form, fixed), ['Tiếp nhận hồ sơ của: Nguyễn Thị Hương']);
  });

  it('breaks a long list of documents onto a second page and numbers it', async () => {
    const documents = Array.from({ length: 40 }, (_, i) => ({
      name: `Giấy tờ ${i + 1}`,
      originals: 1,
      copies: 0,
    }));
    const pdf = await renderReceipt(buildReceiptForm({ documents }), fixed);
    expect(pageCount(pdf)).toBeGreaterThan(1);
    if (!hasPoppler) return warnNoPoppler();
    const pages = extractPages(pdf);
    expect(pages[1]).toMatch(/^\s*2\s/);
    expect(pages[1]).toContain('Tên giấy tờ');
  });
});

describe('the other per-dossier slips', () => {
  it('prints the supplement request with its numbered items, reason and contact officer', async () => {
    const pdf = await renderSupplementRequest(buildSupplementRequestForm(), fixed);
    expectValidA4(pdf, 1);
    expectText(pdf, [
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Mã hồ sơ: H40.12.05-260205-0125',
      'Hồ sơ của: Nguyễn Thị Hương',
      '1. Bổ sung bản chính Giấy chứng sinh',
      '2. Hoàn thiện mục "Nơi cư trú"',
      '3. Xuất trình bản chính Giấy chứng nhận kết hôn',
      'Lý do: Hồ sơ chưa đầy đủ',
      'Hà Văn Đức, công chức Tư pháp - Hộ tịch',
      '0210 3871 234',
      'NGƯỜI HƯỚNG DẪN',
    ]);
  });

  it('prints the refusal with its numbered reasons', async () => {
    const pdf = await renderRefusal(buildRefusalForm(), fixed);
    expectValidA4(pdf, 1);
    expectText(pdf, [
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      'Tiếp nhận hồ sơ của: Nguyễn Thị Hương',
      'Nội dung yêu cầu giải quyết: Đăng ký khai sinh',
      '1. Trẻ đã được đăng ký khai sinh tại UBND xã Xuân Đài',
      '2. Thủ tục đề nghị không thuộc thẩm quyền giải quyết',
    ]);
  });

  it('prints the refusal without a code line when the dossier has no code', async () => {
    if (!hasPoppler) return warnNoPoppler();
    const text = extractText(await renderRefusal(buildRefusalForm({ dossierCode: '' }), fixed));
    expect(text).not.toContain('Mã hồ sơ');
  });

  it('prints the apology with the old and new dates, signed by the head of the agency', async () => {
    const pdf = await renderApology(buildApologyForm(), fixed);
    expectValidA4(pdf, 1);
    expectText(pdf, [
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'Kính gửi: Ông/Bà Nguyễn Thị Hương',
      'Thời gian hẹn trả kết quả: 16:30 06/02/2026',
      'Lý do: Cần xác minh thông tin',
      'UBND xã Thạch Kiệt xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào 16:30 10/02/2026',
      'CHỦ TỊCH',
      'Đinh Công Thắng',
    ]);
  });

  it('prints the stop notice with the time the processing stopped', async () => {
    const pdf = await renderStopNotice(buildStopNoticeForm(), fixed);
    expectValidA4(pdf, 1);
    expectText(pdf, [
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'Kính gửi: Ông/Bà Nguyễn Thị Hương',
      'thông báo dừng giải quyết hồ sơ nêu trên kể từ 09:10 06/02/2026',
      'Người yêu cầu có đơn đề nghị rút hồ sơ',
    ]);
  });
});

describe('renderControlSheet', () => {
  it('prints the header block and a row per hand-off on landscape A4', async () => {
    const pdf = await renderControlSheet(buildControlSheetForm(), fixed);
    expectValidA4(pdf, 1, A4_LANDSCAPE);
    expectText(pdf, [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mã hồ sơ: H40.12.05-260205-0125',
      'Cơ quan phối hợp giải quyết hồ sơ: Công an xã Thạch Kiệt; Trạm y tế xã Thạch Kiệt',
      'Thời hạn trả kết quả: 16:30 06/02/2026',
      'Trước hạn / Đúng hạn / Quá hạn',
      'Thẩm định, trình ký',
      'Đúng hạn',
    ]);
  });

  it('runs 60 hand-offs over several pages and repeats the table header on each', async () => {
    const pdf = await renderControlSheet(buildControlSheetForm({ rows: buildControlSheetRows(60) }), fixed);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(mediaBoxes(pdf))).toEqual(new Set([A4_LANDSCAPE]));
    if (!hasPoppler) return warnNoPoppler();
    const texts = extractPages(pdf);
    expect(texts).toHaveLength(pages);
    for (const text of texts) expect(text).toContain('Tên cơ quan/người giao – nhận');
    expect(texts.at(-1)).toMatch(/\b60\b/);
  });
});

describe('renderTrackingBook', () => {
  it('prints the period and the book columns', async () => {
    const pdf = await renderTrackingBook(buildTrackingBookForm(), fixed);
    expect(pageCount(pdf)).toBeGreaterThan(1);
    expect(new Set(mediaBoxes(pdf))).toEqual(new Set([A4_LANDSCAPE]));
    expectText(pdf, [
      'SỔ THEO DÕI HỒ SƠ',
      'Lĩnh vực Hộ tịch',
      '(Từ 01/01/2026 đến 31/03/2026)',
      'Cơ quan chủ trì giải quyết',
      'Phương thức nhận kết quả',
      'H40.12.05-260201-0001',
      'Chứng thực bản sao từ bản chính',
    ]);
  });

  it('says so when the period has no dossier', async () => {
    const pdf = await renderTrackingBook(buildTrackingBookForm({ rows: [] }), fixed);
    expectValidA4(pdf, 1, A4_LANDSCAPE);
    expectText(pdf, ['Không có hồ sơ trong kỳ.']);
  });

  it('renders 2,000 rows, each page with its header', { timeout: 120_000 }, async () => {
    const form = buildTrackingBookForm({ rows: buildTrackingBookRows(2000) });
    const started = performance.now();
    const pdf = await renderTrackingBook(form, fixed);
    const elapsed = Math.round(performance.now() - started);
    const pages = pageCount(pdf);
    console.info(`tracking book: 2,000 rows → ${pages} pages, ${pdf.length} bytes in ${elapsed} ms`);
    expect(pages).toBeGreaterThan(50);
    if (!hasPoppler) return warnNoPoppler();
    const texts = extractPages(pdf);
    expect(texts).toHaveLength(pages);
    for (const text of texts) expect(text).toContain('Mã hồ sơ');
    expect(texts.at(-1)).toContain('H40.12.05-260212-2000');
  });

  it('streams the same bytes as the buffered rendering', async () => {
    const form = buildTrackingBookForm({ rows: buildTrackingBookRows(300) });
    const chunks: Buffer[] = [];
    for await (const chunk of renderTrackingBookStream(form, fixed)) chunks.push(chunk as Buffer);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(await renderTrackingBook(form, fixed))).toBe(true);
  });
});

describe('formNames', () => {
  it('lists the per-dossier slips', () => {
    expect(formNames).toEqual([
      'receipt',
      'supplement-request',
      'refusal',
      'apology',
      'stop-notice',
      'control-sheet',
    ]);
  });
});
