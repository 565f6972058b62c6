import type { RouteObject } from 'react-router';

// Each page loads when first opened (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»).
export const cabinetRoutes: RouteObject[] = [
  { path: 'cabinet', lazy: { Component: async () => (await import('./cabinet-page.js')).CabinetPage } },
];
