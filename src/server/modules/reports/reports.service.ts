// The reporting cycle: a municipality's head freezes the indicators for one of the region's
// reporting periods into an immutable snapshot with the names behind every number and submits it
// to the period's acceptor — the regional operator (001 §20) or the municipality's education
// authority (000 §3.3, 002 §3.2, 004 §2.1) — who sees who has submitted, compares a snapshot with
// the live figures and with the previous report of the same kind, accepts it or returns it with a
// comment, after which a new version is frozen.
import { AppError } from '../../../shared/errors.js';
import { indicatorQuery, type IndicatorCode } from '../../../shared/indicators.js';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import {
  reportStatus,
  type ReportComparison,
  type ReportDetails,
  type ReportDocument,
  type ReportIndicator,
  type ReportMembersPage,
  type ReportStatus,
  type ReportSummary,
  type ReportTrend,
  type Submissions,
} from '../../../shared/reports.js';
import {
  endedReportingPeriods,
  kindRule,
  reportAcceptor,
  reportingPeriodOf,
  reportingPeriods,
  type ReportingPeriod,
} from '../../../shared/reporting-periods.js';
import { zodIssues } from '../../../shared/zod.js';
import type { Principal } from '../../auth/principal.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { audit } from '../audit/audit.service.js';
import type { MonitoringSettings } from '../../../shared/profiles.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';
import { indicatorByCode } from '../monitoring/drilldown.service.js';
import { countIndicators } from '../monitoring/indicators.queries.js';
import type { IndicatorRequest } from '../monitoring/indicators.service.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import type { ScopeRef } from '../monitoring/indicators.sql.js';
import { groupMembers, reportBreakdown, reportIndicators, reportProfile } from './report-document.js';
import { formatPeriod } from './report-format.js';
import {
  insertReport,
  insertReportLists,
  lockTransaction,
  markReviewed,
  markSubmitted,
  selectGrantedMunicipalities,
  selectRegionOfMunicipality,
  setReportContent,
  supersedeReport,
  selectFrozenCounts,
  selectAllReportMembers,
  selectLatestVersion,
  selectPreviousOfKind,
  selectReport,
  selectReportContent,
  selectReportMembers,
  selectReports,
  selectTrendRows,
  type ReportRow,
} from './reports.queries.js';

export const reportNotFound = () => new AppError('not_found', 'Отчёт не найден или недоступен.');

function summaryOf(row: ReportRow): ReportSummary {
  return {
    id: row.id,
    territory: { kind: row.municipalityId === null ? 'region' : 'municipality', code: row.territoryCode, name: row.territoryName },
    period: { from: row.periodFrom, to: row.periodTo },
    periodKind: { code: row.periodKind, name: row.periodName },
    acceptor: row.acceptor,
    version: row.version,
    status: row.status,
    profile: row.profileCode ? { code: row.profileCode, title: row.profileTitle ?? row.profileCode } : null,
    frozenAt: row.frozenAt,
    frozenBy: row.frozenByName,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedByName,
    reviewedAt: row.reviewedAt,
    reviewedBy: row.reviewedByName,
    reviewComment: row.reviewComment,
  };
}

/** «Промежуточный (январь — май) 01.01–31.05; Календарный год 01.01–31.12»: the region's kinds of period. */
const kindsText = (kinds: MonitoringSettings['reportingPeriods']) => kinds.map((k) => `${k.name} ${kindRule(k)}`).join('; ');

/**
 * Freezes the report of a municipality (or, for the region admin, of the region) for a reporting
 * period: every list behind every number in one statement, the figures counted from those lists
 * (so a number and its names cannot disagree), the thresholds and the breakdown, in one
 * transaction. A frozen but unsubmitted report of the same period steps aside (superseded); a
 * submitted or accepted one must first be returned.
 */
