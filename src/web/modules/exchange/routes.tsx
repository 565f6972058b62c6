import type { RouteObject } from 'react-router';

export const exchangeRoutes: RouteObject[] = [];
