import type { RouteObject } from 'react-router';
import { QueuePage } from './queue-page.js';

export const queueRoutes: RouteObject[] = [{ path: 'queue', element: <QueuePage /> }];
