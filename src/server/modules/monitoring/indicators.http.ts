import { createRoute, z } from '@hono/zod-openapi';
import { indicatorQuery, indicatorValue } from '../../../shared/indicators.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { computeIndicators } from './indicators.service.js';

const indicatorsRoute = createRoute({
  method: 'get',
  path: '/indicators',
  tags: ['Мониторинг'],
  summary: 'Показатели эффективности территории за период',
  description:
    'Все показатели каталога (docs/indicators.md) для региона, муниципалитета или организации с кодом `scope` ' +
    'за период [from, to]. Доля — процент с одним знаком, `null` при нулевом знаменателе.',
  request: { query: indicatorQuery },
  responses: {
    200: { description: 'Показатели в порядке каталога', content: { 'application/json': { schema: z.array(indicatorValue) } } },
  },
});

export const indicatorsRoutes = router().openapi(indicatorsRoute, async (c) => {
  const { scope, db } = guard(c, 'monitoring.read');
  const { scope: scopeCode, from, to } = c.req.valid('query');
  return c.json(await computeIndicators(db, { scopeCode, from, to }, scope), 200);
});
