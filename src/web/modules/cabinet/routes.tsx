import type { RouteObject } from 'react-router';
import { CabinetPage } from './cabinet-page.js';

export const cabinetRoutes: RouteObject[] = [{ path: 'cabinet', element: <CabinetPage /> }];
