// The counter (/can-bo/tiep-nhan): procedure → documents → applicant → channel → receive (Ctrl+Enter).
import {
  Alert,
  Button,
  Grid,
  Group,
  Kbd,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogFormat } from '../catalog/format.ts';
import { ApplicantFields } from '../counter/applicant-fields.tsx';
import {
  type ApplicantDraft,
  buildCounterBody,
  type DocumentDraft,
  documentDrafts,
  emptyApplicant,
  type FieldErrors,
  type FieldKey,
  fieldErrorsFromProblem,
  missingRequired,
  validateApplicant,
} from '../counter/counter-form.ts';
import { DocumentChecklist } from '../counter/document-checklist.tsx';
import { ProcedurePicker } from '../counter/procedure-picker.tsx';
import { ReceptionDone } from '../counter/reception-done.tsx';
import { type ProcedureSummary, useProcedure, useUnits } from '../http/catalog-queries.ts';
import { ApiError } from '../http/client.ts';
import { type DossierView, formPath, useCounterReception } from '../http/dossier-queries.ts';
import { NotAllowed } from '../staff/not-allowed.tsx';
import { useStaffUser } from '../staff/staff-context.tsx';
import { receptionUnitId } from '../staff/staff-roles.ts';
import { MutationError } from '../ui/mutation-error.tsx';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="sm">
      <Title order={2} id={id} size="h4" mb={6}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function CounterDesk({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const [procedure, setProcedure] = useState<ProcedureSummary | null>(null);
  const detail = useProcedure(procedure ? String(procedure.id) : undefined);
  const [documents, setDocuments] = useState<DocumentDraft[]>([]);
  const [applicant, setApplicant] = useState<ApplicantDraft>(emptyApplicant);
  const [channel, setChannel] = useState<'counter' | 'post'>('counter');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<DossierView | null>(null);
  const reception = useCounterReception();
  const formRef = useRef<HTMLFormElement>(null);
  const procedureRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  // A new procedure brings its own checklist, the required documents ticked.
  useEffect(() => {
    if (detail.data) setDocuments(documentDrafts(detail.data.documents));
  }, [detail.data]);

  // After a refused submit, put the cursor on the first field to correct.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const chooseProcedure = (next: ProcedureSummary | null) => {
    setProcedure(next);
    setDocuments([]);
    setErrors((current) => ({ ...current, procedure: undefined }));
    // The required documents are ticked already: the next thing to type is the applicant's name.
    if (next) window.setTimeout(() => nameRef.current?.focus(), 0);
  };

  const submit = () => {
    if (reception.isPending || done) return;
    const found = validateApplicant(applicant);
    if (!procedure) found.procedure = true;
    const absent = missingRequired(documents);
    setErrors(found);
    setMissing(absent);
    setServerErrors([]);
    if (Object.keys(found).length > 0 || absent.length > 0 || !procedure || !detail.data) {
      setAttempt((n) => n + 1);
      return;
    }
    reception.mutate(buildCounterBody({ procedureId: procedure.id, channel, applicant, documents, note }), {
      onSuccess: (view) => {
        setDone(view);
        // The slip opens beside the app for printing; the link on the result stays if a blocker stops it.
        window.open(formPath(view.code, 'receipt'), '_blank', 'noopener');
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400) {
          const mapped = fieldErrorsFromProblem(error.problem);
          setErrors(mapped.fields);
          setServerErrors(mapped.other);
          setAttempt((n) => n + 1);
        }
      },
    });
  };

  const reset = () => {
    setDone(null);
    setProcedure(null);
    setDocuments([]);
    setApplicant(emptyApplicant);
    setChannel('counter');
    setNote('');
    setErrors({});
    setMissing([]);
    setServerErrors([]);
    reception.reset();
    window.setTimeout(() => procedureRef.current?.focus(), 0);
  };

  useHotkeys(
    [
      ['mod+Enter', submit, { preventDefault: true }],
      ['alt+N', () => done && reset(), { preventDefault: true }],
    ],
    [],
  );

  if (done) return <ReceptionDone dossier={done} onNext={reset} />;

  const hasErrors = Object.values(errors).some(Boolean) || missing.length > 0 || serverErrors.length > 0;
  const failed = reception.error && !(reception.error instanceof ApiError && reception.error.status === 400);

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        // A stray Enter in a field must not receive the dossier: that is Ctrl+Enter or the button.
        const target = event.target as HTMLElement;
        if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && target.tagName === 'INPUT') {
          event.preventDefault();
        }
      }}
    >
      {hasErrors && (
        <Alert color="crimson" variant="light" role="alert" mb="sm" py="xs">
          <Text size="sm" fw={700}>
            {t('counter.fixErrors')}
          </Text>
          {missing.length > 0 && (
            <Text size="sm">{t('counter.missingRequired', { names: missing.join('; ') })}</Text>
          )}
          {serverErrors.map((message) => (
            <Text size="sm" key={message}>
              {message}
            </Text>
          ))}
        </Alert>
      )}
      {failed && <MutationError error={reception.error} />}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Panel id="counter-procedure" title={t('counter.procedureSection')}>
              <ProcedurePicker
                ref={procedureRef}
                unitId={unitId}
                value={procedure}
                onChange={chooseProcedure}
                error={errors.procedure ? t('counter.errors.procedure') : undefined}
              />
              {detail.data && (
                <Stack gap={2} mt="xs">
                  <Text size="sm" fw={600} lang="vi">
                    {detail.data.name}
                  </Text>
                  <Text size="sm">
                    {detail.data.code} ·{' '}
                    {t('counter.processingTime', {
                      time: format.processingTime(detail.data.processingTime, detail.data.processingTimeUnit),
                    })}
                  </Text>
                  {detail.data.isInterLevel && detail.data.receivingLevel && (
                    <Text size="sm">
                      {t('counter.interLevel', {
                        receiving: format.levelInline(detail.data.receivingLevel),
                        resolving: format.levelInline(detail.data.level),
                      })}
                    </Text>
                  )}
                </Stack>
              )}
            </Panel>
            <Panel id="counter-documents" title={t('counter.documentsSection')}>
              {!procedure && <Text c="dark.4">{t('counter.pickProcedureFirst')}</Text>}
              {procedure && detail.isPending && <LoadingState />}
              {procedure && detail.isError && (
                <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
              )}
              {procedure && detail.data && (
                <DocumentChecklist
                  documents={documents}
                  onChange={(next) => {
                    setDocuments(next);
                    setMissing(missingRequired(next).filter((name) => missing.includes(name)));
                  }}
                />
              )}
            </Panel>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <Panel id="counter-applicant" title={t('counter.applicantSection')}>
              <ApplicantFields
                value={applicant}
                onChange={(patch) => {
                  setApplicant((current) => ({ ...current, ...patch }));
                  // A corrected field loses its error at once; the others keep theirs until the next try.
                  setErrors((current) => {
                    const next = { ...current };
                    for (const key of Object.keys(patch)) delete next[key as FieldKey];
                    return next;
                  });
                }}
                errors={errors}
                nameRef={nameRef}
              />
            </Panel>
            <Panel id="counter-channel" title={t('counter.channelSection')}>
              <Stack gap="sm">
                <SegmentedControl
                  aria-label={t('counter.channel')}
                  fullWidth
                  value={channel}
                  onChange={(value) => setChannel(value === 'post' ? 'post' : 'counter')}
                  data={[
                    { value: 'counter', label: t('channel.counter') },
                    { value: 'post', label: t('channel.post') },
                  ]}
                />
                <Textarea
                  label={t('counter.note')}
                  autosize
                  minRows={1}
                  maxRows={4}
                  maxLength={2000}
                  value={note}
                  onChange={(event) => setNote(event.currentTarget.value)}
                />
                <Button type="submit" size="lg" loading={reception.isPending}>
                  {t('counter.submit')}&nbsp;
                  <Kbd size="xs" className="button-kbd">
                    {t('counter.submitShortcut')}
                  </Kbd>
                </Button>
              </Stack>
            </Panel>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function CounterPage() {
  const { t } = useTranslation();
  const user = useStaffUser();
  usePageTitle(t('counter.title'));
  const unitId = receptionUnitId(user);
  const units = useUnits();
  const unitName = units.data?.items.find((unit) => unit.id === unitId)?.name ?? '';
  if (unitId === undefined) return <NotAllowed text={t('counter.noReceptionRole')} />;
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t('counter.title')}
        </Title>
        <Text c="dark.5" fw={600}>
          {t('counter.atUnit', { unit: unitName })}
        </Text>
      </Group>
      <CounterDesk unitId={unitId} />
    </Stack>
  );
}
