// The public home page: what the one-stop shop is, a search box, fields and levels to browse by.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldLinks } from '../home/field-links.tsx';
import { HomeSearch } from '../home/home-search.tsx';
import { LevelCounts } from '../home/level-counts.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(undefined);

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg" maw={760}>
          {t('home.intro')}
        </Text>
      </Stack>
      <HomeSearch />
      <section aria-labelledby="home-levels">
        <Title order={2} id="home-levels" mb="sm">
          {t('home.levelsTitle')}
        </Title>
        <LevelCounts />
      </section>
      <section aria-labelledby="home-fields">
        <Title order={2} id="home-fields" mb="sm">
          {t('home.fieldsTitle')}
        </Title>
        <FieldLinks />
        <Anchor component={Link} to="/thu-tuc" fw={600} mt="md" display="inline-block">
          {t('home.allProcedures')}
        </Anchor>
      </section>
    </Stack>
  );
}
