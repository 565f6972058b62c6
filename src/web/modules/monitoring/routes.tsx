import type { RouteObject } from 'react-router';

// Each page loads when first opened (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»); the charts
// (recharts through @mantine/charts) come with the pages that draw them.
export const monitoringRoutes: RouteObject[] = [
  { path: 'monitoring', lazy: { Component: async () => (await import('./monitoring-page.js')).MonitoringPage } },
  { path: 'monitoring/indicators/:code', lazy: { Component: async () => (await import('./indicator-page.js')).IndicatorPage } },
  { path: 'monitoring/reports', lazy: { Component: async () => (await import('./reports-page.js')).ReportsPage } },
  { path: 'monitoring/reports/:id', lazy: { Component: async () => (await import('./report-page.js')).ReportPage } },
  {
    path: 'monitoring/reports/:id/indicators/:code',
    lazy: { Component: async () => (await import('./report-members-page.js')).ReportMembersPage },
  },
];
