import type { RouteObject } from 'react-router';

// Each page loads when first opened (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»).
export const adminRoutes: RouteObject[] = [
  { path: 'admin/users', lazy: { Component: async () => (await import('./users-page.js')).UsersPage } },
  { path: 'admin/audit', lazy: { Component: async () => (await import('./audit-page.js')).AuditPage } },
  { path: 'admin/profiles', lazy: { Component: async () => (await import('./profiles-page.js')).ProfilesPage } },
  { path: 'admin/positions', lazy: { Component: async () => (await import('./positions-page.js')).PositionsPage } },
];
