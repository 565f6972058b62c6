// The work queue of the whole region (the widest a queue gets): reports, indicators below the
// thresholds of a shipped profile, young teachers without support and the data-quality checks,
// through the HTTP API, against its costliest part alone — the region's indicator statement.
import type { WorkQueue } from '../src/shared/queue.js';
import { today } from '../src/server/http/today.js';
import { readConfig } from '../src/server/config.js';
import { countIndicatorsForScopes } from '../src/server/modules/monitoring/indicators.queries.js';
import { scopeSetOf } from '../src/server/modules/monitoring/indicators.sql.js';
import { applyProfile } from '../src/server/modules/profiles/profiles.service.js';
import { currentReportingPeriod } from '../src/server/modules/queue/queue.service.js';
import type { Measurement } from './measure.js';
import { apiGet, captureSql, log, openRegion, oursAgainstBare, runBare } from './monitoring-region.js';

export const regionWorkQueue: Measurement = {
  name: 'Рабочая очередь региона',
  note: 'Рабочая очередь региона (профиль altai-2020 с его порогами): наше = GET /api/v1/queue?scope=<регион> через createApp (сессия region_admin); базовое = один оператор показателей региона за текущий отчётный период (countIndicatorsForScopes) тем же пулом — самая дорогая из частей очереди.',
  async run(ctx) {
    const region = await openRegion(ctx);
    const settings = await applyProfile(region.database.db, 'altai-2020', null);
    const period = currentReportingPeriod(settings.reportingPeriods, today(readConfig({}).timeZone))!;
    const url = `/api/v1/queue?scope=${encodeURIComponent(region.territory.code)}`;
    const statements = await captureSql((recorder) => countIndicatorsForScopes(recorder, scopeSetOf(region.territory), period));
    const answer = JSON.parse(await apiGet(region, url)) as WorkQueue;
    log(`  пунктов очереди: ${answer.items.length} (${answer.items.map((i) => `${i.code} ${i.count}`).join(', ')})`);
    return oursAgainstBare(
      'рабочая очередь региона',
      () => apiGet(region, url),
      () => runBare(region.database, statements),
    );
  },
};
