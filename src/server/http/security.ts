import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../../shared/errors.js';
import { readSession, sessionCookie } from '../auth/sessions.queries.js';
import type { AppEnv } from './context.js';

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'same-origin',
  xContentTypeOptions: 'nosniff',
  crossOriginOpenerPolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});

/** Loads the principal of the session cookie, if any; never rejects on its own. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('principal', null);
  c.set('csrfToken', null);
  const token = getCookie(c, sessionCookie);
  if (token) {
    const { database, config } = c.get('deps');
    const session = await readSession(database.db, token, { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs });
    if (session) {
      c.set('principal', session.principal);
      c.set('csrfToken', session.csrfToken);
    }
  }
  await next();
};

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF: a state-changing request must come from our own origin (Origin or Sec-Fetch-Site), and,
 * within a session, carry the session's token in X-CSRF-Token (double submit through JS only).
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!unsafe.has(c.req.method)) return next();
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  const host = c.req.header('host');
  if (origin && host && originHost(origin) !== host) throw new AppError('csrf', 'Запрос с чужого сайта отклонён.');
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('csrf', 'Запрос с чужого сайта отклонён.');
  // Signing in is guarded by the origin check alone: the page that signs in may still hold an
  // old session whose token it never loaded, and a fresh session is issued anyway.
  const expected = c.req.path === '/api/v1/auth/login' ? null : c.get('csrfToken');
  if (expected && c.req.header('x-csrf-token') !== expected) {
    throw new AppError('csrf', 'Сессия устарела: обновите страницу и повторите действие.');
  }
  await next();
};

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
