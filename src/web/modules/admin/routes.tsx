import type { RouteObject } from 'react-router';
import { AuditPage } from './audit-page.js';
import { PositionsPage } from './positions-page.js';
import { ProfilesPage } from './profiles-page.js';
import { UsersPage } from './users-page.js';

export const adminRoutes: RouteObject[] = [
  { path: 'admin/users', element: <UsersPage /> },
  { path: 'admin/audit', element: <AuditPage /> },
  { path: 'admin/profiles', element: <ProfilesPage /> },
  { path: 'admin/positions', element: <PositionsPage /> },
];
