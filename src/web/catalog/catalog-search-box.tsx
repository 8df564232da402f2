// Search-as-you-type box: the words reach the URL (?q=) 250 ms after the last keystroke, or at once on Enter.
import { CloseButton, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogParams } from './catalog-params.ts';

const debounceMs = 250;

interface CatalogSearchBoxProps {
  value: string;
  onCommit: (patch: Partial<CatalogParams>, options?: { replace?: boolean }) => void;
}

export function CatalogSearchBox({ value, onCommit }: CatalogSearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  // The last words sent to the URL, trimmed as the URL keeps them.
  const committed = useRef(value);

  // The URL changed from elsewhere (back button, a link): show its words.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const words = text.trim();
    if (words === committed.current) return;
    const timer = window.setTimeout(() => {
      committed.current = words;
      onCommit({ q: words }, { replace: true });
    }, debounceMs);
    return () => window.clearTimeout(timer);
  }, [text, onCommit]);

  const commitNow = (next: string) => {
    const words = next.trim();
    if (words === committed.current) return;
    committed.current = words;
    onCommit({ q: words }, { replace: true });
  };

  return (
    <search aria-label={t('catalog.searchRegion')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          commitNow(text);
        }}
      >
        <TextInput
          type="search"
          size="lg"
          label={t('catalog.searchLabel')}
          placeholder={t('catalog.searchPlaceholder')}
          description={t('catalog.searchHint')}
          inputWrapperOrder={['label', 'input', 'description']}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autoComplete="off"
          maxLength={200}
          enterKeyHint="search"
          rightSection={
            text ? (
              <CloseButton
                aria-label={t('catalog.clearSearch')}
                onClick={() => {
                  setText('');
                  commitNow('');
                }}
              />
            ) : null
          }
        />
      </form>
    </search>
  );
}
