import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { loginInput, meSchema, passwordChangeInput } from '../../shared/auth.js';
import { AppError } from '../../shared/errors.js';
import { router, type AppEnv } from '../http/context.js';
import { body } from '../http/openapi.js';
import { today } from '../http/today.js';
import { audit } from '../modules/audit/audit.service.js';
import { userMunicipalities } from '../modules/users/users.queries.js';
import { clearLoginFailures, countLoginFailures, findUserById, findUserByLogin, recordLoginFailure, setPassword } from './auth.queries.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { policy, roleAllows, type Action } from './policy.js';
import type { Principal } from './principal.js';
import { requirePrincipal } from './scope.js';
import { createSession, destroySession, destroyUserSessions, loadGrants, sessionCookie } from './sessions.queries.js';

export const loginLimits = { perLogin: 5, perAddress: 30, windowMinutes: 15 };

const ok = { 200: { description: 'Готово', content: { 'application/json': { schema: meSchema } } } };

export const authRoutes = router()
  .openapi(createRoute({ method: 'post', path: '/auth/login', tags: ['Вход'], request: body(loginInput), responses: ok }), async (c) => {
    const { login, password } = c.req.valid('json');
    const { database } = c.get('deps');
    const db = database.db;
    const key = login.trim().toLowerCase();
    const ip = clientAddress(c);
    // The attempt is written before it is counted, so that parallel guesses see one another.
    await recordLoginFailure(db, key, ip);
    const counts = await countLoginFailures(db, key, ip, loginLimits.windowMinutes);
    if (counts.byLogin > loginLimits.perLogin || counts.byAddress > loginLimits.perAddress) {
      throw new AppError('rate_limited', `Слишком много неудачных попыток входа. Повторите через ${loginLimits.windowMinutes} минут.`);
    }
    const user = await findUserByLogin(db, key);
    const valid = await verifyPassword(user?.active ? user.passwordHash : null, password);
    if (!user || !valid) {
      // Written for the «Входы» view; the person who tried is unknown, so the entry has no actor.
      await audit(db, null, {
        action: 'login_failed',
        entity: 'user',
        entityId: user?.id ?? null,
        entityLabel: key,
        municipalityIds: user ? await userMunicipalities(db, user.id) : null,
        changes: { ip, reason: !user ? 'unknown_login' : !user.active ? 'blocked' : 'wrong_password' },
      });
      throw new AppError('unauthenticated', 'Неверный логин или пароль.');
    }
    const old = getCookie(c, sessionCookie);
    const session = await db.transaction(async (tx) => {
      if (old) await destroySession(tx, old);
      await clearLoginFailures(tx, key);
      const created = await createSession(tx, user.id, { ip, userAgent: c.req.header('user-agent') ?? null });
      await audit(
        tx,
        { userId: user.id, login: user.login, displayName: user.displayName, personId: user.personId, grants: [] },
        {
          action: 'login',
          entity: 'user',
          entityId: user.id,
          entityLabel: user.login,
          municipalityIds: await userMunicipalities(tx, user.id),
          changes: { ip },
        },
      );
      return created;
    });
    setSessionCookie(c, session.token);
    const grants = await loadGrants(db, user.id);
    return c.json(
      meBody(c, { userId: user.id, login: user.login, displayName: user.displayName, personId: user.personId, grants }, session.csrfToken),
      200,
    );
  })
  .openapi(createRoute({ method: 'get', path: '/auth/me', tags: ['Вход'], responses: ok }), async (c) => {
    const principal = requirePrincipal(c.get('principal'));
    return c.json(meBody(c, principal, c.get('csrfToken') ?? ''), 200);
  })
  .openapi(
    createRoute({ method: 'post', path: '/auth/logout', tags: ['Вход'], responses: { 204: { description: 'Сессия закрыта' } } }),
    async (c) => {
      const token = getCookie(c, sessionCookie);
      const principal = c.get('principal');
      const { database } = c.get('deps');
      if (token) {
        await database.db.transaction(async (tx) => {
          await destroySession(tx, token);
          if (principal)
            await audit(tx, principal, {
              action: 'logout',
              entity: 'user',
              entityId: principal.userId,
              entityLabel: principal.login,
              municipalityIds: await userMunicipalities(tx, principal.userId),
            });
        });
      }
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/auth/password', tags: ['Вход'], request: body(passwordChangeInput), responses: ok }),
    async (c) => {
      const principal = requirePrincipal(c.get('principal'));
      const { currentPassword, newPassword } = c.req.valid('json');
      const { database } = c.get('deps');
      const user = await findUserById(database.db, principal.userId);
      if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('validation', 'Текущий пароль введён неверно.', [{ path: 'currentPassword', message: 'Неверный пароль' }]);
      }
      const problem = passwordProblem(newPassword, [user.login, user.displayName]);
      if (problem) throw new AppError('validation', problem, [{ path: 'newPassword', message: problem }]);
      const passwordHash = await hashPassword(newPassword);
      // Every other session of the user ends; this one is replaced by a fresh id.
      const session = await database.db.transaction(async (tx) => {
        await setPassword(tx, user.id, passwordHash);
        await destroyUserSessions(tx, user.id);
        await audit(tx, principal, { action: 'password', entity: 'user', entityId: user.id, entityLabel: user.login });
        return createSession(tx, user.id, { ip: clientAddress(c), userAgent: c.req.header('user-agent') ?? null });
      });
      setSessionCookie(c, session.token);
      return c.json(meBody(c, principal, session.csrfToken), 200);
    },
  );

function meBody(c: Context<AppEnv>, principal: Principal, csrfToken: string) {
  const can = (Object.keys(policy) as Action[]).filter((action) => principal.grants.some((grant) => roleAllows(grant.role, action)));
  return { ...principal, csrfToken, can, today: today(c.get('deps').config.timeZone) };
}

function setSessionCookie(c: Context<AppEnv>, token: string) {
  const { config } = c.get('deps');
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
  });
}

/** The peer address; X-Forwarded-For is not trusted (no proxy is assumed in front). */
export function clientAddress(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
