import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/enums.js';
import { userRoles, users } from '../auth/auth.tables.js';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { employments, municipalities, organizations, people, regions } from '../modules/registry/registry.tables.js';

let counter = 0;
const next = (prefix: string) => `${prefix}-${++counter}-${randomBytes(2).toString('hex')}`;

export const testPassword = 'Проверка-пароля-2026';
let passwordHash: Promise<string> | undefined;

/** Builders of valid records with overridable fields, writing straight to the test database. */
export function factories(db: Db) {
  const f = {
    async region(values: Partial<typeof regions.$inferInsert> = {}) {
      const [row] = await db
        .insert(regions)
        .values({ code: next('region'), name: 'Тестовая область', ...values })
        .returning();
      return row!;
    },
    async municipality(values: Partial<typeof municipalities.$inferInsert> = {}) {
      const regionId = values.regionId ?? (await db.select().from(regions).limit(1))[0]?.id ?? (await f.region()).id;
      const [row] = await db
        .insert(municipalities)
        .values({ code: next('mun'), name: `Район ${counter}`, ...values, regionId })
        .returning();
      return row!;
    },
    async organization(values: Partial<typeof organizations.$inferInsert> = {}) {
      const municipalityId = values.municipalityId ?? (await f.municipality()).id;
      const [row] = await db
        .insert(organizations)
        .values({ code: next('org'), name: `МБОУ «Школа № ${counter}»`, kind: 'school', ...values, municipalityId })
        .returning();
      return row!;
    },
    async person(values: Partial<typeof people.$inferInsert> = {}) {
      const [row] = await db
        .insert(people)
        .values({
          code: next('person'),
          lastName: 'Иванова',
          firstName: 'Мария',
          middleName: 'Петровна',
          birthDate: '1985-04-12',
          careerStart: '2008-09-01',
          ...values,
        })
        .returning();
      return row!;
    },
    async employment(values: Partial<typeof employments.$inferInsert> & { personId: number; organizationId: number }) {
      const [row] = await db
        .insert(employments)
        .values({ position: 'Учитель', category: 'teacher', start: '2015-09-01', ...values })
        .returning();
      return row!;
    },
    /** A person employed in an organization. */
    async staff(
      organizationId: number,
      values: Partial<typeof people.$inferInsert> = {},
      employment: Partial<typeof employments.$inferInsert> = {},
    ) {
      const person = await f.person(values);
      await f.employment({ personId: person.id, organizationId, ...employment });
      return person;
    },
    async user(
      grants: { role: Role; municipalityId?: number; organizationId?: number }[],
      values: Partial<typeof users.$inferInsert> = {},
    ) {
      passwordHash ??= hashPassword(testPassword);
      const login = values.login ?? next('user');
      const [user] = await db
        .insert(users)
        .values({ login, passwordHash: await passwordHash, displayName: `Пользователь ${login}`, ...values })
        .returning();
      if (grants.length) {
        await db.insert(userRoles).values(
          grants.map((g) => ({
            userId: user!.id,
            role: g.role,
            municipalityId: g.municipalityId ?? null,
            organizationId: g.organizationId ?? null,
          })),
        );
      }
      return { ...user!, password: testPassword };
    },
  };
  return f;
}

export type Factories = ReturnType<typeof factories>;
