import type { RouteObject } from 'react-router';
import { RosterImportPage } from './roster-import-page.js';

export const rosterRoutes: RouteObject[] = [{ path: 'registry/roster-import', element: <RosterImportPage /> }];
