import { sql, type SQL } from 'drizzle-orm';
import { loginActions, refKey, type Names, type Ref, type RefKind } from '../../../shared/audit.js';
import { municipalityInScope, organizationInScope, personInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';

const intArray = (values: number[]) =>
  values.length
    ? sql`array[${sql.join(
        values.map((id) => sql`${id}`),
        sql`, `,
      )}]::int[]`
    : sql`'{}'::int[]`;

/**
 * The entries a scope reaches: all for the region; otherwise those that touch a municipality of the
 * scope — a municipal grant's own, or the municipality of a granted organization.
 */
export function auditInScope(scope: Scope): SQL {
  if (scope.region) return sql`true`;
  return sql`a.municipality_ids && (${intArray(scope.municipalityIds)} ||
    array(select o.municipality_id from organizations o where o.id = any(${intArray(scope.organizationIds)})))`;
}

export interface AuditFilter {
  view?: 'changes' | 'logins';
  entity?: string;
  entityId?: string;
  subject?: string;
  login?: string;
  from?: string;
  to?: string;
}

/** The conditions of a journal page; sign-in events belong to the «Входы» view only. */
export function auditWhere(scope: Scope, f: AuditFilter, timeZone: string): SQL {
  const logins = sql`a.action in (${sql.join(
    loginActions.map((a) => sql`${a}`),
    sql`, `,
  )})`;
  const parts: SQL[] = [auditInScope(scope)];
  if (f.view) parts.push(f.view === 'logins' ? logins : sql`not ${logins}`);
  if (f.entity) parts.push(sql`a.entity = ${f.entity}`);
  if (f.entityId) parts.push(sql`a.entity_id = ${f.entityId}`);
  if (f.subject) parts.push(sql`a.subject = ${f.subject}`);
  if (f.login) parts.push(sql`a.user_login = ${f.login.toLowerCase()}`);
  // Days of the region, not of the database session's time zone: from its midnight to the next.
  if (f.from) parts.push(sql`a.at >= (${f.from}::date)::timestamp at time zone ${timeZone}`);
  if (f.to) parts.push(sql`a.at < (${f.to}::date + 1)::timestamp at time zone ${timeZone}`);
  return sql.join(parts, sql` and `);
}

export type AuditRecord = {
  id: number;
  at: string;
  userLogin: string | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  entityLabel: string | null;
  subject: string | null;
  changes: unknown;
};

export async function selectAuditPage(
  db: Executor,
  where: SQL,
  page: { page: number; pageSize: number; order: 'asc' | 'desc' },
): Promise<{ items: AuditRecord[]; total: number }> {
  const rows = await db.execute<Omit<AuditRecord, 'at'> & { at: Date | string }>(sql`
    select a.id, a.at, a.user_login as "userLogin", u.display_name as "userName", a.action, a.entity, a.entity_id as "entityId",
      a.entity_label as "entityLabel", a.subject, a.changes
    from audit_log a left join users u on u.id = a.user_id
    where ${where}
    order by a.id ${page.order === 'asc' ? sql`asc` : sql`desc`}
    limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`);
  const [count] = (await db.execute<{ total: number }>(sql`select count(*)::int as total from audit_log a where ${where}`)).rows;
  const items = rows.rows.map((row) => ({ ...row, id: Number(row.id), at: new Date(row.at).toISOString() }));
  return { items, total: count?.total ?? 0 };
}

/**
 * The names of the records a page of entries points to, in one query, each through its scope
 * predicate: a record outside the reader's territory stays unnamed.
 */
export async function selectNames(db: Executor, scope: Scope, refs: Ref[]): Promise<Names> {
  const ids = (kind: RefKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
  const parts: SQL[] = [];
  const people = ids('person');
  if (people.length) {
    parts.push(sql`select 'person' as kind, p.id, concat_ws(' ', p.last_name, p.first_name, nullif(p.middle_name, '')) as name
      from people p where p.id = any(${intArray(people)}) and ${personInScope(scope, sql`p.id`)}`);
  }
  const organizations = ids('organization');
  if (organizations.length) {
    parts.push(sql`select 'organization' as kind, o.id, o.name from organizations o
      where o.id = any(${intArray(organizations)}) and ${organizationInScope(scope, sql`o.id`, sql`o.municipality_id`)}`);
  }
  const municipalities = ids('municipality');
  if (municipalities.length) {
    parts.push(sql`select 'municipality' as kind, m.id, m.name from municipalities m
      where m.id = any(${intArray(municipalities)}) and ${municipalityInScope(scope, sql`m.id`)}`);
  }
  if (!parts.length) return {};
  const result = await db.execute<{ kind: RefKind; id: number; name: string }>(sql.join(parts, sql` union all `));
  return Object.fromEntries(result.rows.map((r) => [refKey({ kind: r.kind, id: Number(r.id) }), r.name]));
}

/** Whether the card a history is asked for exists inside the scope. */
export async function cardInScope(db: Executor, scope: Scope, kind: RefKind, id: number): Promise<boolean> {
  const where =
    kind === 'person'
      ? sql`exists (select 1 from people p where p.id = ${id} and ${personInScope(scope, sql`p.id`)})`
      : kind === 'organization'
        ? sql`exists (select 1 from organizations o where o.id = ${id} and ${organizationInScope(scope, sql`o.id`, sql`o.municipality_id`)})`
        : sql`exists (select 1 from municipalities m where m.id = ${id} and ${municipalityInScope(scope, sql`m.id`)})`;
  const [row] = (await db.execute<{ found: boolean }>(sql`select ${where} as found`)).rows;
  return Boolean(row?.found);
}
