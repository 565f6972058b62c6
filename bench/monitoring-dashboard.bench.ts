// The monitoring dashboard: 27 indicators × the region's municipalities for one period through the
// HTTP API, against the very statement countIndicatorsForScopes sends, run bare on the same pool. The
// same measurement at a quarter, half and all of the staff shows how the SQL grows with the data.
import { indicatorCatalog, type IndicatorValue } from '../src/shared/indicators.js';
import type { Breakdown } from '../src/shared/monitoring.js';
import { selectChildScopes } from '../src/server/modules/monitoring/breakdown.queries.js';
import { countIndicatorsForScopes } from '../src/server/modules/monitoring/indicators.queries.js';
import { findTerritory } from '../src/server/modules/registry/territories.queries.js';
import { scopeSetOf } from '../src/server/modules/monitoring/indicators.sql.js';
import { readMonitoringSettings } from '../src/server/modules/profiles/profiles.service.js';
import type { Measurement } from './measure.js';
import {
  apiGet,
  captureSql,
  lastFullYear,
  log,
  medianOf,
  openRegion,
  optionsForStaff,
  oursAgainstBare,
  type Region,
  runBare,
  thousands,
} from './monitoring-region.js';
import { benchOptions, ensurePackage } from './package-file.js';

const period = lastFullYear();
type CountRow = { code: string; scopeId: number; numerator: string | number; denominator: string | number | null };

/**
 * Where the API's time goes besides the counting statement: every other step alone (median of the
 * repetitions). The counting statement itself is not run again: at full size it takes seconds.
 */
async function explain(region: Region, answer: Breakdown, api: number, bare: number) {
  const db = region.database.db;
  const steps: [string, () => Promise<unknown>][] = [
    ['GET /auth/me (сессия)', () => apiGet(region, '/api/v1/auth/me')],
    ['findTerritory', () => findTerritory(db, region.territory.code, region.scope)],
    ['selectChildScopes', () => selectChildScopes(db, { kind: 'region', id: region.territory.id })],
    ['readMonitoringSettings', () => readMonitoringSettings(db)],
    ['JSON.stringify ответа', async () => JSON.stringify(answer)],
  ];
  const parts = [];
  for (const [name, fn] of steps) parts.push(`${name} ${(await medianOf(fn)).ms.toFixed(1)}`);
  log(`  из чего состоит (медианы, мс): API ${api.toFixed(1)}, голый SQL ${bare.toFixed(1)}; ${parts.join('; ')}`);
}

/** The dashboard for a package of `staff` workers (the run's own package when it is the run's size). */
function dashboardAt(staff: number, full: boolean): Measurement {
  return {
    name: `Сводная таблица показателей, ${thousands(staff)} работников`,
    note: full
      ? `Сводная таблица показателей (${period.from}…${period.to}): наше = GET /api/v1/indicators/breakdown?scope=<регион> через createApp (app.request, сессия region_admin); базовое = тот же оператор countIndicatorsForScopes (PgDialect) тем же пулом. Медиана ${process.env.BENCH_REPEAT || 5} повторов после прогрева, стороны поочерёдно.`
      : `Сводная таблица показателей, ${thousands(staff)} работников: то же на пакете меньшего размера (рост SQL с объёмом данных).`,
    async run(ctx) {
      const region = await openRegion(ctx, ensurePackage(optionsForStaff(staff), log));
      const url = `/api/v1/indicators/breakdown?scope=${encodeURIComponent(region.territory.code)}&from=${period.from}&to=${period.to}`;
      const children = await selectChildScopes(region.database.db, { kind: 'region', id: region.territory.id });
      const childIds = children.map((c) => c.id);
      const statements = await captureSql((recorder) =>
        countIndicatorsForScopes(recorder, { kind: 'municipality', ids: childIds }, period),
      );

      // The same numbers both ways, or the comparison means nothing.
      const answer = JSON.parse(await apiGet(region, url)) as Breakdown;
      const [bareRows] = await runBare<CountRow>(region.database, statements);
      const byKey = new Map(bareRows!.map((r) => [`${r.code}:${r.scopeId}`, r]));
      const idOf = new Map(children.map((c) => [c.code, c.id]));
      let cells = 0;
      for (const row of answer.rows) {
        for (const cell of row.cells) {
          const bare = byKey.get(`${row.code}:${idOf.get(cell.scope)}`);
          const denominator = bare?.denominator === null || bare?.denominator === undefined ? null : Number(bare.denominator);
          if (!bare || Number(bare.numerator) !== cell.numerator || (cell.denominator ?? null) !== denominator) {
            throw new Error(
              `ответы различаются: ${row.code} / ${cell.scope}: API ${cell.numerator}/${cell.denominator}, SQL ${bare?.numerator}/${bare?.denominator}`,
            );
          }
          cells++;
        }
      }
      if (cells !== indicatorCatalog.length * children.length) throw new Error(`в ответе ${cells} ячеек`);
      log(
        `  ${region.staff} работников, ${children.length} муниципалитетов: ${answer.rows.length} показателей × ${children.length} = ${cells} ячеек совпадают`,
      );

      const row = await oursAgainstBare(
        'сводная таблица',
        () => apiGet(region, url),
        () => runBare(region.database, statements),
      );
      log(`  голый SQL: ${((row.bare.ms / region.staff) * 1000).toFixed(2)} мс на 1000 работников`);
      await explain(region, answer, row.ours.ms, row.bare.ms);
      return row;
    },
  };
}

/** A quarter, a half and all of the run's staff: 10 000, 20 000 and 40 000 at full size. */
const size = benchOptions().staff;
export const dashboardGrowth: Measurement[] = [Math.round(size / 4), Math.round(size / 2), size].map((staff) =>
  dashboardAt(staff, staff === size),
);

/** The 27 indicators of the region itself: the cards above the dashboard. */
export const regionIndicators: Measurement = {
  name: 'Показатели региона',
  note: `Показатели региона (${period.from}…${period.to}): наше = GET /api/v1/indicators?scope=<регион>; базовое = оператор countIndicators (PgDialect) тем же пулом.`,
  async run(ctx) {
    const region = await openRegion(ctx);
    const url = `/api/v1/indicators?scope=${encodeURIComponent(region.territory.code)}&from=${period.from}&to=${period.to}`;
    const statements = await captureSql((recorder) => countIndicatorsForScopes(recorder, scopeSetOf(region.territory), period));
    const answer = JSON.parse(await apiGet(region, url)) as IndicatorValue[];
    const [bareRows] = await runBare<CountRow>(region.database, statements);
    const bareByCode = new Map(bareRows!.map((r) => [r.code, r]));
    for (const value of answer) {
      const bare = bareByCode.get(value.code);
      if (!bare || Number(bare.numerator) !== value.numerator) {
        throw new Error(`ответы различаются: ${value.code}: API ${value.numerator}, SQL ${bare?.numerator}`);
      }
    }
    log(`  ${answer.length} показателей совпадают`);
    return oursAgainstBare(
      'показатели региона',
      () => apiGet(region, url),
      () => runBare(region.database, statements),
    );
  },
};
