// User management (/can-bo/nguoi-dung) for unit and province administrators: list, add, disable.
import { Alert, Badge, Button, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../catalog/option-filter.ts';
import { useUnits } from '../http/catalog-queries.ts';
import { isMissing, type ManagedUser, useUpdateUser, useUsers } from '../http/staff-queries.ts';
import { NotAllowed } from '../staff/not-allowed.tsx';
import { useStaffUser } from '../staff/staff-context.tsx';
import { canManageUsers, hasRole, managedUnitIds } from '../staff/staff-roles.ts';
import { MutationError } from '../ui/mutation-error.tsx';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { AddUserForm } from '../users/add-user-form.tsx';

function UserRows({
  users,
  unitName,
  update,
}: {
  users: ManagedUser[];
  unitName: (id: number) => string;
  update: ReturnType<typeof useUpdateUser>;
}) {
  const { t } = useTranslation();
  const me = useStaffUser();
  return (
    <Table.Tbody>
      {users.map((user) => (
        <Table.Tr key={user.id} data-disabled={user.isDisabled || undefined}>
          <Table.Td>{user.username}</Table.Td>
          <Table.Td>{user.fullName}</Table.Td>
          <Table.Td>
            {user.roles.map((grant) => (
              <Text size="sm" key={`${grant.role}-${grant.unitId}`}>
                {t('staff.roleAt', { role: t(`role.${grant.role}`), unit: unitName(grant.unitId) })}
              </Text>
            ))}
          </Table.Td>
          <Table.Td>
            <Badge color={user.isDisabled ? 'gray' : 'teal'} variant="light">
              {user.isDisabled ? t('users.disabled') : t('users.active')}
            </Badge>
          </Table.Td>
          <Table.Td>
            {user.id !== me.id && (
              <Button
                size="compact-sm"
                variant={user.isDisabled ? 'light' : 'outline'}
                color={user.isDisabled ? undefined : 'crimson'}
                loading={update.isPending && update.variables?.id === user.id}
                aria-label={
                  user.isDisabled
                    ? t('users.enableOf', { name: user.fullName })
                    : t('users.disableOf', { name: user.fullName })
                }
                onClick={() => update.mutate({ id: user.id, patch: { isDisabled: !user.isDisabled } })}
              >
                {user.isDisabled ? t('users.enable') : t('users.disable')}
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}

function UsersOfUnit({ unitId, unitName }: { unitId: number; unitName: (id: number) => string }) {
  const { t } = useTranslation();
  const users = useUsers(unitId);
  const update = useUpdateUser();
  if (users.isPending) return <LoadingState />;
  if (users.isError && isMissing(users.error))
    return (
      <Alert color="orange" variant="light" role="status">
        {t('users.unavailable')}
      </Alert>
    );
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (users.data.items.length === 0) return <Text c="dark.4">{t('users.empty')}</Text>;
  return (
    <>
      {update.isError && <MutationError error={update.error} />}
      <Table striped withTableBorder verticalSpacing={6}>
        <Table.Caption className="visually-hidden">
          {t('users.listCaption', { unit: unitName(unitId) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.username')}</Table.Th>
            <Table.Th>{t('users.fullName')}</Table.Th>
            <Table.Th>{t('users.roles')}</Table.Th>
            <Table.Th w={150}>{t('users.state')}</Table.Th>
            <Table.Th w={150}>
              <span className="visually-hidden">{t('dossier.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <UserRows users={users.data.items} unitName={unitName} update={update} />
      </Table>
    </>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const user = useStaffUser();
  const units = useUnits();
  const managed = useMemo(() => managedUnitIds(user, units.data?.items ?? []), [user, units.data]);
  const [chosen, setChosen] = useState<number>();
  const unitId = chosen ?? managed[0];
  const unitName = (id: number) => units.data?.items.find((unit) => unit.id === id)?.name ?? `#${id}`;

  if (!canManageUsers(user)) return <NotAllowed />;
  if (units.isPending) return <LoadingState />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('users.title')}
      </Title>
      <Select
        label={t('users.unit')}
        data={managed.map((id) => ({ value: String(id), label: unitName(id) }))}
        value={unitId !== undefined ? String(unitId) : null}
        onChange={(value) => value && setChosen(Number(value))}
        searchable
        filter={foldedOptionsFilter}
        allowDeselect={false}
        maw={420}
        comboboxProps={{ withinPortal: true }}
      />
      {unitId !== undefined && (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="users-list">
            <Title order={2} size="h4" id="users-list" mb="xs">
              {t('users.listCaption', { unit: unitName(unitId) })}
            </Title>
            <UsersOfUnit unitId={unitId} unitName={unitName} />
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="users-add">
            <Title order={2} size="h4" id="users-add" mb="xs">
              {t('users.addTitle')}
            </Title>
            <AddUserForm unitId={unitId} isProvinceAdmin={hasRole(user, 'province-admin')} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
