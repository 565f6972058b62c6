import type { RouteObject } from 'react-router';

// Each page loads when first opened (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»).
export const rosterRoutes: RouteObject[] = [
  { path: 'registry/roster-import', lazy: { Component: async () => (await import('./roster-import-page.js')).RosterImportPage } },
];
