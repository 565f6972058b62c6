import { sql } from 'drizzle-orm';
import { role as roles, type Role } from '../../shared/enums.js';
import type { Db } from '../db/client.js';
import { testPassword } from '../test/factories.js';
import type { TestClient, TestContext } from '../test/harness.js';

/**
 * Two territories for the authorization matrix: everything "own" lies in municipality A (school A),
 * everything "foreign" in municipality B. Every role's user is bound inside A.
 */
export interface World {
  munA: number;
  munB: number;
  orgA: number;
  orgB: number;
  /** A teacher of school A (not the signed-in teacher) and one of school B. */
  personA: number;
  personB: number;
  teacherPerson: number;
  regionCode: string;
  munACode: string;
  munBCode: string;
  orgACode: string;
  orgBCode: string;
  clients: Record<Role, TestClient>;
  make: TestContext['make'];
  t: TestContext;
  password: string;
  n(): number;
}

export const allRoles = roles.codes;

export async function buildWorld(t: TestContext): Promise<World> {
  const region = await t.make.region({ code: 'matrix-region' });
  const munA = await t.make.municipality({ regionId: region.id });
  const munB = await t.make.municipality({ regionId: region.id });
  const orgA = await t.make.organization({ municipalityId: munA.id });
  const orgB = await t.make.organization({ municipalityId: munB.id });
  const personA = await t.make.staff(orgA.id, { lastName: 'Своя' });
  const personB = await t.make.staff(orgB.id, { lastName: 'Чужая' });
  const teacherPerson = await t.make.staff(orgA.id, { lastName: 'Учительница' });
  const expertPerson = await t.make.staff(orgA.id, { lastName: 'Экспертова' });
  const grants: Record<Role, { role: Role; municipalityId?: number; organizationId?: number }[]> = {
    region_admin: [{ role: 'region_admin' }],
    region_methodist: [{ role: 'region_methodist', municipalityId: munA.id }],
    authority: [{ role: 'authority', municipalityId: munA.id }],
    municipal_head: [{ role: 'municipal_head', municipalityId: munA.id }],
    municipal_methodist: [{ role: 'municipal_methodist', municipalityId: munA.id }],
    school_admin: [{ role: 'school_admin', organizationId: orgA.id }],
    tutor: [{ role: 'tutor', organizationId: orgA.id }],
    expert: [{ role: 'expert' }],
    teacher: [{ role: 'teacher' }],
  };
  const clients = {} as Record<Role, TestClient>;
  for (const role of allRoles) {
    const personId = role === 'teacher' ? teacherPerson.id : role === 'expert' ? expertPerson.id : null;
    const user = await t.make.user(grants[role], { login: `matrix-${role}`, personId });
    clients[role] = await t.as(user.login, user.password);
  }
  let counter = 0;
  return {
    munA: munA.id,
    munB: munB.id,
    orgA: orgA.id,
    orgB: orgB.id,
    personA: personA.id,
    personB: personB.id,
    teacherPerson: teacherPerson.id,
    regionCode: region.code,
    munACode: munA.code,
    munBCode: munB.code,
    orgACode: orgA.code,
    orgBCode: orgB.code,
    clients,
    make: t.make,
    t,
    password: testPassword,
    n: () => ++counter,
  };
}

/** A digest of every row a request could change: equal before and after = nothing written. */
export async function fingerprint(db: Db): Promise<string> {
  const tables = [
    'municipalities',
    'organizations',
    'people',
    'employments',
    'attestations',
    'active_memberships',
    'users',
    'user_roles',
    'audit_log',
  ];
  const parts = tables.map(
    (table) =>
      sql`(select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from ${sql.identifier(table)} t)`,
  );
  const result = await db.execute<{ digest: string }>(sql`select concat_ws('|', ${sql.join(parts, sql`, `)}) as digest`);
  return result.rows[0]!.digest;
}