export async function freezeReport(db: Executor, actor: Principal, request: IndicatorRequest, scope: Scope): Promise<{ id: number }> {
  const checked = indicatorQuery.safeParse({ scope: request.scopeCode, from: request.from, to: request.to });
  if (!checked.success) throw new AppError('validation', 'Проверьте территорию и период.', zodIssues(checked.error));
  const territory = await resolveTerritory(db, request.scopeCode, scope);
  if (territory.kind === 'organization') {
    throw new AppError('validation', 'Отчёт фиксируется для муниципалитета или региона, а не для отдельной организации.');
  }
  // The region freezes its own report; a municipality's is its head's to freeze and submit.
  if (territory.kind === 'municipality' && !scope.municipalityIds.includes(territory.id)) {
    throw new AppError('forbidden', 'Отчёт муниципалитета фиксирует и сдаёт руководитель муниципальной методической службы.');
  }
  const period = { from: request.from, to: request.to };
  return db.transaction(async (tx) => {
    const municipalityId = territory.kind === 'municipality' ? territory.id : null;
    const regionId = territory.kind === 'region' ? territory.id : await selectRegionOfMunicipality(tx, territory.id);
    // Freezes of one territory and period wait for each other; nothing else waits for a freeze.
    const lockKey = `report:${regionId}:${municipalityId ?? 0}:${period.from}:${period.to}`;
    await lockTransaction(tx, lockKey);
    const settings = await readMonitoringSettings(tx);
    const defined = reportingPeriodOf(settings.reportingPeriods, period);
    if (!defined) {
      const year = Number(period.to.slice(0, 4));
      const examples = reportingPeriods(settings.reportingPeriods, year, year).map((p) => `${p.name.toLowerCase()} ${formatPeriod(p)}`);
      throw new AppError(
        'validation',
        `Отчёт фиксируется ровно за отчётный период региона (${kindsText(settings.reportingPeriods)}), например: ${examples.join(' или ')}.`,
        [{ path: 'to', message: `Отчётные периоды региона: ${kindsText(settings.reportingPeriods)}` }],
      );
    }
    const latest = await selectLatestVersion(tx, regionId, municipalityId, period);
    if (latest && (latest.status === 'submitted' || latest.status === 'accepted')) {
      throw new AppError(
        'conflict',
        `Отчёт за ${formatPeriod(period)} уже ${latest.status === 'submitted' ? 'сдан' : 'принят'} (версия ${latest.version}): зафиксировать заново можно, только если его вернут на доработку.`,
      );
    }
    const version = (latest?.version ?? 0) + 1;
    const label = (v: number) => `Отчёт: ${territory.name}, ${formatPeriod(period)}, версия ${v}`;
    const municipalityIds = municipalityId === null ? null : [municipalityId];
    if (latest?.status === 'frozen') {
      await supersedeReport(tx, latest.id);
      await audit(tx, actor, {
        action: 'update',
        entity: 'report',
        entityId: latest.id,
        entityLabel: label(latest.version),
        municipalityIds,
        changes: { status: { from: 'frozen', to: 'superseded' } },
      });
    }
    const profile = await reportProfile(settings);
    const id = await insertReport(tx, { regionId, municipalityId, territory, period, defined, version, profile, actor });
    const members = await insertReportLists(tx, id, territory, period);
    const counts = (await selectFrozenCounts(tx, id)).map(({ indicator, numerator, total }) => ({
      code: indicator as IndicatorCode,
      numerator,
      denominator: indicatorByCode(indicator).kind === 'share' ? total : null,
    }));
    const indicators = reportIndicators(counts, settings);
    const breakdown = await reportBreakdown(tx, territory, period, settings);
    await setReportContent(tx, id, indicators, breakdown);
    await audit(tx, actor, {
      action: 'create',
      entity: 'report',
      entityId: id,
      entityLabel: label(version),
      municipalityIds,
      changes: { status: { from: null, to: 'frozen' }, members: { from: null, to: members } },
    });
    return { id };
  });
}

const statusName = (status: ReportStatus) => reportStatus.labels[status].toLowerCase();

/**
 * Only the period's acceptor accepts or returns a report: the region admin (scope of the whole
 * region) when the regional operator accepts it, the education authority of the report's own
 * municipality when the authority does. The caller holds 'reports.review' and sees the report.
 */
function checkAcceptor(row: ReportRow, scope: Scope): void {
  const allowed = row.acceptor === 'region' ? scope.region : scope.municipalityIds.includes(row.municipalityId!);
  if (!allowed) {
    throw new AppError(
      'forbidden',
      `Отчёт за период «${row.periodName}» принимает и возвращает ${reportAcceptor.labels[row.acceptor].toLowerCase()}${row.acceptor === 'authority' ? ' этого муниципалитета' : ''}.`,
    );
  }
}

