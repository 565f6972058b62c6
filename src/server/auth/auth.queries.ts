import { eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { loginFailures, users } from './auth.tables.js';

export async function recordLoginFailure(db: Executor, login: string, ip: string): Promise<void> {
  await db.insert(loginFailures).values({ login, ip });
}

/** Failed logins of the last `windowMinutes` (by the database's clock) for this login and for this address. */
export async function countLoginFailures(
  db: Executor,
  login: string,
  ip: string,
  windowMinutes: number,
): Promise<{ byLogin: number; byAddress: number }> {
  const since = sql`now() - make_interval(mins => ${windowMinutes})`;
  const [counts] = await db
    .select({
      byLogin: sql<number>`count(*) filter (where ${loginFailures.login} = ${login})`,
      byAddress: sql<number>`count(*) filter (where ${loginFailures.ip} = ${ip})`,
    })
    .from(loginFailures)
    .where(gt(loginFailures.at, since));
  return { byLogin: counts?.byLogin ?? 0, byAddress: counts?.byAddress ?? 0 };
}

export async function clearLoginFailures(db: Executor, login: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.login, login));
}

export async function findUserByLogin(db: Executor, login: string) {
  const [user] = await db.select().from(users).where(eq(users.login, login));
  return user;
}

export async function findUserById(db: Executor, id: number) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/** A new password hash, stamped with the database's clock. */
export async function setPassword(db: Executor, userId: number, passwordHash: string): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
