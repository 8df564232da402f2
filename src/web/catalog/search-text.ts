// Accent-insensitive matching for Vietnamese option lists, so "ha noi" finds "Hà Nội".
import { foldVietnamese } from '../../domain/text/fold.ts';

/** True when every word of the query appears in the text, ignoring case and diacritics. */
export function matchesFolded(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return foldVietnamese(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
