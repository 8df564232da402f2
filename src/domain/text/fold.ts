// Folds Vietnamese text for matching: lower case, no diacritics, đ → d, single spaces.
// "Đăng ký khai sinh" and "dang ky  khai sinh" fold to the same string.

const MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'd')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** NFC-normalises user text so the same words are stored the same way. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}
