// The drill-down of the region's largest people indicator, first page: the HTTP API against the very
// statement selectMembers sends, run bare on the same pool.
import { indicatorCatalog, type IndicatorCode } from '../src/shared/indicators.js';
import type { DrilldownPage, DrilldownSide } from '../src/shared/monitoring.js';
import { selectMembers } from '../src/server/modules/monitoring/drilldown.queries.js';
import { countIndicators } from '../src/server/modules/monitoring/indicators.queries.js';
import { findTerritory } from '../src/server/modules/registry/territories.queries.js';
import type { Measurement } from './measure.js';
import { apiGet, captureSql, lastFullYear, log, medianOf, openRegion, oursAgainstBare, runBare } from './monitoring-region.js';

const period = lastFullYear();
const pageSize = 50;

export const drilldownFirstPage: Measurement = {
  name: 'Список за показателем',
  note: `Список за показателем (${period.from}…${period.to}): самый большой показатель о людях по региону, сторона с большим числом людей, страница 1 по ${pageSize}; наше = GET /api/v1/indicators/{код}/members через createApp; базовое = оператор selectMembers (PgDialect) тем же пулом.`,
  async run(ctx) {
    const region = await openRegion(ctx);
    // The people indicator with the longest list behind one of its sides, for the whole region.
    const counts = new Map((await countIndicators(region.database.db, region.territory, period)).map((c) => [c.code, c]));
    const sides = indicatorCatalog
      .filter((d) => d.subject === 'people')
      .flatMap((d) => {
        const { numerator, denominator } = counts.get(d.code as IndicatorCode)!;
        const n = Number(numerator);
        const rest = denominator === null ? 0 : Number(denominator) - n;
        return [
          { code: d.code as IndicatorCode, side: 'numerator' as DrilldownSide, size: n },
          { code: d.code as IndicatorCode, side: 'rest' as DrilldownSide, size: rest },
        ];
      })
      .sort((a, b) => b.size - a.size);
    const { code, side, size } = sides[0]!;
    log(`  самый большой список: ${code}, сторона ${side}, ${size} человек`);

    const url =
      `/api/v1/indicators/${code}/members?scope=${encodeURIComponent(region.territory.code)}` +
      `&from=${period.from}&to=${period.to}&side=${side}&page=1&pageSize=${pageSize}`;
    const filter = { code, subject: 'people' as const, side };
    const statements = await captureSql((recorder) => selectMembers(recorder, region.territory, period, filter, pageSize, 0));

    const answer = JSON.parse(await apiGet(region, url)) as DrilldownPage;
    const [bareRows] = await runBare<{ id: number | null; total: string | number }>(region.database, statements);
    const bareIds = bareRows!.filter((r) => r.id !== null).map((r) => r.id);
    const bareTotal = Number(bareRows![0]?.total ?? 0);
    if (answer.total !== bareTotal || answer.items.map((i) => i.id).join() !== bareIds.join()) {
      throw new Error(`ответы различаются: API total=${answer.total}, SQL total=${bareTotal}`);
    }
    if (answer.total !== size) throw new Error(`в списке ${answer.total} человек, а показатель насчитал ${size}`);
    log(`  всего ${answer.total}, на странице ${answer.items.length}: id совпадают`);

    const row = await oursAgainstBare(
      'список за показателем',
      () => apiGet(region, url),
      () => runBare(region.database, statements),
    );
    const resolve = await medianOf(() => findTerritory(region.database.db, region.territory.code, region.scope));
    const me = await medianOf(() => apiGet(region, '/api/v1/auth/me'));
    log(`  из чего состоит (медианы, мс): findTerritory ${resolve.ms.toFixed(1)}; GET /auth/me (сессия) ${me.ms.toFixed(1)}`);
    return row;
  },
};
