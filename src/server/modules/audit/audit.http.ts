import { createRoute } from '@hono/zod-openapi';
import { auditPage, auditQuery, historyQuery, referencesOf, type RefKind } from '../../../shared/audit.js';
import { AppError } from '../../../shared/errors.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { auditWhere, cardInScope, selectAuditPage, selectNames } from './audit.queries.js';

const page = {
  200: {
    description: 'Записи журнала с названиями записей, на которые они ссылаются',
    content: { 'application/json': { schema: auditPage } },
  },
};

export const auditRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags: ['Журнал изменений'],
      description: 'Журнал изменений (view=changes) или входов в систему (view=logins) в пределах территории пользователя.',
      request: { query: auditQuery },
      responses: page,
    }),
    async (c) => {
      const { scope, db, config } = guard(c, 'audit.read');
      const q = c.req.valid('query');
      const { items, total } = await selectAuditPage(db, auditWhere(scope, q, config.timeZone), q);
      const names = await selectNames(db, scope, referencesOf(items));
      return c.json({ items, total, page: q.page, pageSize: q.pageSize, names }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/history',
      tags: ['Журнал изменений'],
      description: 'История одной карточки (работника, организации, муниципалитета) для тех, кто может её открыть.',
      request: { query: historyQuery },
      responses: page,
    }),
    async (c) => {
      const { scope, db, config } = guard(c, 'audit.card');
      const q = c.req.valid('query');
      const [kind, id] = q.subject.split(':') as [RefKind, string];
      if (!(await cardInScope(db, scope, kind, Number(id)))) {
        throw new AppError(
          'not_found',
          kind === 'person' ? 'Работник не найден.' : kind === 'organization' ? 'Организация не найдена.' : 'Муниципалитет не найден.',
        );
      }
      const { items, total } = await selectAuditPage(db, auditWhere(scope, { view: 'changes', subject: q.subject }, config.timeZone), q);
      const names = await selectNames(db, scope, referencesOf(items));
      return c.json({ items, total, page: q.page, pageSize: q.pageSize, names }, 200);
    },
  );
