// Staff sign-in (/dang-nhap); afterwards back to the page that asked for it, or the officer's home.
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe, useSignIn } from '../http/auth-queries.ts';
import { ApiError } from '../http/client.ts';
import { homePath, safeNextPath } from '../staff/staff-roles.ts';
import { LoadingState } from '../ui/query-state.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const next = safeNextPath(search.get('next'));

  if (me.isPending) return <LoadingState />;
  if (me.data && !signIn.isPending && !signIn.isSuccess)
    return <Navigate to={next ?? homePath(me.data)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    signIn.mutate(
      { username: username.trim(), password },
      { onSuccess: (user) => void navigate(next ?? homePath(user), { replace: true }) },
    );
  };

  let error: string | undefined;
  if (missing) error = t('signIn.required');
  else if (signIn.error instanceof ApiError && signIn.error.status === 429) error = t('signIn.locked');
  else if (signIn.error instanceof ApiError && signIn.error.status < 500) error = t('signIn.wrongPassword');
  else if (signIn.error instanceof ApiError) error = t('app.errorServer');
  else if (signIn.error) error = t('app.errorNetwork');

  return (
    <Paper withBorder p="xl" maw={440} mx="auto" mt="md" component="section" aria-labelledby="sign-in-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={1} id="sign-in-title">
            {t('signIn.title')}
          </Title>
          <Text c="dark.4">{t('signIn.intro')}</Text>
          {next && <Text size="sm">{t('signIn.toContinue')}</Text>}
          {error && (
            <Alert color="crimson" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            data-autofocus
            autoFocus
            required
          />
          <PasswordInput
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            required
          />
          <Button type="submit" size="md" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
