import type { RouteObject } from 'react-router';

export const rosterRoutes: RouteObject[] = [];
