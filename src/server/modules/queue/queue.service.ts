// The work queue of a territory: indicators below the region's thresholds, data-quality warnings,
// reports due, returned or awaiting review, young teachers without support — each composed from a
// set-based query the monitoring module already has (one statement per kind, never one per record).
import { formatPeriod } from '../../../shared/dates.js';
import { indicatorCatalog, type IndicatorCode } from '../../../shared/indicators.js';
import { qualityCatalog } from '../../../shared/quality.js';
import { queueSampleSize, type QueueItem, type WorkQueue } from '../../../shared/queue.js';
import { endedReportingPeriods, reportingPeriods, type PeriodKind, type ReportingPeriod } from '../../../shared/reporting-periods.js';
import type { Principal } from '../../auth/principal.js';
import { scopeFor, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { thresholdMet } from '../monitoring/breakdown.service.js';
import { countIndicators, type ResolvedScope } from '../monitoring/indicators.queries.js';
import { indicatorValue } from '../monitoring/indicators.value.js';
import { runCheck } from '../monitoring/quality.queries.js';
import { listSubmissions } from '../reports/reports.service.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import { selectYoungWithoutSupport } from './queue.queries.js';

const hasTerritory = (scope: Scope) =>
  scope.region || scope.municipalityIds.length > 0 || scope.organizationIds.length > 0 || scope.personIds.length > 0;

const search = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

/**
 * The reporting period that holds `today`; of overlapping kinds (an interim part inside the year) the
 * longest, since thresholds are judged on it (001 §20: on the year).
 */
export function currentReportingPeriod(kinds: readonly PeriodKind[], today: string): ReportingPeriod | null {
  const year = Number(today.slice(0, 4));
  const holding = reportingPeriods(kinds, year, year + 1).filter((p) => p.from <= today && today <= p.to);
  return holding.sort((a, b) => a.from.localeCompare(b.from) || b.to.localeCompare(a.to))[0] ?? null;
}

/**
 * The queue of the territory `scopeCode` (a code GET /scopes offers) on day `today`. `scope` is the
 * caller's monitoring scope; report items need the caller's own reports scope, review items their
 * review scope, so those are taken from the principal.
 */
export async function workQueue(db: Executor, principal: Principal, scopeCode: string, today: string, scope: Scope): Promise<WorkQueue> {
  const territory = await resolveTerritory(db, scopeCode, scope);
  const settings = await readMonitoringSettings(db);
  const period = currentReportingPeriod(settings.reportingPeriods, today);
  const reportPeriod = endedReportingPeriods(settings.reportingPeriods, today, 1)[0] ?? null;
  // Independent statements: on PostgreSQL they run side by side on the pool.
  const parts = await Promise.all([
    reportPeriod ? reportItems(db, principal, territory, reportPeriod) : [],
    period ? indicatorItems(db, territory, period, settings.indicators, settings.thresholds) : [],
    youngItems(db, territory, today),
    qualityItems(db, territory, today),
  ]);
  const items: QueueItem[] = parts.flat();
  const dates = (p: ReportingPeriod | null) => (p ? { name: p.name, from: p.from, to: p.to } : null);
  return {
    territory: { kind: territory.kind, code: territory.code, name: territory.name },
    period: dates(period),
    reportPeriod: dates(reportPeriod),
    items,
  };
}

/** The region's indicators (its profile's set) whose value over the period is below the threshold. */
async function indicatorItems(
  db: Executor,
  territory: ResolvedScope,
  period: ReportingPeriod,
  codes: readonly string[],
  thresholds: Partial<Record<IndicatorCode, number>>,
): Promise<QueueItem[]> {
  const chosen = new Set(codes);
  // Without a threshold no indicator can fall below it: nothing to count.
  if (!indicatorCatalog.some((d) => chosen.has(d.code) && thresholds[d.code as IndicatorCode] !== undefined)) return [];
  const counts = new Map((await countIndicators(db, territory, period)).map((row) => [row.code, row]));
  return indicatorCatalog.flatMap((definition): QueueItem[] => {
    const threshold = thresholds[definition.code as IndicatorCode];
    if (!chosen.has(definition.code) || threshold === undefined) return [];
    const row = counts.get(definition.code as IndicatorCode);
    const { value, numerator, denominator } = indicatorValue(definition, row?.numerator ?? 0, row?.denominator ?? null);
    if (thresholdMet(value, threshold) !== false) return [];
    const share = definition.kind === 'share';
    const params = { scope: territory.code, from: period.from, to: period.to, ...(share ? { side: 'rest' } : {}) };
    return [
      {
        kind: 'indicator',
        code: definition.code,
        title: definition.name,
        hint: share
          ? 'Откройте список тех, кто не вошёл в показатель: им нужна помощь.'
          : 'Откройте показатель: что в него вошло за период и чего не хватает до порога.',
        count: share && denominator !== null ? denominator - numerator : numerator,
        href: `/monitoring/indicators/${definition.code}${search(params)}`,
        value,
        threshold,
        sample: [],
      },
    ];
  });
}

/** One item per data-quality check that finds something. */
async function qualityItems(db: Executor, territory: ResolvedScope, today: string): Promise<QueueItem[]> {
  const found = await Promise.all(
    qualityCatalog.map(async (check) => ({ check, rows: await runCheck(db, territory, today, check.code, queueSampleSize, 0) })),
  );
  return found
    .filter(({ rows }) => rows.total > 0)
    .map(({ check, rows }) => ({
      kind: 'quality',
      code: check.code,
      title: check.title,
      hint: check.fixHint,
      count: rows.total,
      href: `/monitoring${search({ scope: territory.code })}#quality`,
      value: null,
      threshold: null,
      sample: rows.items,
    }));
}

async function youngItems(db: Executor, territory: ResolvedScope, today: string): Promise<QueueItem[]> {
  const rows = await selectYoungWithoutSupport(db, territory, today, queueSampleSize);
  if (!rows.total) return [];
  const filter: Record<string, string> = { category: 'teacher', young: 'true' };
  if (territory.kind === 'municipality') filter.municipalityId = String(territory.id);
  if (territory.kind === 'organization') filter.organizationId = String(territory.id);
  return [
    {
      kind: 'young',
      code: 'young_without_support',
      title: 'Молодые педагоги без наставника, ИОМ, Школы молодого педагога и курсов',
      hint: 'Назначьте наставника, включите в Школу молодого педагога или составьте индивидуальный образовательный маршрут.',
      count: rows.total,
      href: `/registry/people${search(filter)}`,
      value: null,
      threshold: null,
      sample: rows.items,
    },
  ];
}

/**
 * The reports of the latest ended reporting period for the territory's municipalities (a region:
 * all of them in the caller's reports scope; a municipality: its own): not yet submitted, returned
 * for rework, and — for a caller who accepts reports — submitted and awaiting review. None for an
 * organization or a caller without access to reports.
 */
async function reportItems(db: Executor, principal: Principal, territory: ResolvedScope, period: ReportingPeriod): Promise<QueueItem[]> {
  const reportsScope = scopeFor(principal, 'reports.read');
  if (territory.kind === 'organization' || !hasTerritory(reportsScope)) return [];
  const submissions = (await listSubmissions(db, period, reportsScope)).filter(
    (s) => territory.kind === 'region' || s.municipality.code === territory.code,
  );
  // Only the period's acceptor reviews: the regional operator, or the municipality's authority.
  const review = scopeFor(principal, 'reports.review');
  const reviews = (municipalityId: number) =>
    period.acceptor === 'region' ? review.region : review.municipalityIds.includes(municipalityId);
  const periodText = formatPeriod(period);
  const monitoringHref = (code: string) => `/monitoring${search({ scope: code, from: period.from, to: period.to })}`;
  const due = submissions.filter((s) => !s.report || s.report.status === 'frozen');
  const returned = submissions.filter((s) => s.report?.status === 'returned');
  const waiting = submissions.filter((s) => s.report?.status === 'submitted' && reviews(s.municipality.id));
  const item = (
    code: string,
    title: string,
    hint: string,
    rows: typeof submissions,
    href: string,
    label = (s: (typeof rows)[number]) => s.municipality.name,
  ) => ({
    kind: 'report' as const,
    code,
    title,
    hint,
    count: rows.length,
    href,
    value: null,
    threshold: null,
    sample: rows.slice(0, queueSampleSize).map((s) => ({
      id: s.report?.id ?? s.municipality.id,
      label: label(s),
      href: s.report && s.report.status !== 'frozen' ? `/monitoring/reports/${s.report.id}` : monitoringHref(s.municipality.code),
    })),
  });
  const reportsHref = '/monitoring/reports';
  const items: QueueItem[] = [];
  if (returned.length)
    items.push(
      item(
        'report_returned',
        `Отчёт за ${periodText} возвращён на доработку`,
        'Исправьте данные по замечанию, зафиксируйте отчёт заново и сдайте его.',
        returned,
        returned.length === 1 ? `/monitoring/reports/${returned[0]!.report!.id}` : reportsHref,
        (s) => (s.report?.reviewComment ? `${s.municipality.name}: ${s.report.reviewComment}` : s.municipality.name),
      ),
    );
  if (due.length)
    items.push(
      item(
        'report_due',
        `Отчёт за ${periodText} не сдан`,
        'Проверьте показатели, зафиксируйте отчёт и сдайте его.',
        due,
        due.length === 1 ? monitoringHref(due[0]!.municipality.code) : reportsHref,
      ),
    );
  if (waiting.length)
    items.push(
      item(
        'report_submitted',
        `Отчёты за ${periodText} ждут приёмки`,
        'Сравните отчёт с текущими данными и примите или верните его.',
        waiting,
        reportsHref,
      ),
    );
  return items;
}
