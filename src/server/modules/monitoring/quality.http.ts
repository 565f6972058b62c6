import { createRoute, z } from '@hono/zod-openapi';
import { qualityListQuery, qualityPage, qualityQuery, qualityReport as reportSchema } from '../../../shared/quality.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { qualityList, qualityReport } from './quality.service.js';

const tags = ['Мониторинг'];

const reportRoute = createRoute({
  method: 'get',
  path: '/quality',
  tags,
  summary: 'Предупреждения о качестве данных территории',
  description:
    'Записи территории `scope` на сегодня, из-за которых показатели будут неверны: по каждой проверке число, ' +
    'первые 20 записей со ссылкой на страницу исправления и подсказка, что сделать.',
  request: { query: qualityQuery },
  responses: { 200: { description: 'Проверки в постоянном порядке', content: { 'application/json': { schema: reportSchema } } } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/quality/{check}',
  tags,
  summary: 'Все записи одной проверки качества данных',
  request: { params: z.object({ check: z.string().max(100) }), query: qualityListQuery },
  responses: { 200: { description: 'Страница записей', content: { 'application/json': { schema: qualityPage } } } },
});

export const qualityRoutes = router()
  .openapi(reportRoute, async (c) => {
    const { scope, db, today } = guard(c, 'monitoring.read');
    return c.json(await qualityReport(db, c.req.valid('query').scope, today, scope), 200);
  })
  .openapi(listRoute, async (c) => {
    const { scope, db, today } = guard(c, 'monitoring.read');
    const { check } = c.req.valid('param');
    return c.json(await qualityList(db, check, c.req.valid('query'), today, scope), 200);
  });
