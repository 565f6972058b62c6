import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import { LoginPage } from './auth/login-page.js';
import { PasswordPage } from './auth/password-page.js';
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
import { Shell } from './ui/shell.js';

function RequireLogin() {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  if (isLoading)
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Shell me={me} />;
}

function Home() {
  const { data: me } = useMe();
  return me ? <Navigate to={homePath(me)} replace /> : null;
}

const appRoutes: RouteObject[] = [
  { index: true, element: <Home /> },
  { path: 'account/password', element: <PasswordPage /> },
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
  { path: '/', element: <RequireLogin />, children: appRoutes },
]);
