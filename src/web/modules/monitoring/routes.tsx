import type { RouteObject } from 'react-router';
import { IndicatorPage } from './indicator-page.js';
import { MonitoringPage } from './monitoring-page.js';
import { ReportMembersPage } from './report-members-page.js';
import { ReportPage } from './report-page.js';
import { ReportsPage } from './reports-page.js';

export const monitoringRoutes: RouteObject[] = [
  { path: 'monitoring', element: <MonitoringPage /> },
  { path: 'monitoring/indicators/:code', element: <IndicatorPage /> },
  { path: 'monitoring/reports', element: <ReportsPage /> },
  { path: 'monitoring/reports/:id', element: <ReportPage /> },
  { path: 'monitoring/reports/:id/indicators/:code', element: <ReportMembersPage /> },
];
