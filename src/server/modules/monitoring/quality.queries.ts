// Reads of the data-quality warnings: for each check, one set-based statement over the territory's
// records exactly as the indicators see them (the shared CTEs of indicators.sql.ts, taken on the
// day the warnings are asked for).
import { sql, type SQL } from 'drizzle-orm';
import type { QualityCheckCode, QualityItem } from '../../../shared/quality.js';
import type { Executor } from '../../db/client.js';
import { scopeSetOf, sharedCtes, type ScopeRef } from './indicators.sql.js';

const personLabel = (p: string) => sql.raw(`concat_ws(' ', ${p}.last_name, ${p}.first_name, ${p}.middle_name)`);
const personHref = (personId: string) => sql.raw(`'/registry/people/' || ${personId}`);

/**
 * The rows `(id, label, href)` a check finds. People of the territory are its staff on the day
 * (a current employment in one of its organizations, counted once); organizations are the ones the
 * organization shares count (methodical centres have no flags to review for the indicators).
 */
const checks: Record<QualityCheckCode, SQL> = {
  people_without_birth_date: sql`
    select p.id, ${personLabel('p')} as label, ${personHref('p.id')} as href
    from staff s join people p on p.id = s.id where p.birth_date is null`,
  people_without_career_start: sql`
    select p.id, ${personLabel('p')} as label, ${personHref('p.id')} as href
    from staff s join people p on p.id = s.id where p.career_start is null`,
  organizations_flags_never_reviewed: sql`
    select o.id, o.name as label, '/registry/organizations/' || o.id as href
    from orgs x join organizations o on o.id = x.id where o.flags_reviewed_at is null`,
  // Only routes whose status would make them live: a draft or cancelled one never counts anyway.
  // A route without a start is never live (it cannot be placed in a period); one without an end
  // is open-ended and counts for every later period, which is rarely what was meant. Routes have
  // no screen of their own yet, so the link opens the person's card.
  routes_without_dates: sql`
    select r.id, r.code || ' — ' || ${personLabel('p')} as label, ${personHref('r.person_id')} as href
    from routes r join staff s on s.id = r.person_id join people p on p.id = r.person_id
    where r.status in ('agreed', 'in_progress', 'completed') and (r.start is null or r."end" is null)`,
};

export interface CheckRows {
  total: number;
  items: QualityItem[];
}

/**
 * How many records a check finds in the territory on day `on`, and the `limit` of them from
 * `offset` in label order. One statement; the count row exists even past the last page.
 */
export async function runCheck(
  db: Executor,
  scope: ScopeRef,
  on: string,
  check: QualityCheckCode,
  limit: number,
  offset: number,
): Promise<CheckRows> {
  const result = await db.execute<{ total: string | number; id: number | null; label: string | null; href: string | null }>(sql`
    with ${sharedCtes(scopeSetOf(scope), { from: on, to: on })}, found as (${checks[check]})
    select t.total, f.id, f.label, f.href
    from (select count(*) as total from found) t
    left join lateral (select * from found order by label, id limit ${limit} offset ${offset}) f on true`);
  const rows = result.rows;
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.filter((row) => row.id !== null).map((row) => ({ id: Number(row.id), label: row.label ?? '', href: row.href ?? '' })),
  };
}
