// Freezing the region's report: the HTTP API (session, CSRF, validation, authorization, the service's
// transaction with its audit entries) against the statements it runs, sent bare in one transaction
// on the same pool: supersede the unsubmitted version, insert the report, write every list behind
// every number (one INSERT … SELECT), count the figures from the lists, the breakdown, the update.
import type { PoolClient } from 'pg';
import { insertReportLists, selectFrozenCounts } from '../src/server/modules/reports/reports.queries.js';
import { selectChildScopes } from '../src/server/modules/monitoring/breakdown.queries.js';
import { countIndicatorsForScopes } from '../src/server/modules/monitoring/indicators.queries.js';
import type { Measurement } from './measure.js';
import { captureSql, log, oursAgainstBare, openRegion, type Region, type Statement } from './monitoring-region.js';
import { benchOptions } from './package-file.js';

/** The second reporting period of the last full year under the default dates (31.05, 31.12). */
const year = Number(benchOptions().today.slice(0, 4)) - 1;
const period = { from: `${year}-06-01`, to: `${year}-12-31` };

async function freezeThroughApi(region: Region): Promise<number> {
  const response = await region.app.request('/api/v1/reports', {
    method: 'POST',
    headers: { ...region.headers, 'x-csrf-token': region.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ scope: region.territory.code, ...period }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST /reports: ${response.status} ${text.slice(0, 500)}`);
  return (JSON.parse(text) as { id: number }).id;
}

async function run(client: PoolClient, statement: Statement | string, params: unknown[] = []) {
  return typeof statement === 'string' ? client.query(statement, params) : client.query(statement.sql, statement.params);
}

/** The same statements without the app: one transaction on a pooled connection. */
async function freezeBare(region: Region, breakdown: Statement[]): Promise<number> {
  const client = await region.database.pool.connect();
  try {
    await client.query('begin');
    const where = `region_id = $1 and municipality_id is null and period_from = $2 and period_to = $3`;
    const params = [region.territory.id, period.from, period.to];
    await run(client, `select pg_advisory_xact_lock(hashtext($1))`, [`report:${region.territory.id}:0:${period.from}:${period.to}`]);
    const latest = await run(client, `select coalesce(max(version), 0) as v from reports where ${where}`, params);
    await run(client, `update reports set status = 'superseded' where ${where} and status = 'frozen'`, params);
    const inserted = await run(
      client,
      `insert into reports (region_id, territory_code, territory_name, period_from, period_to, version, frozen_by_name)
       values ($1, $4, $4, $2, $3, $5, 'bench') returning id`,
      [...params, region.territory.code, Number(latest.rows[0].v) + 1],
    );
    const id = inserted.rows[0].id as number;
    const [lists] = await captureSql((recorder) => insertReportLists(recorder, id, region.territory, period));
    await run(client, lists!);
    const [counts] = await captureSql((recorder) => selectFrozenCounts(recorder, id));
    const counted = await run(client, counts!);
    for (const statement of breakdown) await run(client, statement);
    await run(client, `update reports set indicators = $1::jsonb where id = $2`, [JSON.stringify(counted.rows), id]);
    await client.query('commit');
    return id;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

export const regionSnapshot: Measurement = {
  name: 'Фиксация отчёта региона',
  note: `Фиксация отчёта региона (${period.from}…${period.to}) со всеми списками; наше = POST /api/v1/reports через createApp (сессия, CSRF, проверка, права, транзакция сервиса с журналом); базовое = те же операторы (INSERT … SELECT списков, подсчёт по спискам, сводная по муниципалитетам, запись отчёта) одной транзакцией тем же пулом.`,
  async run(ctx) {
    const region = await openRegion(ctx);
    const children = await selectChildScopes(region.database.db, { kind: 'region', id: region.territory.id });
    const breakdown = await captureSql((recorder) =>
      countIndicatorsForScopes(recorder, { kind: 'municipality', ids: children.map((c) => c.id) }, period),
    );
    // Both sides write the same lists: check it once before timing.
    const ours = await freezeThroughApi(region);
    const bare = await freezeBare(region, breakdown);
    const size = async (id: number) =>
      (await region.database.pool.query<{ n: string }>('select count(*) as n from report_members where report_id = $1', [id])).rows[0]!.n;
    const [oursRows, bareRows] = [await size(ours), await size(bare)];
    if (oursRows !== bareRows) throw new Error(`списки различаются: API ${oursRows} строк, SQL ${bareRows}`);
    const lines = await region.database.pool.query<{ n: string }>('select count(*) as n from report_lines where report_id = $1', [ours]);
    const bytes = await region.database.pool.query<{ total: string }>(
      `select pg_total_relation_size('report_members') + pg_total_relation_size('report_lines') as total`,
    );
    log(
      `  в отчёте ${oursRows} строк списков и ${lines.rows[0]!.n} строк имён; таблицы списков после двух фиксаций: ${(Number(bytes.rows[0]!.total) / 1e6).toFixed(0)} МБ`,
    );
    return oursAgainstBare(
      'фиксация отчёта региона',
      () => freezeThroughApi(region),
      () => freezeBare(region, breakdown),
    );
  },
};
