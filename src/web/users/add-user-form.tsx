// Adds a staff account (username, full name, initial password, one role) at the unit chosen on the page.
import { Alert, Button, Group, PasswordInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http/client.ts';
import { useAddUser } from '../http/staff-queries.ts';
import { MutationError } from '../ui/mutation-error.tsx';
import { grantableRoles, type UserDraft, type UserField, validateUser } from './user-form.ts';

const emptyDraft: UserDraft = { username: '', fullName: '', password: '', role: 'reception' };

export function AddUserForm({ unitId, isProvinceAdmin }: { unitId: number; isProvinceAdmin: boolean }) {
  const { t } = useTranslation();
  const addUser = useAddUser();
  const [draft, setDraft] = useState<UserDraft>(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<UserField, true>>>({});
  const [added, setAdded] = useState<string>();
  const set = (patch: Partial<UserDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const errorOf = (field: UserField) => (errors[field] ? t(`users.errors.${field}`) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateUser(draft);
    setErrors(found);
    setAdded(undefined);
    if (Object.keys(found).length > 0) return;
    addUser.mutate(
      {
        username: draft.username.trim().toLowerCase(),
        fullName: draft.fullName.trim(),
        password: draft.password,
        role: draft.role,
        unitId,
      },
      {
        onSuccess: () => {
          setAdded(draft.fullName.trim());
          setDraft(emptyDraft);
        },
        onError: (error) => {
          if (!(error instanceof ApiError) || error.status !== 400) return;
          const fields: Partial<Record<UserField, true>> = {};
          for (const item of error.problem.errors ?? []) {
            const key = item.path.replace(/^body\./, '');
            if (key === 'username' || key === 'fullName' || key === 'password') fields[key] = true;
          }
          setErrors(fields);
        },
      },
    );
  };

  const isTaken = addUser.error instanceof ApiError && addUser.error.status === 409;
  const isForbidden = addUser.error instanceof ApiError && addUser.error.status === 403;
  const failed =
    addUser.error && !(addUser.error instanceof ApiError && [400, 403, 409].includes(addUser.error.status));

  return (
    <form onSubmit={submit} noValidate>
      {added && (
        <Alert color="teal" variant="light" role="status" mb="sm">
          {t('users.added', { name: added })}
        </Alert>
      )}
      {isTaken && (
        <Alert color="crimson" variant="light" role="alert" mb="sm">
          {t('users.taken')}
        </Alert>
      )}
      {isForbidden && (
        <Alert color="crimson" variant="light" role="alert" mb="sm">
          {t('users.forbidden')}
        </Alert>
      )}
      {failed && <MutationError error={addUser.error} />}
      <SimpleGrid cols={{ base: 1, md: 4 }} spacing="sm">
        <TextInput
          label={t('users.username')}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={draft.username}
          onChange={(event) => set({ username: event.currentTarget.value })}
          error={errorOf('username') ?? (isTaken ? t('users.taken') : undefined)}
        />
        <TextInput
          label={t('users.fullName')}
          required
          value={draft.fullName}
          onChange={(event) => set({ fullName: event.currentTarget.value })}
          error={errorOf('fullName')}
        />
        <PasswordInput
          label={t('users.password')}
          description={t('users.passwordHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          autoComplete="new-password"
          value={draft.password}
          onChange={(event) => set({ password: event.currentTarget.value })}
          error={errorOf('password')}
        />
        <Select
          label={t('users.role')}
          required
          allowDeselect={false}
          data={grantableRoles(isProvinceAdmin).map((role) => ({ value: role, label: t(`role.${role}`) }))}
          value={draft.role}
          onChange={(role) => role && set({ role: role as UserDraft['role'] })}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit" loading={addUser.isPending}>
          {t('users.add')}
        </Button>
      </Group>
    </form>
  );
}
