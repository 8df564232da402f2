// The big search box of the home page; submitting it opens the catalog with the words in ?q=.
import { Button, Flex, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogSearch } from '../catalog/catalog-params.ts';

export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');

  return (
    <search aria-label={t('home.searchLabel')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(`/thu-tuc${catalogSearch({ q: text })}`);
        }}
      >
        <Flex direction={{ base: 'column', sm: 'row' }} gap="sm" align={{ base: 'stretch', sm: 'flex-end' }}>
          <TextInput
            type="search"
            size="lg"
            flex={1}
            label={t('home.searchLabel')}
            placeholder={t('home.searchPlaceholder')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autoComplete="off"
            maxLength={200}
            enterKeyHint="search"
          />
          <Button type="submit" size="lg">
            {t('home.searchButton')}
          </Button>
        </Flex>
      </form>
    </search>
  );
}
