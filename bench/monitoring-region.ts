// What the monitoring measurements share: the region imported into a fresh database and a signed-in
// region_admin of the real app, the period, the exact SQL a query function sends, and timing by
// repetition (median) for operations that take milliseconds rather than minutes.
import fs from 'node:fs';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createApp, type App } from '../src/server/app.js';
import { scopeFor, type Scope } from '../src/server/auth/scope.js';
import { readConfig } from '../src/server/config.js';
import type { Database, Executor } from '../src/server/db/client.js';
import type { GenerateOptions } from '../src/server/modules/demo/generate.js';
import { importPackage } from '../src/server/modules/exchange/exchange.import.js';
import type { ResolvedScope } from '../src/server/modules/monitoring/indicators.queries.js';
import type { Period } from '../src/server/modules/monitoring/indicators.sql.js';
import type { BenchContext, Row, Timing } from './measure.js';
import { timed } from './measure.js';
import { benchOptions } from './package-file.js';
import { signIn } from './session.js';

export const log = (line: string) => process.stderr.write(`${line}\n`);

/** Timed repetitions of each side after one warm-up (BENCH_REPEAT, 5 by default); the median is reported. */
export const repeat = Number(process.env.BENCH_REPEAT || 5);

/** The last full calendar year of the package's history (BENCH_TODAY is 2026-06-30 by default: 2025). */
export function lastFullYear(options: GenerateOptions = benchOptions()): Period {
  const year = Number(options.today.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The package options for `staff` workers, scaled as BENCH_STAFF scales them (other BENCH_* still apply). */
export function optionsForStaff(staff: number): GenerateOptions {
  const saved = process.env.BENCH_STAFF;
  process.env.BENCH_STAFF = String(staff);
  try {
    return benchOptions();
  } finally {
    if (saved === undefined) delete process.env.BENCH_STAFF;
    else process.env.BENCH_STAFF = saved;
  }
}

/** 40000 → «40 000» with a plain space, so that BENCH_ONLY can match it. */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

export interface Region {
  database: Database;
  app: App;
  /** The session cookie of a region_admin. */
  headers: { cookie: string };
  /** The session's CSRF token, for writes. */
  csrf: string;
  /** The region as resolveTerritory returns it. */
  territory: ResolvedScope;
  /** The region_admin's scope for monitoring.read, as the routes compute it. */
  scope: Scope;
  staff: number;
}

/** A fresh database with the package imported (not timed), the app on it and a signed-in region_admin. */
export async function openRegion(ctx: BenchContext, packageFile = ctx.packageFile): Promise<Region> {
  const database = await ctx.freshDatabase();
  const started = performance.now();
  await importPackage(database.db, JSON.parse(fs.readFileSync(packageFile, 'utf8')), null);
  log(`  пакет импортирован за ${Math.round(performance.now() - started)} мс`);
  const { rows } = await database.pool.query<{ id: number; code: string; name: string }>('select id, code, name from regions');
  if (rows.length !== 1) throw new Error(`в базе ${rows.length} регионов, а не один`);
  const region = rows[0]!;
  const staff = await database.pool.query<{ n: string }>('select count(*) as n from people');
  const config = { ...readConfig({}), dataDir: '' };
  const app = createApp({ database, config });
  const session = await signIn(app, database, [{ role: 'region_admin' }]);
  const scope = scopeFor(
    {
      userId: 0,
      login: '',
      displayName: '',
      personId: null,
      grants: [{ role: 'region_admin', municipalityId: null, organizationId: null }],
    },
    'monitoring.read',
  );
  return {
    database,
    app,
    headers: { cookie: session.cookie },
    csrf: session.csrf,
    territory: { kind: 'region', id: region.id, code: region.code, name: region.name },
    scope,
    staff: Number(staff.rows[0]!.n),
  };
}

/** GET through the real app (session cookie, validation, authorization, service, JSON); the body as text. */
export async function apiGet(region: Region, url: string): Promise<string> {
  const response = await region.app.request(url, { headers: region.headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${body.slice(0, 500)}`);
  return body;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The statements `send` makes through its executor, rendered by drizzle's PgDialect exactly as it sends them. */
export async function captureSql(send: (recorder: Executor) => Promise<unknown>): Promise<Statement[]> {
  const captured: SQL[] = [];
  const recorder = { execute: async (query: SQL) => (captured.push(query), { rows: [] }) } as unknown as Executor;
  await send(recorder);
  const dialect = new PgDialect();
  return captured.map((query) => {
    const { sql, params } = dialect.sqlToQuery(query);
    return { sql, params };
  });
}

/** The captured statements sent one after another through the app's pool: the bare minimum of the same work. */
export async function runBare<R extends Record<string, unknown>>(database: Database, statements: Statement[]): Promise<R[][]> {
  const results: R[][] = [];
  for (const statement of statements) results.push((await database.pool.query<R>(statement.sql, statement.params)).rows);
  return results;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One warm-up, then `repeat` runs of `fn`: the median time and the peak RSS over all runs. */
export async function medianOf(fn: () => Promise<unknown>, times = repeat): Promise<Timing & { all: number[] }> {
  await fn();
  const runs: Timing[] = [];
  for (let i = 0; i < times; i++) runs.push(await timed(fn));
  const all = runs.map((r) => r.ms);
  return { ms: median(all), peakRss: Math.max(...runs.map((r) => r.peakRss)), all };
}

/**
 * Ours against bare, each warmed up once, then alternating run by run (so that a burst of load from
 * the machine's other users falls on both sides alike); the median of each side.
 */
export async function oursAgainstBare(label: string, ours: () => Promise<unknown>, bare: () => Promise<unknown>): Promise<Row> {
  await ours();
  await bare();
  const o: Timing[] = [];
  const b: Timing[] = [];
  for (let i = 0; i < repeat; i++) {
    o.push(await timed(ours));
    b.push(await timed(bare));
  }
  const row = {
    ours: { ms: median(o.map((t) => t.ms)), peakRss: Math.max(...o.map((t) => t.peakRss)) },
    bare: { ms: median(b.map((t) => t.ms)), peakRss: Math.max(...b.map((t) => t.peakRss)) },
  };
  const list = (ts: Timing[]) => ts.map((t) => Math.round(t.ms)).join(', ');
  log(`  ${label}: наше ${list(o)} мс; базовое ${list(b)} мс; медианы ${Math.round(row.ours.ms)} / ${Math.round(row.bare.ms)} мс`);
  return row;
}
