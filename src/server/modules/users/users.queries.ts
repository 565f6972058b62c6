import { eq, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.js';
import { municipalityInScope, organizationInScope, personInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { users } from '../../auth/auth.tables.js';

/**
 * A user lies in a scope when they have roles and every role is bound inside it: a municipality or
 * organization of the scope, or (teacher, expert) a person employed there. A user holding anything
 * wider stays out of reach of a municipal head.
 */
export function userInScope(scope: Scope, userId: SQL): SQL {
  if (scope.region) return sql`true`;
  return sql`(exists (select 1 from user_roles r0 where r0.user_id = ${userId}) and not exists (
    select 1 from user_roles r join users ru on ru.id = r.user_id where r.user_id = ${userId} and not (
      (r.municipality_id is not null and ${municipalityInScope(scope, sql`r.municipality_id`)})
      or (r.organization_id is not null and ${organizationInScope(scope, sql`r.organization_id`)})
      or (r.municipality_id is null and r.organization_id is null and r.role in ('teacher', 'expert')
          and ru.person_id is not null and ${personInScope(scope, sql`ru.person_id`)})
    )))`;
}

export interface UserFilter {
  id?: number | undefined;
  q?: string | undefined;
  role?: Role | undefined;
}

function where(scope: Scope, filter: UserFilter): SQL {
  const parts: SQL[] = [userInScope(scope, sql`u.id`)];
  if (filter.id !== undefined) parts.push(sql`u.id = ${filter.id}`);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    parts.push(sql`(u.login like ${like} or lower(u.display_name) like ${like})`);
  }
  if (filter.role) parts.push(sql`exists (select 1 from user_roles fr where fr.user_id = u.id and fr.role = ${filter.role})`);
  return sql.join(parts, sql` and `);
}

export async function listUsers(
  db: Executor,
  scope: Scope,
  filter: UserFilter,
  page: { page: number; pageSize: number; order: 'asc' | 'desc' },
) {
  const condition = where(scope, filter);
  const order = page.order === 'desc' ? sql`desc` : sql`asc`;
  const rows = await db.execute<UserRowRecord>(sql`
    select u.id, u.login, u.display_name as "displayName", u.active, u.person_id as "personId",
      case when p.id is null then null else concat_ws(' ', p.last_name, p.first_name, p.middle_name) end as "personName",
      u.created_at as "createdAt",
      coalesce((select json_agg(json_build_object('role', r.role, 'municipalityId', r.municipality_id, 'organizationId', r.organization_id,
        'territory', coalesce(m.name, o.name)) order by r.id)
        from user_roles r left join municipalities m on m.id = r.municipality_id left join organizations o on o.id = r.organization_id
        where r.user_id = u.id), '[]'::json) as grants
    from users u left join people p on p.id = u.person_id
    where ${condition}
    order by u.login ${order}
    limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`);
  const [count] = (await db.execute<{ total: number }>(sql`select count(*)::int as total from users u where ${condition}`)).rows;
  return { items: rows.rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() })), total: count?.total ?? 0 };
}

export interface UserRowRecord extends Record<string, unknown> {
  id: number;
  login: string;
  displayName: string;
  active: boolean;
  personId: number | null;
  personName: string | null;
  createdAt: string | Date;
  grants: { role: Role; municipalityId: number | null; organizationId: number | null; territory: string | null }[];
}

export async function findUser(db: Executor, scope: Scope, id: number) {
  const rows = await db.execute<UserRowRecord>(sql`
    select u.id from users u where u.id = ${id} and ${userInScope(scope, sql`u.id`)}`);
  return rows.rows[0] ?? null;
}

/** Municipalities a user's roles and person are bound to (for the audit entry). */
export async function userMunicipalities(db: Executor, userId: number): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(sql`
    select r.municipality_id as id from user_roles r where r.user_id = ${userId} and r.municipality_id is not null
    union select o.municipality_id from user_roles r join organizations o on o.id = r.organization_id where r.user_id = ${userId}
    union select o.municipality_id from users u join employments e on e.person_id = u.person_id join organizations o on o.id = e.organization_id where u.id = ${userId}`);
  return rows.rows.map((row) => row.id);
}

/** Whether the target of a role grant (or the card a user is linked to) exists inside the granter's scope. */
export async function grantTargetVisible(
  db: Executor,
  scope: Scope,
  kind: 'municipality' | 'organization' | 'person',
  id: number,
): Promise<boolean> {
  const query = {
    municipality: () => sql`select 1 from municipalities m where m.id = ${id} and ${municipalityInScope(scope, sql`m.id`)}`,
    organization: () => sql`select 1 from organizations o where o.id = ${id} and ${organizationInScope(scope, sql`o.id`)}`,
    person: () => sql`select 1 from people p where p.id = ${id} and ${personInScope(scope, sql`p.id`)}`,
  }[kind]();
  return (await db.execute(query)).rows.length > 0;
}

/** A user's own fields; a new password hash, when given, is stamped with the database's clock. */
export async function updateUserRow(
  db: Executor,
  id: number,
  values: { displayName: string; personId: number | null; active: boolean },
  passwordHash: string | undefined,
): Promise<void> {
  await db
    .update(users)
    .set({ ...values, updatedAt: sql`now()`, ...(passwordHash ? { passwordHash, passwordChangedAt: sql`now()` } : {}) })
    .where(eq(users.id, id));
}
