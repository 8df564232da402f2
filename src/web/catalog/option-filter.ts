// A Mantine Select filter that ignores Vietnamese diacritics and keeps option groups.
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { matchesFolded } from './search-text.ts';

function isGroup(item: ComboboxParsedItem): item is Extract<ComboboxParsedItem, { group: unknown }> {
  return 'group' in item;
}

export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const result: ComboboxParsedItem[] = [];
  let count = 0;
  for (const item of options) {
    if (count >= limit) break;
    if (isGroup(item)) {
      const items: ComboboxItem[] = item.items
        .filter((option) => matchesFolded(option.label, search))
        .slice(0, limit - count);
      if (items.length > 0) {
        result.push({ group: item.group, items });
        count += items.length;
      }
    } else if (matchesFolded(item.label, search)) {
      result.push(item);
      count += 1;
    }
  }
  return result;
};
