import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.js';
import type { Action } from './policy.js';
import { roleAllows } from './policy.js';
import type { Principal } from './principal.js';

/**
 * The territory in which a principal may perform one action: the union of the grants of every
 * role that allows it. Every query of every module narrows itself with the predicates below.
 */
export interface Scope {
  region: boolean;
  municipalityIds: number[];
  organizationIds: number[];
  personIds: number[];
}

/**
 * Every record of the region, for callers that act as the operator rather than for a signed-in user:
 * the CLI, the demo loader and the benchmarks. A request never gets it: its scope comes from authorize().
 */
export function unrestrictedScope(): Scope {
  return { region: true, municipalityIds: [], organizationIds: [], personIds: [] };
}

export function scopeFor(principal: Principal, action: Action): Scope {
  const scope: Scope = { region: false, municipalityIds: [], organizationIds: [], personIds: [] };
  for (const grant of principal.grants) {
    if (!roleAllows(grant.role, action)) continue;
    if (grant.municipalityId !== null) scope.municipalityIds.push(grant.municipalityId);
    else if (grant.organizationId !== null) scope.organizationIds.push(grant.organizationId);
    else if (grant.role === 'region_admin') scope.region = true;
    else if (principal.personId !== null) scope.personIds.push(principal.personId);
  }
  return scope;
}

/** The signed-in user, or 401. */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new AppError('unauthenticated', 'Войдите в систему.');
  return principal;
}

/** The scope for an action, or 403 when no role of the principal allows the action at all. */
export function authorize(principal: Principal | null, action: Action): Scope {
  const scope = scopeFor(requirePrincipal(principal), action);
  if (!scope.region && !scope.municipalityIds.length && !scope.organizationIds.length && !scope.personIds.length) {
    throw new AppError('forbidden', 'Недостаточно прав для этого действия.');
  }
  return scope;
}

const ids = (values: number[]) =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
const anyOf = (parts: SQL[]) => (parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`);

export function municipalityInScope(scope: Scope, municipalityId: AnyPgColumn | SQL): SQL {
  if (scope.region) return sql`true`;
  const parts: SQL[] = [];
  if (scope.municipalityIds.length) parts.push(sql`${municipalityId} in ${ids(scope.municipalityIds)}`);
  if (scope.organizationIds.length) {
    parts.push(sql`${municipalityId} in (select o.municipality_id from organizations o where o.id in ${ids(scope.organizationIds)})`);
  }
  return anyOf(parts);
}

/**
 * `municipalityId`, when the caller has already joined the organization, is its municipality column:
 * the check then needs no sub-select, which both planners handle far better inside EXISTS.
 */
export function organizationInScope(scope: Scope, organizationId: AnyPgColumn | SQL, municipalityId?: AnyPgColumn | SQL): SQL {
  if (scope.region) return sql`true`;
  const parts: SQL[] = [];
  if (scope.organizationIds.length) parts.push(sql`${organizationId} in ${ids(scope.organizationIds)}`);
  if (scope.municipalityIds.length) {
    parts.push(
      municipalityId
        ? sql`${municipalityId} in ${ids(scope.municipalityIds)}`
        : sql`${organizationId} in (select o.id from organizations o where o.municipality_id in ${ids(scope.municipalityIds)})`,
    );
  }
  return anyOf(parts);
}

/**
 * A person is in scope through any of their employments, past ones included (a former employer
 * reads the history its reports name), or as the principal's own person. Reading only: a change
 * needs personCurrentInScope.
 */
export function personInScope(scope: Scope, personId: AnyPgColumn | SQL): SQL {
  return personEmployedIn(scope, personId, sql`true`);
}

/**
 * A person the scope holds today: an employment inside it that has not ended by `today` (one that
 * starts later counts: a school enters a teacher it has hired before the first day), or the
 * principal's own person. This, not personInScope, decides who may change a card and its records,
 * and who sees its contacts: a district that a person left keeps the history, not the person.
 */
export function personCurrentInScope(scope: Scope, personId: AnyPgColumn | SQL, today: string): SQL {
  return personEmployedIn(scope, personId, sql`(e."end" is null or e."end" >= ${today}::date)`);
}

function personEmployedIn(scope: Scope, personId: AnyPgColumn | SQL, employment: SQL): SQL {
  if (scope.region) return sql`true`;
  const parts: SQL[] = [];
  if (scope.personIds.length) parts.push(sql`${personId} in ${ids(scope.personIds)}`);
  if (scope.organizationIds.length || scope.municipalityIds.length) {
    const orgScope: Scope = { ...scope, personIds: [] };
    parts.push(
      sql`exists (select 1 from employments e join organizations eo on eo.id = e.organization_id
        where e.person_id = ${personId} and ${employment} and ${organizationInScope(orgScope, sql`e.organization_id`, sql`eo.municipality_id`)})`,
    );
  }
  return anyOf(parts);
}

/**
 * The municipality as a whole is granted: the region, or a municipal grant for it. Unlike
 * municipalityInScope, an organization grant does not count — it reaches one school, not its district.
 */
export function municipalityGranted(scope: Scope, municipalityId: AnyPgColumn | SQL): SQL {
  if (scope.region) return sql`true`;
  return scope.municipalityIds.length ? sql`${municipalityId} in ${ids(scope.municipalityIds)}` : sql`false`;
}
