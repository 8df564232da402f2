// Dossier lookup (/tra-cuu?code=…&key=…), where the receipt's QR code and the emails lead: the status in plain
// words, what is asked of the applicant, the rating once finished, the times and the timeline.
import '../citizen/citizen.css';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type LookupView, useLookup } from '../citizen/citizen-api.ts';
import { LookupForm } from '../citizen/lookup-form.tsx';
import { DetailsSection, StatusCard, TimelineSection } from '../citizen/lookup-result.tsx';
import { RatingDone, RatingForm } from '../citizen/rating-form.tsx';
import { SupplementForm } from '../citizen/supplement-form.tsx';
import { ApiError } from '../http/client.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

function LookupResult({
  view,
  lookupKey,
  isRefreshing,
  onRefresh,
}: {
  view: LookupView;
  lookupKey: string;
  isRefreshing: boolean;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  // What the citizen just sent, thanked for above the new status (a key: it follows a language switch).
  const [sent, setSent] = useState<{ kind: 'supplement' | 'rating'; status: LookupView['status'] }>();
  // Said while the dossier is where the citizen's action left it; a later status makes it old news.
  const notice = sent && sent.status === view.status ? sent.kind : undefined;
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView({ block: 'center' });
  }, [notice]);

  return (
    <Stack gap="lg">
      {notice && (
        <Alert
          ref={noticeRef}
          color="teal"
          variant="light"
          className="citizen-success"
          role="status"
          title={notice === 'supplement' ? t('supplement.sent') : t('rating.thanks')}
        >
          {notice === 'supplement' && t('lookup.noticeStatus')}
        </Alert>
      )}
      <StatusCard view={view} />
      {view.request && (
        <SupplementForm
          view={view}
          lookupKey={lookupKey}
          onSent={(status) => setSent({ kind: 'supplement', status })}
        />
      )}
      {view.canRate && (
        <RatingForm
          view={view}
          lookupKey={lookupKey}
          onSent={() => setSent({ kind: 'rating', status: view.status })}
        />
      )}
      {view.rating && <RatingDone score={view.rating.score} />}
      <DetailsSection view={view} />
      <TimelineSection view={view} />
      <Group gap="sm">
        <Button variant="default" size="md" onClick={onRefresh} loading={isRefreshing}>
          {t('lookup.refresh')}
        </Button>
      </Group>
    </Stack>
  );
}

export function LookupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  const key = params.get('key')?.trim() ?? '';
  const lookup = useLookup(code, key);
  const hasQuery = code !== '' && key !== '';
  const status = lookup.error instanceof ApiError ? lookup.error.status : undefined;
  const isNotFound = status === 404 || status === 400;
  const isTooMany = status === 429;
  usePageTitle(lookup.data ? `${t('lookup.title')}: ${lookup.data.code}` : t('lookup.title'));

  const search = (nextCode: string, nextKey: string) => {
    if (nextCode === code && nextKey === key) void lookup.refetch();
    else setParams({ code: nextCode, key: nextKey });
  };

  return (
    <Stack gap="md" className="citizen-page">
      <Title order={1}>{t('lookup.title')}</Title>
      {hasQuery && lookup.isPending && <LoadingState label={t('lookup.loading')} />}
      {isNotFound && (
        <Alert color="crimson" variant="light" role="alert" title={t('lookup.notFound')}>
          {t('lookup.notFoundHint')}
        </Alert>
      )}
      {isTooMany && (
        <Alert
          color="yellow"
          variant="light"
          className="citizen-warning"
          role="alert"
          title={t('lookup.tooManyTitle')}
        >
          {t('lookup.tooMany')}
        </Alert>
      )}
      {lookup.isError && !isNotFound && !isTooMany && (
        <ErrorState error={lookup.error} onRetry={() => void lookup.refetch()} />
      )}
      {lookup.data && (
        <>
          <LookupResult
            view={lookup.data}
            lookupKey={key}
            isRefreshing={lookup.isFetching}
            onRefresh={() => void lookup.refetch()}
          />
          <Text size="sm" c="dark.4">
            {t('lookup.keepPrivate')}
          </Text>
          <Button
            variant="subtle"
            size="md"
            px={0}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setParams({})}
          >
            {t('lookup.another')}
          </Button>
        </>
      )}
      {(!hasQuery || lookup.isError) && (
        <LookupForm
          // A new search from the URL starts the form over with its values.
          key={`${code}|${key}`}
          initialCode={code}
          initialKey={key}
          onLookup={search}
          isBusy={lookup.isFetching}
        />
      )}
    </Stack>
  );
}
