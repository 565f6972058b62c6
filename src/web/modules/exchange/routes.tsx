import type { RouteObject } from 'react-router';
import { ExchangePage } from './exchange-page.js';

export const exchangeRoutes: RouteObject[] = [{ path: 'admin/exchange', element: <ExchangePage /> }];
