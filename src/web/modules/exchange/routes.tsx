import type { RouteObject } from 'react-router';

// Each page loads when first opened (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»).
export const exchangeRoutes: RouteObject[] = [
  { path: 'admin/exchange', lazy: { Component: async () => (await import('./exchange-page.js')).ExchangePage } },
];
