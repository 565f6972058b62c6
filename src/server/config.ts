import path from 'node:path';

/** Settings read once from the environment; every default is the zero-set-up one. */
export interface Config {
  port: number;
  /** Address to listen on: this computer only, unless HOST says otherwise (0.0.0.0 for the network). */
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Idle and absolute session lifetimes, in milliseconds. */
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** The time zone in which "today" is reckoned (young teachers, periods). */
  timeZone: string;
  /** Secure cookies need HTTPS; off only for plain-HTTP local runs. */
  secureCookies: boolean;
  /** The built web UI (`vite build`); served when it exists. */
  webRoot: string;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`Переменная окружения ${name} должна быть положительным числом, получено «${raw}».`);
  return value;
}

export function readConfig(env = process.env): Config {
  return {
    port: positiveNumber('PORT', 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.METODSET_DATA_DIR || 'data'),
    sessionIdleMs: positiveNumber('METODSET_SESSION_IDLE_MINUTES', 60) * 60_000,
    sessionAbsoluteMs: positiveNumber('METODSET_SESSION_ABSOLUTE_HOURS', 12) * 3_600_000,
    timeZone: env.METODSET_TIME_ZONE || 'Europe/Moscow',
    secureCookies: env.METODSET_SECURE_COOKIES === 'true',
    webRoot: path.resolve('dist/web'),
  };
}
