import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeText } from './fold.ts';

describe('foldVietnamese', () => {
  it('folds diacritics, đ and case so citizens can type without accents', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(foldVietnamese('  CHỨNG   THỰC bản sao ')).toBe('chung thuc ban sao');
    expect(foldVietnamese('Xã Thạch Kiệt')).toBe('xa thach kiet');
  });

  it('gives the same result for NFC and NFD input', () => {
    const nfc = 'Hộ tịch'.normalize('NFC');
    const nfd = 'Hộ tịch'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldVietnamese(nfc)).toBe(foldVietnamese(nfd));
  });

  it('is idempotent and leaves only unaccented lower-case text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
        expect(once).not.toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeText', () => {
  it('stores NFC with single spaces', () => {
    expect(normalizeText(' Nguyễn   Văn  An '.normalize('NFD'))).toBe('Nguyễn Văn An'.normalize('NFC'));
  });
});
