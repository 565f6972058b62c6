import type { RouteObject } from 'react-router';

// Each page loads when first opened (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»).
export const queueRoutes: RouteObject[] = [{ path: 'queue', lazy: { Component: async () => (await import('./queue-page.js')).QueuePage } }];
