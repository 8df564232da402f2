// Test helpers that look inside a rendered PDF: pages, page sizes, fonts, and the text as Poppler
// extracts it (the check that diacritics survive, which byte greps cannot make).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';

export const hasPoppler = fs.existsSync(PDFTOTEXT) && fs.existsSync(PDFINFO);

let warned = false;

/** Says loudly, once, that the text checks did not run. */
export function warnNoPoppler(): void {
  if (warned) return;
  warned = true;
  const banner = '!'.repeat(78);
  console.warn(
    `\n${banner}\n!! ${PDFTOTEXT} not found: the PDF TEXT EXTRACTION CHECKS ARE SKIPPED.\n` +
      `!! Install it with: apt-get install -y poppler-utils\n${banner}\n`,
  );
}

/** Object dictionaries are not compressed by pdfkit, so they can be read from the raw bytes. */
function raw(pdf: Buffer): string {
  return pdf.toString('latin1');
}

export function pageCount(pdf: Buffer): number {
  return (raw(pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/** Every page's MediaBox as "w x h". */
export function mediaBoxes(pdf: Buffer): string[] {
  return [...raw(pdf).matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => `${m[1]} x ${m[2]}`);
}

export function hasEmbeddedTrueType(pdf: Buffer): boolean {
  return raw(pdf).includes('/FontFile2');
}

/** The text per page (pdftotext separates pages with form feeds), runs of spaces collapsed. */
export function extractPages(pdf: Buffer): string[] {
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 256 << 20 });
  return text
    .toString('utf8')
    .split('\f')
    .filter((page, index, pages) => index < pages.length - 1 || page.trim() !== '')
    .map((page) => page.replace(/[ \t]+/g, ' '));
}

export function extractText(pdf: Buffer): string {
  return extractPages(pdf).join('\n');
}

/** pdfinfo's "Key: value" lines as a record (Title, Author, Creator, Pages, Page size…). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const text = execFileSync(PDFINFO, ['-enc', 'UTF-8', '-'], { input: pdf }).toString('utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}
