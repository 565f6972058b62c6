import { createRoute } from '@hono/zod-openapi';
import { queueQuery, workQueue as queueSchema } from '../../../shared/queue.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { workQueue } from './queue.service.js';

const queueRoute = createRoute({
  method: 'get',
  path: '/queue',
  tags: ['Рабочая очередь'],
  summary: 'Что требует внимания на территории',
  description:
    'Рабочая очередь территории `scope` (код из GET /scopes) на сегодня: отчёты последнего закончившегося отчётного ' +
    'периода — не сданные, возвращённые на доработку и (для принимающего) ждущие приёмки; показатели набора региона ' +
    'ниже порога за текущий отчётный период; молодые педагоги без наставника, ИОМ, Школы молодого педагога и курсов; ' +
    'предупреждения о качестве данных. У каждого пункта — ссылка на страницу, где это исправляют.',
  request: { query: queueQuery },
  responses: { 200: { description: 'Пункты очереди по видам', content: { 'application/json': { schema: queueSchema } } } },
});

export const queueRoutes = router().openapi(queueRoute, async (c) => {
  const { scope, principal, db, today } = guard(c, 'monitoring.read');
  return c.json(await workQueue(db, principal, c.req.valid('query').scope, today, scope), 200);
});
