// The signed-in area's frame (/can-bo/…): route guard; one compact header row with officer, nav, sign-out.
import { Button, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { type StaffUser, useMe, useSignOut } from '../http/auth-queries.ts';
import { useUnits } from '../http/catalog-queries.ts';
import { StaffProvider } from '../staff/staff-context.tsx';
import { canHandleDossiers, canManageUsers, canReceive } from '../staff/staff-roles.ts';
import { canSeeStats } from '../stats/unit-scope.ts';
import { ErrorState, LoadingState } from '../ui/query-state.tsx';
import { useFocusOnNavigation } from '../ui/use-focus-on-navigation.ts';
import { Emblem } from './app-layout.tsx';
import { LanguageSelect } from './language-select.tsx';
import './staff.css';

function RoleLines({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const units = useUnits();
  const unitName = (id: number) => units.data?.items.find((unit) => unit.id === id)?.name ?? `#${id}`;
  return (
    <span className="staff-user__roles">
      {user.roles.map((grant) => (
        <span key={`${grant.role}-${grant.unitId}`}>
          {t('staff.roleAt', { role: t(`role.${grant.role}`), unit: unitName(grant.unitId) })}
        </span>
      ))}
    </span>
  );
}

function StaffHeader({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const links = [
    canReceive(user) && { to: '/can-bo/tiep-nhan', label: t('staff.counter') },
    (canHandleDossiers(user) || !canManageUsers(user)) && { to: '/can-bo/ho-so', label: t('staff.dossiers') },
    canSeeStats(user) && { to: '/can-bo/thong-ke', label: t('stats.menu') },
    canManageUsers(user) && { to: '/can-bo/nguoi-dung', label: t('staff.users') },
  ].filter((link): link is { to: string; label: string } => Boolean(link));

  return (
    <header className="site-header staff-header">
      <Container size="xl" className="staff-header__bar">
        <Link to="/can-bo" className="site-brand staff-brand">
          <Emblem />
          <span className="staff-brand__name">{t('staff.areaName')}</span>
        </Link>
        <nav aria-label={t('staff.nav')} className="staff-nav">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="staff-user">
          <span className="staff-user__name">{user.fullName}</span>
          <RoleLines user={user} />
        </div>
        <LanguageSelect />
        <Button
          variant="white"
          color="dark"
          size="xs"
          loading={signOut.isPending}
          onClick={() =>
            signOut.mutate(undefined, { onSuccess: () => void navigate('/dang-nhap', { replace: true }) })
          }
        >
          {t('staff.signOut')}
        </Button>
      </Container>
    </header>
  );
}

function StaffFrame({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  useFocusOnNavigation();
  return (
    <StaffProvider user={user}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <StaffHeader user={user} />
      <main id="main" tabIndex={-1} className="staff-main">
        <Container size="xl">
          <Outlet />
        </Container>
      </main>
      <footer className="site-footer staff-footer">
        <Container size="xl">
          <Text size="sm">
            {t('app.footer')} · <Link to="/">{t('staff.publicSite')}</Link>
          </Text>
        </Container>
      </footer>
      <ScrollRestoration />
    </StaffProvider>
  );
}

/** Guard: nobody signed in goes to the sign-in page, which sends them back here afterwards. */
export function StaffLayout() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/dang-nhap?next=${encodeURIComponent(next)}`} replace />;
  }
  return <StaffFrame user={me.data} />;
}
