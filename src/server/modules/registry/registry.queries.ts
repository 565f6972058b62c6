import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.js';
import { organizationInScope, personInScope, type Scope } from '../../auth/scope.js';

// SQL fragments the registry's queries share. Aliases are fixed: `e` employments, `o` organizations, `p` people.

/** ICU root collation: sorts Cyrillic (ё beside е) the same on PGlite and PostgreSQL. */
export const icu = sql.raw('collate "und-x-icu"');

/** The employment `e` holds on `today`. */
export const currentOn = (today: string): SQL => sql`(e.start <= ${today}::date and (e."end" is null or e."end" >= ${today}::date))`;

/** Person `p` is under 35 on `today` (birthDate + 35 years > today). */
export const under35On = (today: string): SQL => sql`coalesce(p.birth_date + interval '35 years' > ${today}::date, false)`;
/** Person `p` started teaching less than three years before `today`. */
export const firstThreeYearsOn = (today: string): SQL => sql`coalesce(p.career_start + interval '3 years' > ${today}::date, false)`;
/** The age part of "young" (docs/indicators.md); the teacher part is the caller's employment condition. */
export const youngDatesOn = (today: string): SQL => sql`(${under35On(today)} and ${firstThreeYearsOn(today)})`;

/**
 * Employment `e` is visible to the scope: its organization is in the territory, or it is the
 * principal's own person (a teacher sees their own employments wherever they are).
 */
export function employmentVisible(scope: Scope): SQL {
  if (scope.region) return sql`true`;
  const territory: Scope = { ...scope, personIds: [] };
  const own: Scope = { region: false, municipalityIds: [], organizationIds: [], personIds: scope.personIds };
  // The caller joins the employment's organization as `o`: its municipality is checked directly.
  const territorial = organizationInScope(territory, sql`e.organization_id`, sql`o.municipality_id`);
  if (!scope.personIds.length) return territorial;
  if (!scope.municipalityIds.length && !scope.organizationIds.length) return personInScope(own, sql`e.person_id`);
  return sql`(${territorial} or ${personInScope(own, sql`e.person_id`)})`;
}

/** Scopes that reach no territory (a teacher's own card) may not read territorial lists. */
export function requireTerritory(scope: Scope): Scope {
  if (!scope.region && !scope.municipalityIds.length && !scope.organizationIds.length) {
    throw new AppError('forbidden', 'Недостаточно прав для этого действия.');
  }
  return scope;
}

/** `%text%` for LIKE with the user's `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** Folds a search string as `people.search_name` is folded: lower case, ё as е. */
export const foldName = (text: string) => text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