/** Moves a report along the cycle after checking where it stands; the change is audited. */
async function moveReport(
  db: Executor,
  actor: Principal,
  id: number,
  scope: Scope,
  change: { from: ReportStatus; to: ReportStatus; comment?: string },
): Promise<ReportSummary> {
  return db.transaction(async (tx) => {
    const row = await selectReport(tx, id, scope, true);
    if (!row) throw reportNotFound();
    if (row.municipalityId === null) {
      throw new AppError('validation', 'Отчёт региона не сдаётся и не проверяется: он остаётся зафиксированным.');
    }
    if (change.to !== 'submitted') checkAcceptor(row, scope);
    if (row.status !== change.from) {
      throw new AppError('conflict', `Отчёт ${statusName(row.status)}: это действие возможно, только когда он ${statusName(change.from)}.`);
    }
    const who = actor.displayName;
    if (change.to === 'submitted') {
      await markSubmitted(tx, id, who);
    } else {
      await markReviewed(tx, id, change.to, who, change.comment ?? null);
    }
    const changes: Record<string, unknown> = { status: { from: change.from, to: change.to } };
    if (change.comment) changes.reviewComment = { from: null, to: change.comment };
    await audit(tx, actor, {
      action: 'update',
      entity: 'report',
      entityId: id,
      entityLabel: `Отчёт: ${row.territoryName}, ${formatPeriod({ from: row.periodFrom, to: row.periodTo })}, версия ${row.version}`,
      municipalityIds: [row.municipalityId],
      changes,
    });
    return summaryOf((await selectReport(tx, id, scope))!);
  });
}

export const submitReport = (db: Executor, actor: Principal, id: number, scope: Scope) =>
  moveReport(db, actor, id, scope, { from: 'frozen', to: 'submitted' });

export const acceptReport = (db: Executor, actor: Principal, id: number, scope: Scope) =>
  moveReport(db, actor, id, scope, { from: 'submitted', to: 'accepted' });

export const returnReport = (db: Executor, actor: Principal, id: number, comment: string, scope: Scope) =>
  moveReport(db, actor, id, scope, { from: 'submitted', to: 'returned', comment });

async function reportOf(db: Executor, id: number, scope: Scope): Promise<ReportRow> {
  const row = await selectReport(db, id, scope);
  if (!row) throw reportNotFound();
  return row;
}

export async function reportDetails(db: Executor, id: number, scope: Scope): Promise<ReportDetails> {
  const row = await reportOf(db, id, scope);
  const content = await selectReportContent(db, id);
  return { ...summaryOf(row), indicators: content.indicators, breakdown: content.breakdown as ReportDetails['breakdown'] };
}

export interface ReportListRequest {
  scopeCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: ReportStatus | undefined;
}

export async function listReports(db: Executor, request: ReportListRequest, scope: Scope): Promise<ReportSummary[]> {
  let municipalityId: number | null | undefined;
  if (request.scopeCode) {
    const territory = await resolveTerritory(db, request.scopeCode, scope);
    if (territory.kind === 'organization') return [];
    municipalityId = territory.kind === 'region' ? null : territory.id;
  }
  const rows = await selectReports(db, scope, { municipalityId, from: request.from, to: request.to, status: request.status });
  return rows.map(summaryOf);
}

/**
 * For the region: every municipality in scope with its report for exactly this period — the one in
 * force, else the last returned one — or none yet.
 */
export async function listSubmissions(db: Executor, period: { from: string; to: string }, scope: Scope): Promise<Submissions> {
  const municipalities = await selectGrantedMunicipalities(db, scope);
  const reports = await selectReports(db, scope, { from: period.from, to: period.to });
  const chosen = new Map<number, ReportRow>();
  // Rows come newest version first; a report in force wins over any returned one.
  for (const row of reports) {
    if (row.municipalityId === null || row.status === 'superseded') continue;
    const held = chosen.get(row.municipalityId);
    if (!held || (held.status === 'returned' && row.status !== 'returned')) chosen.set(row.municipalityId, row);
  }
  return municipalities.map((m) => {
    const report = chosen.get(m.id);
    return { municipality: m, report: report ? summaryOf(report) : null };
  });
}

export interface ReportDue {
  municipality: { id: number; code: string; name: string };
  period: ReportingPeriod;
  /** null: nothing frozen yet; else the report in force (frozen, not submitted) or the last returned one. */
  report: ReportSummary | null;
}

/**
 * What municipalities in scope still owe (for a work queue): for each kind of reporting period, its
 * latest period ended by `today` (the region's date, today(config.timeZone)), where the
 * municipality's report is missing, frozen but not submitted, or returned for correction.
 */
