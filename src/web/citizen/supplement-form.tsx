// Answering a supplement request from the lookup page: exactly the items the officer asked for, files for each
// (attached to a component of the procedure the citizen picks), an optional note, then back to the officer.
import { Alert, Button, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http/client.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { type DocumentRef, type LookupView, lookupKey, sendSupplement } from './citizen-api.ts';
import { CitizenSection } from './citizen-section.tsx';
import { UploadSlot } from './upload-slot.tsx';
import { useProcedureByCode } from './use-procedure-by-code.ts';
import { doneIn, isAnyUploading, useUploads } from './use-uploads.ts';

type Problem = 'noFiles' | 'uploading' | 'notAsked' | 'tooMany' | 'invalid' | 'server' | 'network';

const slotOfItem = (index: number) => `item-${index}`;

export function SupplementForm({
  view,
  lookupKey: key,
  onSent,
}: {
  view: LookupView;
  lookupKey: string;
  /** Called once the papers went through, with the dossier's new status: the page says so. */
  onSent: (status: LookupView['status']) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const request = view.request ?? { items: [], reason: '' };
  // An officer may have asked in one sentence: still one place to attach files.
  const items = request.items.length > 0 ? request.items : [t('supplement.anyItem')];
  const found = useProcedureByCode(view.procedureCode);
  const components = found.procedure?.documents ?? [];
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const [note, setNote] = useState('');
  const [reported, setProblem] = useState<Problem>();
  const uploads = useUploads();
  // "Still uploading" and "no files" go away by themselves once files are up.
  const isSettled = !isAnyUploading(uploads.items) && uploads.items.some((item) => item.status === 'done');
  const problem = (reported === 'uploading' || reported === 'noFiles') && isSettled ? undefined : reported;
  const componentOf = (index: number) => chosen[index] ?? String(components[0]?.id ?? '');

  const send = useMutation({
    mutationFn: (documents: DocumentRef[]) =>
      sendSupplement(view.code, key, { documents, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: (next) => {
      queryClient.setQueryData(lookupKey(view.code, key), next);
      onSent(next.status);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setProblem('notAsked');
        void queryClient.invalidateQueries({ queryKey: lookupKey(view.code, key) });
      } else if (error instanceof ApiError) {
        setProblem(error.status === 429 ? 'tooMany' : error.status >= 500 ? 'server' : 'invalid');
      } else setProblem('network');
    },
  });

  const submit = () => {
    setProblem(undefined);
    const documents = items.flatMap((_, index) =>
      doneIn(uploads.items, slotOfItem(index)).map((file) => ({
        componentId: Number(componentOf(index)),
        fileId: file.id,
      })),
    );
    if (isAnyUploading(uploads.items)) return setProblem('uploading');
    if (documents.length === 0) return setProblem('noFiles');
    send.mutate(documents);
  };

  return (
    <CitizenSection id="lookup-supplement" title={t('supplement.title')} tone="attention">
      <Stack gap="md">
        {request.reason && (
          <div>
            <Text fw={600}>{t('supplement.reason')}</Text>
            <Text lang="vi" className="wrap-anywhere" data-testid="supplement-reason">
              {request.reason}
            </Text>
          </div>
        )}
        <Text fw={600}>{t('supplement.itemsIntro', { count: items.length })}</Text>
        {found.isPending && <LoadingState />}
        {found.error && <ErrorState error={found.error} onRetry={found.refetch} />}
        {!found.isPending && !found.error && components.length === 0 && (
          <Alert color="crimson" variant="light" role="alert">
            {t('supplement.noComponents')}
          </Alert>
        )}
        {components.length > 0 && (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <Stack gap="md">
              <ol className="plain-list citizen-checklist">
                {items.map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the officer's items are a fixed list
                  <li key={index} className="citizen-card" data-item={index}>
                    <Text fw={700} lang="vi" className="wrap-anywhere" mb={6}>
                      {index + 1}. {item}
                    </Text>
                    {components.length > 1 && (
                      <NativeSelect
                        label={t('supplement.component')}
                        size="md"
                        mb="xs"
                        data={components.map((c) => ({ value: String(c.id), label: c.name }))}
                        value={componentOf(index)}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          setChosen((current) => ({ ...current, [index]: value }));
                        }}
                        aria-label={t('supplement.componentFor', { item })}
                      />
                    )}
                    <UploadSlot slot={slotOfItem(index)} label={item} uploads={uploads} />
                  </li>
                ))}
              </ol>
              <Textarea
                label={t('supplement.note')}
                size="md"
                autosize
                minRows={2}
                maxRows={6}
                maxLength={2000}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              {problem && (
                <Alert color="crimson" variant="light" role="alert" title={t('supplement.notSent')}>
                  {t(`supplement.problem.${problem}`)}
                </Alert>
              )}
              <Button type="submit" size="lg" fullWidth loading={send.isPending}>
                {t('supplement.send')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </CitizenSection>
  );
}
