// A signed-in user of the real app for the benchmarks: created as the test factories do, signed in over HTTP.
import type { Role } from '../src/shared/enums.js';
import type { App } from '../src/server/app.js';
import type { Database } from '../src/server/db/client.js';
import { factories } from '../src/server/test/factories.js';

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(app: App, database: Database, grants: { role: Role; municipalityId?: number }[]): Promise<Session> {
  const user = await factories(database.db).user(grants);
  const response = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: user.login, password: user.password }),
  });
  if (response.status !== 200) throw new Error(`вход ${user.login}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken?: string };
  if (!cookie || !csrfToken) throw new Error('вход не вернул cookie сессии и CSRF-токен');
  return { cookie, csrf: csrfToken };
}

/** The package's region, municipalities and organizations only: what a roster needs to find its organizations. */
export function territoryOnly(pkg: Record<string, unknown>): Record<string, unknown> {
  const { format, version, region, municipalities, organizations } = pkg;
  return { format, version, region, municipalities, organizations };
}
