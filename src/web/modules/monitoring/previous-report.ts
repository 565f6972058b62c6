import { reportingPeriodOf, type PeriodKind } from '../../../shared/reporting-periods.js';
import type { ReportTrend } from '../../../shared/reports.js';
import { formatPeriod } from '../../ui/format.js';
import type { PreviousReport } from './indicator-cards.js';
import type { Period } from './period.js';

/**
 * What the cards' changes compare with. For a reporting period: the territory's previous report in
 * force of the same kind (last year's interim beside this year's, never the year beside its own
 * interim part). For any other period: the latest report that ended before it, and the label says
 * which one it is.
 */
export function previousReport(trend: ReportTrend | undefined, period: Period, kinds: readonly PeriodKind[]): PreviousReport | null {
  const kind = reportingPeriodOf(kinds, period)?.kind;
  const point = trend?.filter((p) => p.period.to < period.to && (kind === undefined || p.periodKind.code === kind)).at(-1);
  if (!point) return null;
  return {
    label: `к отчёту «${point.periodKind.name}» за ${formatPeriod(point.period)}`,
    values: new Map(point.values.map((v) => [v.code, v.value])),
  };
}
