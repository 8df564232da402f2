// The online submission form: unit → requirements → applicant → documents with uploads → send; errors per field.
import { Alert, Button, Checkbox, List, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../http/catalog-queries.ts';
import { ApiError } from '../http/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApplicantSection, fieldId } from './applicant-section.tsx';
import { type SubmissionAnswer, submitDossier } from './citizen-api.ts';
import { CitizenSection } from './citizen-section.tsx';
import { DocumentSection, documentCardId, slotOfComponent } from './document-section.tsx';
import { RequirementsSummary } from './requirements-summary.tsx';
import {
  type ApplicantDraft,
  type DocumentSlot,
  documentRefs,
  emptyApplicant,
  errorsFromProblem,
  type FormErrors,
  type FormField,
  firstErrorField,
  missingDocuments,
  submissionBody,
  validateApplicant,
} from './submission-form.ts';
import { UnitChoice } from './unit-choice.tsx';
import { useLeaveGuard } from './use-leave-guard.ts';
import { doneIn, isAnyUploading, useUploads } from './use-uploads.ts';

export interface SubmittedDossier extends SubmissionAnswer {
  procedureId: number;
  procedureName: string;
  unitName: string;
  /** The key was emailed too. */
  hasEmail: boolean;
}

type SendProblem = 'uploading' | 'tooMany' | 'tooLarge' | 'server' | 'network' | 'invalid';

function focusField(field: FormField, firstMissing: number | undefined): void {
  const id =
    field === 'documents' && firstMissing !== undefined ? documentCardId(firstMissing) : fieldId(field);
  const element = document.getElementById(id);
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}

export function OnlineForm({
  procedure,
  onSubmitted,
}: {
  procedure: ProcedureDetail;
  onSubmitted: (dossier: SubmittedDossier) => void;
}) {
  const { t, i18n } = useTranslation();
  const [unitId, setUnitId] = useState(() =>
    procedure.units.length === 1 ? String(procedure.units[0]?.id) : '',
  );
  const [applicant, setApplicant] = useState<ApplicantDraft>(() =>
    emptyApplicant(currentLanguage(i18n.language)),
  );
  const [note, setNote] = useState('');
  const [hasPledged, setPledged] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [isChecked, setChecked] = useState(false);
  const [reported, setProblem] = useState<{ kind: SendProblem; details: string[] }>();
  const uploads = useUploads();
  // "Still uploading" goes away by itself once the files are up.
  const problem = reported?.kind === 'uploading' && !isAnyUploading(uploads.items) ? undefined : reported;

  const slots: DocumentSlot[] = procedure.documents.map((document) => ({
    componentId: document.id,
    name: document.name,
    isRequired: document.required,
    note: document.note,
  }));
  const filesOf = (componentId: number) => doneIn(uploads.items, slotOfComponent(componentId));
  // A document whose file is still on its way is not flagged as missing.
  const missing = isChecked
    ? missingDocuments(slots, filesOf).filter(
        (slot) =>
          !uploads.items.some(
            (item) => item.slot === slotOfComponent(slot.componentId) && item.status === 'uploading',
          ),
      )
    : [];

  const send = useMutation({
    mutationFn: submitDossier,
    onSuccess: (answer) => {
      const unit = procedure.units.find((u) => String(u.id) === unitId);
      onSubmitted({
        ...answer,
        procedureId: procedure.id,
        procedureName: procedure.name,
        unitName: unit?.name ?? '',
        hasEmail: applicant.email.trim() !== '',
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        const mapped = errorsFromProblem(error.problem);
        setErrors(mapped.fields);
        // Field errors speak for themselves; anything else is listed as the server wrote it.
        if (mapped.other.length > 0 || Object.keys(mapped.fields).length === 0)
          setProblem({ kind: 'invalid', details: mapped.other });
        const first = firstErrorField(mapped.fields);
        if (first) focusField(first, missingDocuments(slots, filesOf)[0]?.componentId);
        return;
      }
      let kind: SendProblem = 'network';
      if (error instanceof ApiError)
        kind = error.status === 429 ? 'tooMany' : error.status === 413 ? 'tooLarge' : 'server';
      setProblem({ kind, details: [] });
    },
  });

  const change = (patch: Partial<ApplicantDraft>) => {
    setApplicant((draft) => ({ ...draft, ...patch }));
    // A corrected field stops showing its error; the others keep theirs until the next try.
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key as FormField];
      if ('hasRepresentative' in patch) {
        delete next.representativeName;
        delete next.representativeIdNumber;
        delete next.representativePhone;
      }
      return next;
    });
  };

  const submit = () => {
    setChecked(true);
    setProblem(undefined);
    const found: FormErrors = validateApplicant(applicant);
    if (!unitId) found.unit = true;
    if (!hasPledged) found.pledge = true;
    setErrors(found);
    // Missing documents are not kept among the errors: they are worked out afresh as files arrive.
    const stillMissing = missingDocuments(slots, filesOf);
    const first = firstErrorField(stillMissing.length > 0 ? { ...found, documents: true } : found);
    if (first) {
      focusField(first, stillMissing[0]?.componentId);
      return;
    }
    if (isAnyUploading(uploads.items)) {
      setProblem({ kind: 'uploading', details: [] });
      return;
    }
    send.mutate(
      submissionBody({
        procedureId: procedure.id,
        unitId: Number(unitId),
        applicant,
        documents: documentRefs(slots, filesOf),
        note,
      }),
    );
  };

  const isDocumentMissing = missing.length > 0 || errors.documents === true;
  const errorCount =
    Object.keys(errors).filter((field) => field !== 'documents').length + Number(isDocumentMissing);
  const hasTyped = [applicant.name, applicant.idNumber, applicant.phone, applicant.email, note].some(
    (text) => text.trim() !== '',
  );
  useLeaveGuard(!send.isSuccess && (hasTyped || uploads.items.length > 0), t('submit.leaveConfirm'));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <CitizenSection id="submit-unit" step={1} title={t('submit.unitSection')}>
          <UnitChoice
            id={fieldId('unit')}
            units={procedure.units}
            value={unitId}
            onChange={(value) => {
              setUnitId(value);
              setErrors(({ unit: _, ...rest }) => rest);
            }}
            error={errors.unit ? t('submit.errors.unit') : undefined}
          />
        </CitizenSection>
        <CitizenSection id="submit-requirements" step={2} title={t('submit.requirementsSection')}>
          <RequirementsSummary procedure={procedure} />
        </CitizenSection>
        <CitizenSection id="submit-applicant" step={3} title={t('submit.applicantSection')}>
          <ApplicantSection
            value={applicant}
            onChange={change}
            errors={errors}
            allowsOrganisation={procedure.applicantTypes.includes('organisation')}
          />
        </CitizenSection>
        <CitizenSection id="submit-documents" step={4} title={t('submit.documentsSection')}>
          <DocumentSection
            slots={slots}
            uploads={uploads}
            missing={new Set(missing.map((slot) => slot.componentId))}
          />
          {errors.documents && missing.length === 0 && (
            <Text c="crimson.8" fw={600} mt="sm" role="alert">
              {t('submit.errors.documents')}
            </Text>
          )}
        </CitizenSection>
        <CitizenSection id="submit-send" step={5} title={t('submit.sendSection')}>
          <Stack gap="md">
            <Textarea
              label={t('submit.note')}
              description={t('submit.noteHint')}
              inputWrapperOrder={['label', 'description', 'input', 'error']}
              size="md"
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Checkbox
              id={fieldId('pledge')}
              size="md"
              label={t('submit.pledge')}
              checked={hasPledged}
              onChange={(event) => {
                setPledged(event.currentTarget.checked);
                setErrors(({ pledge: _, ...rest }) => rest);
              }}
              error={errors.pledge ? t('submit.errors.pledge') : undefined}
            />
            {errorCount > 0 && (
              <Alert color="crimson" variant="light" role="alert" title={t('submit.checkTitle')}>
                <Text size="sm">{t('submit.checkText', { count: errorCount })}</Text>
              </Alert>
            )}
            {problem && (
              <Alert color="crimson" variant="light" role="alert" title={t('submit.notSentTitle')}>
                <Text size="sm">{t(`submit.problem.${problem.kind}`)}</Text>
                {problem.details.length > 0 && (
                  <List size="sm" mt={4}>
                    {problem.details.map((detail) => (
                      <List.Item key={detail}>{detail}</List.Item>
                    ))}
                  </List>
                )}
              </Alert>
            )}
            <Button type="submit" size="lg" fullWidth loading={send.isPending} loaderProps={{ type: 'dots' }}>
              {t('submit.send')}
            </Button>
            <Text size="sm" c="dark.4">
              {t('submit.afterSend')}
            </Text>
          </Stack>
        </CitizenSection>
      </Stack>
    </form>
  );
}
