// The reporting cycle (001 §19–21): a municipality's head freezes the indicators for a reporting
// period into an immutable snapshot with the names behind every number and submits it; the region
// sees who has submitted, compares a snapshot with the live figures, accepts it or returns it with
// a comment, after which a new version is frozen.
import { sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.js';
import type { IndicatorCode } from '../../../shared/indicators.js';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import {
  freezeInput,
  reportStatus,
  type ReportComparison,
  type ReportDetails,
  type ReportDocument,
  type ReportIndicator,
  type ReportMembers,
  type ReportMembersPage,
  type ReportStatus,
  type ReportSummary,
  type ReportTrend,
  type Submissions,
} from '../../../shared/reports.js';
import { endsOnReportingDate } from '../../../shared/reporting-periods.js';
import { zodIssues } from '../../../shared/zod.js';
import type { Principal } from '../../auth/principal.js';
import { municipalityGranted, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { audit } from '../audit/audit.service.js';
import { icu } from '../registry/registry.queries.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';
import { indicatorByCode } from './drilldown.service.js';
import { resolveScope } from './indicators.service.js';
import { liveReport } from './report-document.js';
import { formatPeriod } from './report-format.js';
import {
  insertReportMembers,
  selectAllReportMembers,
  selectLatestVersion,
  selectReport,
  selectReportContent,
  selectReportMembers,
  selectReports,
  type ReportRow,
} from './reports.queries.js';

export const reportNotFound = () => new AppError('not_found', 'Отчёт не найден или недоступен.');

function summaryOf(row: ReportRow): ReportSummary {
  return {
    id: row.id,
    territory: { kind: row.municipalityId === null ? 'region' : 'municipality', code: row.territoryCode, name: row.territoryName },
    period: { from: row.periodFrom, to: row.periodTo },
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

const periodText = (from: string, to: string) => formatPeriod({ from, to });

/** `MM-DD` → «31.05». */
const dayMonth = (monthDay: string) => `${monthDay.slice(3)}.${monthDay.slice(0, 2)}`;

export interface FreezeRequest {
  scopeCode: string;
  from: string;
  to: string;
}

/**
 * Freezes the report of a municipality (or of the region) for a period ending on a reporting date:
 * its indicators, thresholds, breakdown and every list behind the numbers, in one transaction. A
 * frozen but unsubmitted report of the same period steps aside (superseded); a submitted or
 * accepted one must first be returned.
 */
export async function freezeReport(db: Executor, actor: Principal, request: FreezeRequest, scope: Scope): Promise<{ id: number }> {
  const checked = freezeInput.safeParse({ scope: request.scopeCode, from: request.from, to: request.to });
  if (!checked.success) throw new AppError('validation', 'Проверьте территорию и период.', zodIssues(checked.error));
  const territory = await resolveScope(db, request.scopeCode, scope);
  if (territory.kind === 'organization') {
    throw new AppError('validation', 'Отчёт фиксируется для муниципалитета или региона, а не для отдельной организации.');
  }
  const settings = await readMonitoringSettings(db);
  if (!endsOnReportingDate(request, settings.reportingDates)) {
    const dates = settings.reportingDates.map(dayMonth).join(', ');
    throw new AppError('validation', `Отчёт фиксируется на отчётную дату региона: период должен заканчиваться ${dates}.`, [
      { path: 'to', message: `Отчётные даты региона: ${dates}` },
    ]);
  }
  const period = { from: request.from, to: request.to };
  return db.transaction(async (tx) => {
    const [region] = (
      await tx.execute<{ id: number }>(
        territory.kind === 'region'
          ? sql`select r.id from regions r where r.id = ${territory.id} for update`
          : sql`select r.id from regions r join municipalities m on m.region_id = r.id where m.id = ${territory.id} for update of r`,
      )
    ).rows;
    const municipalityId = territory.kind === 'municipality' ? territory.id : null;
    const latest = await selectLatestVersion(tx, region!.id, municipalityId, period);
    if (latest && (latest.status === 'submitted' || latest.status === 'accepted')) {
      throw new AppError(
        'conflict',
        `Отчёт за ${periodText(period.from, period.to)} уже ${latest.status === 'submitted' ? 'сдан' : 'принят'} (версия ${latest.version}): зафиксировать заново можно, только если регион вернёт его на доработку.`,
      );
    }
    if (latest?.status === 'frozen') {
      await tx.execute(sql`update reports set status = 'superseded' where id = ${latest.id}`);
    }
    const document = await liveReport(tx, request, undefined, { members: false });
    const [inserted] = (
      await tx.execute<{ id: number }>(sql`
        insert into reports (region_id, municipality_id, territory_code, territory_name, period_from, period_to, version,
          profile_code, profile_title, indicators, breakdown, frozen_by, frozen_by_name)
        values (${region!.id}, ${municipalityId}, ${territory.code}, ${territory.name}, ${period.from}::date, ${period.to}::date,
          ${(latest?.version ?? 0) + 1}, ${document.profile?.code ?? null}, ${document.profile?.title ?? null},
          ${JSON.stringify(document.indicators)}::jsonb, ${document.breakdown ? JSON.stringify(document.breakdown) : null}::jsonb,
          ${actor.userId}, ${actor.displayName})
        returning id`)
    ).rows;
    const id = inserted!.id;
    const members = await insertReportMembers(tx, id, territory, period);
    await audit(tx, actor, {
      action: 'create',
      entity: 'report',
      entityId: id,
      entityLabel: `Отчёт: ${territory.name}, ${periodText(period.from, period.to)}, версия ${(latest?.version ?? 0) + 1}`,
      municipalityIds: municipalityId === null ? null : [municipalityId],
      changes: { status: { from: latest?.status ?? null, to: 'frozen' }, members: { from: null, to: members } },
    });
    return { id };
  });
}

const statusName = (status: ReportStatus) => reportStatus.labels[status].toLowerCase();

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
    if (row.status !== change.from) {
      throw new AppError('conflict', `Отчёт ${statusName(row.status)}: это действие возможно, только когда он ${statusName(change.from)}.`);
    }
    const who = actor.displayName;
    if (change.to === 'submitted') {
      await tx.execute(sql`update reports set status = 'submitted', submitted_at = now(), submitted_by_name = ${who} where id = ${id}`);
    } else {
      await tx.execute(sql`update reports set status = ${change.to}, reviewed_at = now(), reviewed_by_name = ${who},
        review_comment = ${change.comment ?? null} where id = ${id}`);
    }
    const changes: Record<string, unknown> = { status: { from: change.from, to: change.to } };
    if (change.comment) changes.reviewComment = { from: null, to: change.comment };
    await audit(tx, actor, {
      action: 'update',
      entity: 'report',
      entityId: id,
      entityLabel: `Отчёт: ${row.territoryName}, ${periodText(row.periodFrom, row.periodTo)}, версия ${row.version}`,
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
    const territory = await resolveScope(db, request.scopeCode, scope);
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
  const municipalities = (
    await db.execute<{ id: number; code: string; name: string }>(
      sql`select m.id, m.code, m.name from municipalities m where ${municipalityGranted(scope, sql`m.id`)} order by m.name ${icu}, m.id`,
    )
  ).rows;
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

/** The frozen figures beside the same indicators computed now from the records. */
export async function compareReport(db: Executor, id: number, scope: Scope): Promise<ReportComparison> {
  const details = await reportDetails(db, id, scope);
  const live = await liveReport(db, { scopeCode: details.territory.code, from: details.period.from, to: details.period.to }, undefined, {
    members: false,
  });
  const liveByCode = new Map(live.indicators.map((i) => [i.code, i]));
  const rows = details.indicators.map((frozen) => {
    const now = liveByCode.get(frozen.code)!;
    const change = frozen.value === null || now.value === null ? null : Math.round((now.value - frozen.value) * 1000) / 1000;
    return { code: frozen.code, frozen, live: now, change };
  });
  const { indicators: _i, breakdown: _b, ...report } = details;
  return { report, rows };
}

/** The territory's reports in force (the newest version of each period that is not superseded or returned), oldest first. */
export async function reportTrend(db: Executor, scopeCode: string, scope: Scope): Promise<ReportTrend> {
  const territory = await resolveScope(db, scopeCode, scope);
  if (territory.kind === 'organization') return [];
  const rows = await selectReports(db, scope, { municipalityId: territory.kind === 'region' ? null : territory.id });
  const inForce = rows.filter((r) => r.status !== 'superseded' && r.status !== 'returned').reverse();
  const points: ReportTrend = [];
  for (const row of inForce) {
    const { indicators } = await selectReportContent(db, row.id);
    points.push({
      reportId: row.id,
      period: { from: row.periodFrom, to: row.periodTo },
      status: row.status,
      values: indicators.map(({ code, value }) => ({ code, value })),
    });
  }
  return points;
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
    request.code,
    request.side,
    request.q,
    request.pageSize,
    (request.page - 1) * request.pageSize,
  );
  return { items: rows, total, page: request.page, pageSize: request.pageSize };
}

/** A snapshot as the exports print it: the figures and lists exactly as frozen. */
export async function snapshotDocument(db: Executor, id: number, scope: Scope): Promise<ReportDocument> {
  const details = await reportDetails(db, id, scope);
  const lines = await selectAllReportMembers(db, id);
  const byIndicator = new Map<string, ReportMembers>(
    details.indicators.map((i) => [i.code, { code: i.code, subject: indicatorByCode(i.code).subject, numerator: [], rest: [] }]),
  );
  for (const { indicator, inNumerator, ...line } of lines) {
    const members = byIndicator.get(indicator);
    if (members) (inNumerator ? members.numerator : members.rest).push(line);
  }
  return {
    territory: details.territory,
    period: details.period,
    profile: details.profile,
    indicators: details.indicators as ReportIndicator[],
    breakdown: details.breakdown,
    members: [...byIndicator.values()],
    snapshot: { id, version: details.version, status: details.status, frozenAt: details.frozenAt, frozenBy: details.frozenBy },
  };
}