export async function reportsDue(db: Executor, scope: Scope, today: string): Promise<ReportDue[]> {
  const { reportingPeriods: kinds } = await readMonitoringSettings(db);
  const due: ReportDue[] = [];
  for (const kind of kinds) {
    const [period] = endedReportingPeriods([kind], today, 1);
    if (!period) continue;
    for (const { municipality, report } of await listSubmissions(db, period, scope)) {
      if (!report || report.status === 'frozen' || report.status === 'returned') due.push({ municipality, period, report });
    }
  }
  return due;
}

/** The territory a report row is about, by id: a later change of its code does not move the report. */
const territoryOf = (row: ReportRow): ScopeRef =>
  row.municipalityId === null ? { kind: 'region', id: row.regionId } : { kind: 'municipality', id: row.municipalityId };

/**
 * The frozen figures beside the same indicators computed now from the records, with today's
 * thresholds, and beside the previous report of the same kind of period (last year's interim
 * beside this year's, never the year beside its own interim part).
 */
export async function compareReport(db: Executor, id: number, scope: Scope): Promise<ReportComparison> {
  const row = await reportOf(db, id, scope);
  const frozen = (await selectReportContent(db, id)).indicators;
  const period = { from: row.periodFrom, to: row.periodTo };
  const live = reportIndicators(await countIndicators(db, territoryOf(row), period), await readMonitoringSettings(db));
  const liveByCode = new Map(live.map((i) => [i.code, i]));
  const previous = await selectPreviousOfKind(db, row);
  const previousByCode = new Map((previous?.indicators ?? []).map((i) => [i.code, i.value]));
  const difference = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? null : Math.round((a - b) * 10) / 10;
  const rows = frozen.map((then) => {
    const now = liveByCode.get(then.code)!;
    const before = previousByCode.get(then.code) ?? null;
    return {
      code: then.code,
      frozen: then,
      live: now,
      change: difference(now.value, then.value),
      previousValue: before,
      sincePrevious: difference(then.value, before),
    };
  });
  return {
    report: summaryOf(row),
    previous: previous
      ? { id: previous.id, period: { from: previous.periodFrom, to: previous.periodTo }, periodName: previous.periodName }
      : null,
    rows,
  };
}

/** The territory's reports in force (frozen, submitted or accepted: one per period at most), oldest first. */
export async function reportTrend(db: Executor, scopeCode: string, scope: Scope): Promise<ReportTrend> {
  const territory = await resolveTerritory(db, scopeCode, scope);
  if (territory.kind === 'organization') return [];
  const rows = await selectTrendRows(db, scope, territory.kind === 'region' ? null : territory.id);
  return rows.map((row) => ({
    reportId: row.id,
    period: { from: row.periodFrom, to: row.periodTo },
    periodKind: { code: row.periodKind, name: row.periodName },
    status: row.status,
    values: row.indicators.map(({ code, value }) => ({ code, value })),
  }));
}

export interface ReportMembersRequest {
  code: IndicatorCode;
  side: DrilldownSide;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function reportMembersPage(db: Executor, id: number, request: ReportMembersRequest, scope: Scope): Promise<ReportMembersPage> {
  await reportOf(db, id, scope);
  const { total, rows } = await selectReportMembers(
    db,
    id,
    { code: request.code, subject: indicatorByCode(request.code).subject },
    request.side,
    request.q,
    request.pageSize,
    (request.page - 1) * request.pageSize,
  );
  return { items: rows, total, page: request.page, pageSize: request.pageSize };
}

/** A snapshot as the exports print it: the figures and lists exactly as frozen. */
export async function snapshotDocument(
  db: Executor,
  id: number,
  scope: Scope,
  options: { members?: boolean } = {},
): Promise<ReportDocument> {
  const details = await reportDetails(db, id, scope);
  // The PDF prints no lists: they are read only for the workbook.
  const lines = (options.members ?? true) ? await selectAllReportMembers(db, id) : [];
  return {
    territory: details.territory,
    period: details.period,
    profile: details.profile,
    indicators: details.indicators as ReportIndicator[],
    breakdown: details.breakdown,
    members: groupMembers(
      details.indicators.map((i) => i.code),
      lines,
    ),
    snapshot: { id, version: details.version, status: details.status, frozenAt: details.frozenAt, frozenBy: details.frozenBy },
  };
}
