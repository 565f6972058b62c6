// Demo data for `npm start` on an empty database: a generated region plus one account per role.
import { count, inArray } from 'drizzle-orm';
import { role, type Role } from '../../../shared/enums.js';
import { userRoles, users } from '../../auth/auth.tables.js';
import { hashPassword } from '../../auth/passwords.js';
import type { Database, Db, Executor } from '../../db/client.js';
import { importPackage } from '../exchange/exchange.import.js';
import { applyProfile } from '../profiles/profiles.service.js';
import { municipalities, organizations, people, regions } from '../registry/registry.tables.js';
import { castDemoPeople, type DemoCast } from './demo-people.js';
import { loadDemoReports } from './demo-reports.js';
import { demoSize, generateRegion } from './generate.js';

export interface DemoAccount {
  login: string;
  password: string;
  roleLabel: string;
}

export const demoPassword = 'Metodset-2026';
export const demoSeed = 2026;

type Login = 'admin' | keyof DemoCast['people'] | 'uo';
type Territory = 'region' | 'first' | 'both' | 'second' | 'school' | 'person';

/** One account per role, in role order; metodist2 shows that methodists of two municipalities see different data. */
const accountPlan: { login: Login; role: Role; territory: Territory }[] = [
  { login: 'admin', role: 'region_admin', territory: 'region' },
  { login: 'curator', role: 'region_methodist', territory: 'both' },
  { login: 'uo', role: 'authority', territory: 'first' },
  { login: 'mms', role: 'municipal_head', territory: 'first' },
  { login: 'metodist', role: 'municipal_methodist', territory: 'first' },
  { login: 'metodist2', role: 'municipal_methodist', territory: 'second' },
  { login: 'school', role: 'school_admin', territory: 'school' },
  { login: 'tutor', role: 'tutor', territory: 'school' },
  { login: 'expert', role: 'expert', territory: 'person' },
  { login: 'teacher', role: 'teacher', territory: 'person' },
];

export const demoAccounts: DemoAccount[] = accountPlan.map((a) => ({
  login: a.login,
  password: demoPassword,
  roleLabel: role.label(a.role),
}));

/**
 * Loads the demo region into a database that has no region yet; true when it did. One transaction:
 * a failure leaves the database empty, so the next start tries again. `today` ends the demo's
 * history: the server's date in the region's time zone.
 */
export async function loadDemoIfEmpty(database: Database, today: string): Promise<boolean> {
  const [existing] = await database.db.select({ n: count() }).from(regions);
  if (Number(existing?.n ?? 0) > 0) return false;
  const pkg = generateRegion({ seed: demoSeed, ...demoSize, today });
  const cast = castDemoPeople(pkg, today);
  const passwordHash = await hashPassword(demoPassword);
  await database.db.transaction(async (tx) => {
    // importPackage opens its own transaction; inside ours it becomes a savepoint.
    await importPackage(tx as unknown as Db, pkg, null);
    await applyProfile(tx, 'vsevolozhsk-2023', null);
    await createDemoUsers(tx, cast, passwordHash);
    await loadDemoReports(tx, today, cast.municipalities[0]);
  });
  return true;
}

async function createDemoUsers(tx: Executor, cast: DemoCast, passwordHash: string): Promise<void> {
  const personCodes = Object.values(cast.people);
  const personRows = await tx
    .select({ id: people.id, code: people.code, lastName: people.lastName, firstName: people.firstName, middleName: people.middleName })
    .from(people)
    .where(inArray(people.code, personCodes));
  const personByCode = new Map(personRows.map((p) => [p.code, p]));
  const munRows = await tx
    .select({ id: municipalities.id, code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(inArray(municipalities.code, cast.municipalities));
  const mun = new Map(munRows.map((m) => [m.code, m]));
  const [school] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.code, [cast.school]));
  const [first, second] = cast.municipalities.map((code) => mun.get(code)!.id) as [number, number];

  for (const plan of accountPlan) {
    const personCode = plan.login in cast.people ? cast.people[plan.login as keyof DemoCast['people']] : null;
    const person = personCode ? personByCode.get(personCode) : undefined;
    if (personCode && !person) throw new Error(`Демонстрационные данные: человек ${personCode} не загружен`);
    const displayName = person
      ? [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ')
      : plan.role === 'authority'
        ? `Управление образования (${mun.get(cast.municipalities[0])!.name})`
        : role.label(plan.role);
    const [user] = await tx
      .insert(users)
      .values({ login: plan.login, passwordHash, displayName, personId: person?.id ?? null })
      .returning({ id: users.id });
    const grant = (municipalityId: number | null, organizationId: number | null) => ({
      userId: user!.id,
      role: plan.role,
      municipalityId,
      organizationId,
    });
    const grants =
      plan.territory === 'both'
        ? [grant(first, null), grant(second, null)]
        : plan.territory === 'first'
          ? [grant(first, null)]
          : plan.territory === 'second'
            ? [grant(second, null)]
            : plan.territory === 'school'
              ? [grant(null, school!.id)]
              : [grant(null, null)];
    await tx.insert(userRoles).values(grants);
  }
}
