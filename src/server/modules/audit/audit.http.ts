import { createRoute } from '@hono/zod-openapi';
import { sql, type SQL } from 'drizzle-orm';
import { pageOf } from '../../../shared/paging.js';
import { auditQuery, auditRow } from '../../../shared/users.js';
import { authorize, type Scope } from '../../auth/scope.js';
import { router } from '../../http/context.js';

/** A municipal head sees the entries that touch their municipality; the region admin sees all. */
function auditInScope(scope: Scope): SQL {
  if (scope.region) return sql`true`;
  const municipalities = scope.municipalityIds.length
    ? sql`array[${sql.join(
        scope.municipalityIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::int[]`
    : sql`'{}'::int[]`;
  return sql`a.municipality_ids && ${municipalities}`;
}

export const auditRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    tags: ['Журнал изменений'],
    request: { query: auditQuery },
    responses: { 200: { description: 'Записи журнала, новые сверху', content: { 'application/json': { schema: pageOf(auditRow) } } } },
  }),
  async (c) => {
    const scope = authorize(c.get('principal'), 'audit.read');
    const q = c.req.valid('query');
    const parts: SQL[] = [auditInScope(scope)];
    if (q.entity) parts.push(sql`a.entity = ${q.entity}`);
    if (q.entityId) parts.push(sql`a.entity_id = ${q.entityId}`);
    if (q.subject) parts.push(sql`a.subject = ${q.subject}`);
    if (q.login) parts.push(sql`a.user_login = ${q.login.toLowerCase()}`);
    // Days of the region, not of the database session's time zone: from its midnight to the next.
    const { database, config } = c.get('deps');
    if (q.from) parts.push(sql`a.at >= (${q.from}::date)::timestamp at time zone ${config.timeZone}`);
    if (q.to) parts.push(sql`a.at < (${q.to}::date + 1)::timestamp at time zone ${config.timeZone}`);
    const where = sql.join(parts, sql` and `);
    const db = database.db;
    const rows = await db.execute<{
      id: number;
      at: Date;
      userLogin: string | null;
      action: string;
      entity: string;
      entityId: string | null;
      entityLabel: string | null;
      changes: unknown;
    }>(sql`
      select a.id, a.at, a.user_login as "userLogin", a.action, a.entity, a.entity_id as "entityId", a.entity_label as "entityLabel", a.changes
      from audit_log a where ${where}
      order by a.id ${q.order === 'asc' ? sql`asc` : sql`desc`}
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
    const [count] = (await db.execute<{ total: number }>(sql`select count(*)::int as total from audit_log a where ${where}`)).rows;
    const items = rows.rows.map((row) => ({ ...row, id: Number(row.id), at: new Date(row.at).toISOString() }));
    return c.json({ items, total: count?.total ?? 0, page: q.page, pageSize: q.pageSize }, 200);
  },
);
