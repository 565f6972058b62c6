import { createRoute, z } from '@hono/zod-openapi';
import { monitoringScope } from '../../../shared/monitoring.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { selectMonitoringScopes } from './scopes.queries.js';

const scopesRoute = createRoute({
  method: 'get',
  path: '/scopes',
  tags: ['Мониторинг'],
  summary: 'Территории, которые пользователь может выбрать в мониторинге',
  description:
    'Регион (при региональных правах), муниципалитеты, выданные целиком, и организации, выданные отдельно ' +
    '(руководитель ОО): ровно те коды, которые принимает параметр `scope` показателей. Сначала регион.',
  responses: {
    200: { description: 'Территории по уровням и названиям', content: { 'application/json': { schema: z.array(monitoringScope) } } },
  },
});

export const scopesRoutes = router().openapi(scopesRoute, async (c) => {
  const { scope, db } = guard(c, 'monitoring.read');
  return c.json(await selectMonitoringScopes(db, scope), 200);
});
