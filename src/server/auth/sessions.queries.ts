import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { loginFailures, sessions, userRoles, users } from './auth.tables.js';
import type { Principal } from './principal.js';

export const sessionCookie = 'metodset_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Session times are stamped by the database (`now()`), so they are measured by the database's clock
// too: the application's clock may differ from it.
const ago = (ms: number) => sql`now() - ${ms}::double precision * interval '1 millisecond'`;

export interface NewSession {
  token: string;
  csrfToken: string;
}

export async function createSession(db: Executor, userId: number, meta: { ip: string; userAgent: string | null }): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insert(sessions)
    .values({ idHash: hashToken(token), userId, csrfToken, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) ?? null });
  return { token, csrfToken };
}

export async function destroySession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

export async function destroyUserSessions(db: Executor, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export interface ActiveSession {
  idHash: string;
  csrfToken: string;
  principal: Principal;
}

/**
 * The live session of a cookie token, or null. A session idle longer than idleMs or older than
 * absoluteMs is deleted on sight; last-seen is written at most once a minute.
 */
export async function readSession(
  db: Executor,
  token: string,
  limits: { idleMs: number; absoluteMs: number },
): Promise<ActiveSession | null> {
  const idHash = hashToken(token);
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      userId: users.id,
      login: users.login,
      displayName: users.displayName,
      personId: users.personId,
      active: users.active,
      expired: sql<boolean>`${sessions.lastSeenAt} < ${ago(limits.idleMs)} or ${sessions.createdAt} < ${ago(limits.absoluteMs)}`,
      seenLongAgo: sql<boolean>`${sessions.lastSeenAt} < ${ago(60_000)}`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  if (!row) return null;
  if (!row.active || row.expired) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (row.seenLongAgo) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.idHash, idHash));
  }
  const grants = await loadGrants(db, row.userId);
  return {
    idHash,
    csrfToken: row.csrfToken,
    principal: { userId: row.userId, login: row.login, displayName: row.displayName, personId: row.personId, grants },
  };
}

export async function loadGrants(db: Executor, userId: number) {
  return db
    .select({ role: userRoles.role, municipalityId: userRoles.municipalityId, organizationId: userRoles.organizationId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
}

/** Deletes expired sessions and login attempts older than the rate-limit window. */
export async function purgeExpired(db: Executor, limits: { idleMs: number; absoluteMs: number; attemptWindowMs: number }): Promise<void> {
  await db.delete(sessions).where(or(lt(sessions.lastSeenAt, ago(limits.idleMs)), lt(sessions.createdAt, ago(limits.absoluteMs))));
  await db.delete(loginFailures).where(lt(loginFailures.at, ago(limits.attemptWindowMs)));
}
