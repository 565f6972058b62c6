// The staff list under load: our app over HTTP (session, validation, authorization, service) against a
// bare node http endpoint that sends the very SQL of the same page through the same pool.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createApp } from '../src/server/app.js';
import { scopeFor } from '../src/server/auth/scope.js';
import { readConfig } from '../src/server/config.js';
import type { Database, Executor } from '../src/server/db/client.js';
import { today } from '../src/server/http/today.js';
import { importPackage } from '../src/server/modules/exchange/exchange.import.js';
import { countPeople, type PersonFilters, selectPeople } from '../src/server/modules/registry/people.queries.js';
import type { LoadStats, Measurement, Timing } from './measure.js';
import { timed } from './measure.js';
import { signIn } from './session.js';

const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const seconds = Number(process.env.BENCH_SECONDS || 10);
const pageSize = 50;
/** The first page of a municipality's teachers by name: the list a municipal methodist opens most. */
const filters: PersonFilters = { category: 'teacher', sort: 'name', order: 'asc' };
const listPath = '/api/v1/people?category=teacher&sort=name&page=1&pageSize=50';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The statements selectPeople and countPeople send for this scope and day, with their parameters. */
async function staffListSql(municipalityId: number, day: string) {
  const captured: SQL[] = [];
  const recorder = { execute: async (query: SQL) => (captured.push(query), { rows: [] }) } as unknown as Executor;
  const scope = scopeFor(
    {
      userId: 0,
      login: '',
      displayName: '',
      personId: null,
      grants: [{ role: 'municipal_methodist', municipalityId, organizationId: null }],
    },
    'registry.read',
  );
  await selectPeople(recorder, scope, day, filters, pageSize, 0);
  await countPeople(recorder, scope, day, filters);
  const dialect = new PgDialect();
  const [page, count] = captured.map((q) => dialect.sqlToQuery(q));
  return { page: page!, count: count! };
}

function bareServer(database: Database, statements: Awaited<ReturnType<typeof staffListSql>>): http.Server {
  return http.createServer((_req, res) => {
    void (async () => {
      try {
        const page = await database.pool.query<{ organizations: unknown[] | null }>(statements.page.sql, statements.page.params);
        const count = await database.pool.query<{ total: number }>(statements.count.sql, statements.count.params);
        const items = page.rows.map((r) => ({ ...r, organizations: r.organizations ?? [] }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ items, total: Number(count.rows[0]!.total), page: 1, pageSize }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    })();
  });
}

const listen = (server: http.Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

function load(url: string, headers: Record<string, string>, duration: number): Promise<LoadStats> {
  const script = fileURLToPath(new URL('./load-client.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, script, JSON.stringify({ url, headers, connections, seconds: duration })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output) as LoadStats) : reject(new Error(`autocannon: код ${code}`))));
  });
}

async function measured(url: string, headers: Record<string, string>): Promise<{ timing: Timing; stats: LoadStats }> {
  await load(url, headers, 2); // warm-up: JIT, plan caches, shared buffers
  let stats!: LoadStats;
  const timing = await timed(async () => (stats = await load(url, headers, seconds)));
  if (stats.failures) throw new Error(`${url}: ${stats.failures} неудачных ответов из ${stats.requests}`);
  return { timing, stats };
}

export const staffListLoad: Measurement = {
  name: 'Список работников под нагрузкой',
  note: `Нагрузка: autocannon, ${connections} соединений, ${seconds} с на каждую сторону (после 2 с прогрева), в отдельном процессе. Базовое = голый node http, тот же SQL страницы и счётчика тем же пулом; наше = приложение (сессия, проверка запроса, права, сервис). Пик RSS — процесса сервера за время прогона.`,
  async run(ctx) {
    const database = await ctx.freshDatabase();
    const started = performance.now();
    await importPackage(database.db, JSON.parse(fs.readFileSync(ctx.packageFile, 'utf8')), null);
    log(`  пакет импортирован за ${Math.round(performance.now() - started)} мс`);
    // The municipality with the most current teachers: the heaviest list a municipal methodist opens.
    const { rows } = await database.pool.query<{ id: number; teachers: number }>(`
      select o.municipality_id as id, count(distinct e.person_id) as teachers from employments e join organizations o on o.id = e.organization_id
      where e.category = 'teacher' and e."end" is null group by 1 order by 2 desc limit 1`);
    const municipalityId = rows[0]!.id;
    const config = { ...readConfig({}), dataDir: '' };
    const app = createApp({ database, config });
    const session = await signIn(app, database, [{ role: 'municipal_methodist', municipalityId }]);
    const ours = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
    await new Promise((resolve) => (ours.listening ? resolve(null) : ours.once('listening', resolve)));
    const oursUrl = `http://127.0.0.1:${(ours.address() as AddressInfo).port}${listPath}`;
    const bare = bareServer(database, await staffListSql(municipalityId, today(config.timeZone)));
    const bareUrl = `${await listen(bare)}${listPath}`;
    try {
      const headers = { cookie: session.cookie };
      // Both must answer the same page, or the comparison means nothing.
      const [a, b] = await Promise.all([
        fetch(oursUrl, { headers }).then((r) => r.json() as Promise<{ total: number; items: { id: number }[] }>),
        fetch(bareUrl).then((r) => r.json() as Promise<{ total: number; items: { id: number }[] }>),
      ]);
      if (a.total !== b.total || a.items.map((i) => i.id).join() !== b.items.map((i) => i.id).join()) {
        throw new Error(`ответы различаются: наше total=${a.total}, базовое total=${b.total}`);
      }
      log(`  муниципалитет ${municipalityId}: педагогов в списке ${a.total}, на странице ${a.items.length}`);
      const o = await measured(oursUrl, headers);
      const r = await measured(bareUrl, {});
      return { ours: o.timing, bare: r.timing, load: { ours: o.stats, bare: r.stats } };
    } finally {
      await new Promise((resolve) => ours.close(resolve));
      await new Promise((resolve) => bare.close(resolve));
    }
  },
};
