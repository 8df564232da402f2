// The app root: Mantine theme, TanStack Query client and the public routes.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { shouldRetry } from './http/client.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { CatalogPage } from './pages/catalog-page.tsx';
import { CrashPage } from './pages/crash-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ProcedurePage } from './pages/procedure-page.tsx';
import { theme } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

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
