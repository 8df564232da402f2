// Online submission (/nop-ho-so/:procedureId): the form for one procedure, then its receipt. The receipt rides in
// the history entry's state, so a reload keeps showing the key and Back does not lead to sending twice.
import '../citizen/citizen.css';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { OnlineForm, type SubmittedDossier } from '../citizen/online-form.tsx';
import { SubmissionReceipt } from '../citizen/submission-receipt.tsx';
import { useProcedure } from '../http/catalog-queries.ts';
import { ApiError } from '../http/client.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

function submittedOf(state: unknown, procedureId: string | undefined): SubmittedDossier | undefined {
  if (!state || typeof state !== 'object' || !('submitted' in state)) return undefined;
  const submitted = (state as { submitted?: SubmittedDossier }).submitted;
  return submitted && String(submitted.procedureId) === procedureId ? submitted : undefined;
}

export function SubmitPage() {
  const { t, i18n } = useTranslation();
  const { procedureId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const submitted = submittedOf(location.state, procedureId);
  const procedure = useProcedure(submitted ? undefined : procedureId);
  const data = procedure.data;
  const isNotFound =
    procedure.isError &&
    procedure.error instanceof ApiError &&
    (procedure.error.status === 404 || procedure.error.status === 400);
  const name = data ? (i18n.language === 'en' && data.nameEn ? data.nameEn : data.name) : undefined;
  usePageTitle(submitted ? t('receipt.title') : name ? `${t('submit.title')}: ${name}` : t('submit.title'));

  if (submitted) return <SubmissionReceipt dossier={submitted} />;

  return (
    <Stack gap="md" className="citizen-page">
      <Anchor component={Link} to={procedureId ? `/thu-tuc/${procedureId}` : '/thu-tuc'} fw={600}>
        ← {t('submit.back')}
      </Anchor>
      <Title order={1} className="citizen-title wrap-anywhere">
        <span className="citizen-title__kicker">{t('submit.title')}</span>
        {name && <span lang={i18n.language === 'en' && !data?.nameEn ? 'vi' : undefined}>{name}</span>}
      </Title>
      {procedure.isPending && <LoadingState />}
      {isNotFound && (
        <Alert color="crimson" variant="light" title={t('procedure.notFoundTitle')} role="alert">
          <Text mb="sm">{t('procedure.notFoundText')}</Text>
          <Button component={Link} to="/thu-tuc" variant="outline">
            {t('submit.findAnother')}
          </Button>
        </Alert>
      )}
      {procedure.isError && !isNotFound && (
        <ErrorState error={procedure.error} onRetry={() => void procedure.refetch()} />
      )}
      {data && data.onlineLevel === 'none' && (
        <Alert
          color="yellow"
          variant="light"
          className="citizen-warning"
          title={t('submit.notOnlineTitle')}
          role="alert"
        >
          <Text mb="sm">{t('submit.notOnlineText')}</Text>
          <Button component={Link} to={`/thu-tuc/${data.id}`} variant="outline">
            {t('submit.procedureDetails')}
          </Button>
        </Alert>
      )}
      {data && data.onlineLevel !== 'none' && data.units.length === 0 && (
        <Alert color="yellow" variant="light" className="citizen-warning" role="alert">
          {t('procedure.noUnits')}
        </Alert>
      )}
      {data && data.onlineLevel !== 'none' && data.units.length > 0 && (
        <>
          {data.onlineLevel === 'partial' && (
            <Alert color="blue" variant="light" title={t('submit.partialTitle')}>
              {t('submit.partialText')}
            </Alert>
          )}
          <OnlineForm
            procedure={data}
            onSubmitted={(dossier) =>
              void navigate(location.pathname, { replace: true, state: { submitted: dossier } })
            }
          />
        </>
      )}
    </Stack>
  );
}
