// The frame around every public page: skip link, red header with the unit name and language switch, nav, footer.
import { Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { useFocusOnNavigation } from '../ui/use-focus-on-navigation.ts';
import { LanguageSelect } from './language-select.tsx';

export function Emblem() {
  return (
    <svg className="site-brand__emblem" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="23" fill="#c8102e" stroke="#f2c230" strokeWidth="2" />
      <polygon
        fill="#f2c230"
        points="24,9 27.5,19.6 38.7,19.6 29.6,26.2 33.1,36.8 24,30.2 14.9,36.8 18.4,26.2 9.3,19.6 20.5,19.6"
      />
    </svg>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  useFocusOnNavigation();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-topbar">
          <Container size="lg" className="site-topbar__inner">
            <Link to="/dang-nhap" className="site-topbar__link">
              {t('signIn.link')}
            </Link>
            <LanguageSelect />
          </Container>
        </div>
        <Container size="lg" className="site-header__bar">
          <Link to="/" className="site-brand">
            <Emblem />
            <span className="site-brand__name">{t('app.unitName')}</span>
          </Link>
        </Container>
        <nav className="site-nav" aria-label={t('app.mainNav')}>
          <Container size="lg">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/thu-tuc">{t('nav.catalog')}</NavLink>
              </li>
              <li>
                <NavLink to="/tra-cuu">{t('nav.lookup')}</NavLink>
              </li>
              <li>
                <NavLink to="/thong-ke">{t('publicStats.nav')}</NavLink>
              </li>
            </ul>
          </Container>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Container size="lg">
          <Outlet />
        </Container>
      </main>
      <footer className="site-footer">
        <Container size="lg">
          <Text size="sm">{t('app.footer')}</Text>
        </Container>
      </footer>
      <ScrollRestoration />
    </>
  );
}
