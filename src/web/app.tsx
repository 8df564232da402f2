// The app root: Mantine theme, TanStack Query client, public routes and the staff area (/can-bo, lazy).
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { meKey } from './http/auth-queries.ts';
import { ApiError, shouldRetry } from './http/client.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { StaffLayout } from './layout/staff-layout.tsx';
import { CatalogPage } from './pages/catalog-page.tsx';
import { CrashPage } from './pages/crash-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ProcedurePage } from './pages/procedure-page.tsx';
import { useStaffUser } from './staff/staff-context.tsx';
import { homePath } from './staff/staff-roles.ts';
import { theme } from './theme.ts';

/** A staff request answered 401: the session ended, so the guard sends the officer to sign in again. */
function onSessionLost(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && window.location.pathname.startsWith('/can-bo')) {
    queryClient.setQueryData(meKey, null);
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionLost }),
  mutationCache: new MutationCache({ onError: onSessionLost }),
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

function StaffHome() {
  return <Navigate to={homePath(useStaffUser())} replace />;
}

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        // A crash inside a page keeps the header, so the visitor can still go elsewhere.
        errorElement: <CrashPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'thu-tuc', element: <CatalogPage /> },
          { path: 'thu-tuc/:id', element: <ProcedurePage /> },
          {
            path: 'nop-ho-so/:procedureId',
            lazy: async () => ({ Component: (await import('./pages/submit-page.tsx')).SubmitPage }),
          },
          {
            path: 'tra-cuu',
            lazy: async () => ({ Component: (await import('./pages/lookup-page.tsx')).LookupPage }),
          },
          {
            path: 'thong-ke',
            lazy: async () => ({
              Component: (await import('./pages/public-stats-page.tsx')).PublicStatsPage,
            }),
          },
          {
            path: 'dang-nhap',
            lazy: async () => ({ Component: (await import('./pages/sign-in-page.tsx')).SignInPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    path: 'can-bo',
    element: <StaffLayout />,
    children: [
      {
        errorElement: <CrashPage />,
        children: [
          { index: true, element: <StaffHome /> },
          {
            path: 'tiep-nhan',
            lazy: async () => ({ Component: (await import('./pages/counter-page.tsx')).CounterPage }),
          },
          {
            path: 'ho-so',
            lazy: async () => ({ Component: (await import('./pages/work-list-page.tsx')).WorkListPage }),
          },
          {
            path: 'ho-so/:code',
            lazy: async () => ({ Component: (await import('./pages/dossier-page.tsx')).DossierPage }),
          },
          {
            path: 'thong-ke',
            lazy: async () => ({ Component: (await import('./pages/dashboard-page.tsx')).DashboardPage }),
          },
          {
            path: 'nguoi-dung',
            lazy: async () => ({ Component: (await import('./pages/users-page.tsx')).UsersPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
