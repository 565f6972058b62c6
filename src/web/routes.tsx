import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import { LoginPage } from './auth/login-page.js';
import { useMe } from './auth/use-me.js';
import { adminRoutes } from './modules/admin/routes.js';
import { cabinetRoutes } from './modules/cabinet/routes.js';
import { exchangeRoutes } from './modules/exchange/routes.js';
import { monitoringRoutes } from './modules/monitoring/routes.js';
import { queueRoutes } from './modules/queue/routes.js';
import { registryRoutes } from './modules/registry/routes.js';
import { rosterRoutes } from './modules/roster/routes.js';
import { homePath } from './navigation.js';
import { NotFoundPage } from './ui/not-found-page.js';
import { NavigationProgress, PageLoader, PageLoadError } from './ui/page-loader.js';

// The login page is the only page in the entry script; the shell and every page load when first
// opened, so a phone shows the login form before it has fetched the rest (docs/ARCHITECTURE.md,
// «Маршруты веб-интерфейса»; tested by src/web/entry-size.unit.test.ts).
const loadShell = () => import('./ui/shell.js');
const Shell = lazy(async () => ({ default: (await loadShell()).Shell }));

function RequireLogin() {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  // The shell's script is fetched while the server answers who is signed in.
  useEffect(() => void loadShell(), []);
  if (isLoading)
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <Suspense fallback={<PageLoader />}>
      <NavigationProgress />
      <Shell me={me} />
    </Suspense>
  );
}

function Home() {
  const { data: me } = useMe();
  return me ? <Navigate to={homePath(me)} replace /> : null;
}

const appRoutes: RouteObject[] = [
  { index: true, element: <Home /> },
  { path: 'account/password', lazy: { Component: async () => (await import('./auth/password-page.js')).PasswordPage } },
  ...cabinetRoutes,
  ...queueRoutes,
  ...registryRoutes,
  ...rosterRoutes,
  ...exchangeRoutes,
  ...monitoringRoutes,
  ...adminRoutes,
  { path: '*', element: <NotFoundPage /> },
];

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // HydrateFallback: what shows while the first page's script loads after a reload of a deep link;
  // ErrorBoundary: a page that failed to load or render, inside the shell.
  {
    path: '/',
    element: <RequireLogin />,
    HydrateFallback: PageLoader,
    children: [{ ErrorBoundary: PageLoadError, children: appRoutes }],
  },
]);
