import type { RouteObject } from 'react-router';
import { IndicatorPage } from './indicator-page.js';
import { MonitoringPage } from './monitoring-page.js';

export const monitoringRoutes: RouteObject[] = [
  { path: 'monitoring', element: <MonitoringPage /> },
  { path: 'monitoring/indicators/:code', element: <IndicatorPage /> },
];
