// The dialog behind one action button: that action's fields, Ctrl+Enter to confirm, Esc to cancel.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierAction } from '../../domain/dossier/lifecycle.ts';
import { useProcedure, useUnits } from '../http/catalog-queries.ts';
import { ApiError } from '../http/client.ts';
import { type DossierView, useDossierAction } from '../http/dossier-queries.ts';
import { useLifecycleText } from '../staff/lifecycle-text.ts';
import { MutationError } from '../ui/mutation-error.tsx';
import {
  type ActionErrors,
  type ActionField,
  actionFields,
  buildActionBody,
  cautionActions,
  type DeliveryMethod,
  emptyActionDraft,
  fieldOfServerPath,
  transferTarget,
} from './action-body.ts';
import { AssigneeField } from './assignee-field.tsx';

interface ActionDialogProps {
  action: DossierAction;
  dossier: DossierView;
  onClose: () => void;
  onDone: (action: DossierAction) => void;
  onConflict: () => void;
}

function SupplementDocuments({
  procedureId,
  value,
  onChange,
}: {
  procedureId: number;
  value: number[];
  onChange: (value: number[]) => void;
}) {
  const { t } = useTranslation();
  const procedure = useProcedure(String(procedureId));
  return (
    <Checkbox.Group
      label={t('actionForm.supplementDocuments')}
      value={value.map(String)}
      onChange={(next) => onChange(next.map(Number))}
    >
      <Stack gap={6} mt={4}>
        {(procedure.data?.documents ?? []).map((document) => (
          <Checkbox key={document.id} value={String(document.id)} label={document.name} lang="vi" />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function ActionDialog({ action, dossier, onClose, onDone, onConflict }: ActionDialogProps) {
  const { t } = useTranslation();
  const lifecycle = useLifecycleText();
  const units = useUnits();
  const mutation = useDossierAction(dossier.code);
  const [draft, setDraft] = useState(() => emptyActionDraft(dossier));
  const [errors, setErrors] = useState<ActionErrors>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<ActionField, string>>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const fields: readonly ActionField[] = actionFields[action];
  const label = lifecycle.action(action);
  const set = (patch: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...patch }));
  const errorOf = (field: ActionField) => {
    const key = errors[field];
    if (key) return t(`actionForm.errors.${key}`);
    const message = serverErrors[field];
    return message ? t('actionForm.errors.invalid', { message }) : undefined;
  };
  const unitName = (id: number) => units.data?.items.find((unit) => unit.id === id)?.name ?? `#${id}`;
  const assigneeUnit =
    action === 'transfer' ? Number(draft.unitId) || transferTarget(dossier) : dossier.currentUnitId;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (mutation.isPending) return;
    const built = buildActionBody(action, dossier, draft);
    setServerErrors({});
    setOtherErrors([]);
    if ('errors' in built) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    mutation.mutate(
      { action, body: built.body },
      {
        onSuccess: () => onDone(action),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          // A 409 with our own version is no race: the status or the step refuses the action (e.g. "last step").
          if (error.status === 409 && error.problem.version !== dossier.version) onConflict();
          if (error.status === 409 && error.problem.version === dossier.version)
            setOtherErrors([t('actionForm.errors.refused', { detail: error.problem.detail ?? '' })]);
          if (error.status === 400) {
            const fieldMessages: Partial<Record<ActionField, string>> = {};
            const other: string[] = [];
            for (const item of error.problem.errors ?? []) {
              const field = fieldOfServerPath(item.path);
              if (field && fields.includes(field)) fieldMessages[field] = item.message;
              else other.push(item.message);
            }
            if (!error.problem.errors?.length && error.problem.detail) other.push(error.problem.detail);
            setServerErrors(fieldMessages);
            setOtherErrors(other);
          }
        },
      },
    );
  };

  const failed =
    mutation.error && !(mutation.error instanceof ApiError && [400, 409].includes(mutation.error.status));
  const isCaution = cautionActions.includes(action);

  return (
    <Modal opened onClose={onClose} title={label} size="lg" centered>
      <form
        onSubmit={submit}
        noValidate
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
        }}
      >
        <Stack gap="sm">
          {otherErrors.length > 0 && (
            <Alert color="crimson" variant="light" role="alert">
              {otherErrors.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          )}
          {failed && <MutationError error={mutation.error} />}
          {fields.includes('unitId') && (
            <NativeSelect
              label={t('actionForm.unit')}
              value={draft.unitId}
              onChange={(event) => set({ unitId: event.currentTarget.value, assigneeId: '' })}
              data={[{ value: String(transferTarget(dossier)), label: unitName(transferTarget(dossier)) }]}
              error={errorOf('unitId')}
              data-autofocus
            />
          )}
          {fields.includes('assignee') && (
            <AssigneeField
              unitId={assigneeUnit}
              value={draft.assigneeId}
              onChange={(assigneeId) => set({ assigneeId })}
              error={errorOf('assignee')}
            />
          )}
          {fields.includes('department') && (
            <TextInput
              label={t('actionForm.department')}
              value={draft.department}
              maxLength={200}
              onChange={(event) => set({ department: event.currentTarget.value })}
              error={errorOf('department')}
            />
          )}
          {fields.includes('reasons') && (
            <Textarea
              label={t('actionForm.reasons')}
              required
              autosize
              minRows={3}
              value={draft.reasons}
              onChange={(event) => set({ reasons: event.currentTarget.value })}
              error={errorOf('reasons')}
              data-autofocus
            />
          )}
          {fields.includes('items') && (
            <Textarea
              label={t('actionForm.items')}
              required
              autosize
              minRows={3}
              value={draft.items}
              onChange={(event) => set({ items: event.currentTarget.value })}
              error={errorOf('items')}
              data-autofocus
            />
          )}
          {fields.includes('reason') && (
            <Textarea
              label={action === 'withdraw' ? t('actionForm.reasonOptional') : t('actionForm.reason')}
              required={action !== 'withdraw'}
              autosize
              minRows={2}
              value={draft.reason}
              onChange={(event) => set({ reason: event.currentTarget.value })}
              error={errorOf('reason')}
              data-autofocus={action !== 'request-supplement' || undefined}
            />
          )}
          {fields.includes('newDueAt') && (
            <TextInput
              type="datetime-local"
              label={t('actionForm.newDueAt')}
              required
              value={draft.newDueAt}
              onChange={(event) => set({ newDueAt: event.currentTarget.value })}
              error={errorOf('newDueAt')}
            />
          )}
          {fields.includes('documents') && (
            <SupplementDocuments
              procedureId={dossier.procedureId}
              value={draft.supplementComponents}
              onChange={(supplementComponents) => set({ supplementComponents })}
            />
          )}
          {fields.includes('resultName') && (
            <TextInput
              label={t('actionForm.resultName')}
              value={draft.resultName}
              maxLength={300}
              onChange={(event) => set({ resultName: event.currentTarget.value })}
              error={errorOf('resultName')}
              data-autofocus
            />
          )}
          {fields.includes('method') && (
            <div>
              <Text component="span" size="sm" fw={500} id="deliver-method-label">
                {t('actionForm.method')}
              </Text>
              <SegmentedControl
                aria-labelledby="deliver-method-label"
                fullWidth
                value={draft.method}
                onChange={(method) => set({ method: method as DeliveryMethod })}
                data={(['counter', 'post', 'electronic'] as const).map((method) => ({
                  value: method,
                  label: t(`deliveryMethod.${method}`),
                }))}
              />
            </div>
          )}
          {fields.includes('recipientName') && (
            <TextInput
              label={t('actionForm.recipientName')}
              value={draft.recipientName}
              maxLength={200}
              onChange={(event) => set({ recipientName: event.currentTarget.value })}
              error={errorOf('recipientName')}
              data-autofocus
            />
          )}
          <Textarea
            label={action === 'return' ? t('actionForm.noteRequired') : t('actionForm.note')}
            required={action === 'return'}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.note}
            onChange={(event) => set({ note: event.currentTarget.value })}
            error={errorOf('note')}
            data-autofocus={fields.length === 1 || action === 'receive-supplement' || undefined}
          />
          <Text size="xs" c="dark.4">
            {t('actionForm.ctrlEnter')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('actionForm.cancel')}
            </Button>
            <Button type="submit" color={isCaution ? 'crimson' : undefined} loading={mutation.isPending}>
              {t('actionForm.confirm', { action: label })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
