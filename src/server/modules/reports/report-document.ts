// The live report of a territory for a period: the same engine as the dashboard (indicators,
// breakdown, drill-down), put together as the ReportDocument the exports print.
import { AppError } from '../../../shared/errors.js';
import { indicatorQuery, type IndicatorCode } from '../../../shared/indicators.js';
import type { MonitoringSettings } from '../../../shared/profiles.js';
import type { ReportDocument, ReportIndicator, ReportMembers } from '../../../shared/reports.js';
import { zodIssues } from '../../../shared/zod.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { loadProfile } from '../profiles/profiles.files.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';
import { breakdownOf, thresholdMet } from '../monitoring/breakdown.service.js';
import { indicatorByCode } from '../monitoring/drilldown.service.js';
import { countIndicators, type IndicatorCounts } from '../monitoring/indicators.queries.js';
import type { Period, ScopeRef } from '../monitoring/indicators.sql.js';
import type { IndicatorRequest } from '../monitoring/indicators.service.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import { indicatorValue } from '../monitoring/indicators.value.js';
import { reportOrder } from './report-format.js';
import { selectLiveMemberLines, type MemberLineRow } from './reports.queries.js';

export interface LiveReportOptions {
  /** Read the lists behind every number (the XLSX needs them, the PDF does not): true by default. */
  members?: boolean;
}

async function profileTitle(code: string): Promise<string> {
  try {
    return (await loadProfile(code)).title;
  } catch (error) {
    // A profile whose file has since been removed still named the settings: show its code.
    if (error instanceof AppError && error.code === 'not_found') return code;
    throw error;
  }
}

/** The profile the region's settings came from, with its title; null when none was applied. */
export async function reportProfile(settings: MonitoringSettings): Promise<ReportDocument['profile']> {
  return settings.profile ? { code: settings.profile, title: await profileTitle(settings.profile) } : null;
}

/** Counts as a report's indicators: in the profile's order, with the region's thresholds and whether they are met. */
export function reportIndicators(counts: readonly IndicatorCounts[], settings: MonitoringSettings): ReportIndicator[] {
  const byCode = new Map(counts.map((c) => [c.code, c]));
  return reportOrder(settings.indicators).map((code) => {
    const counted = byCode.get(code);
    const { value, numerator, denominator } = indicatorValue(indicatorByCode(code), counted?.numerator ?? 0, counted?.denominator ?? null);
    const threshold = settings.thresholds[code] ?? null;
    return { code, value, numerator, denominator, threshold, met: thresholdMet(value, threshold ?? undefined) };
  });
}

/** The indicators by child territory, rows in the report's order; null for an organization. */
export async function reportBreakdown(
  db: Executor,
  territory: ScopeRef,
  period: Period,
  settings: MonitoringSettings,
): Promise<ReportDocument['breakdown']> {
  if (territory.kind === 'organization') return null;
  const computed = await breakdownOf(db, { kind: territory.kind, id: territory.id }, period, settings);
  const rows = new Map(computed.rows.map((row) => [row.code, row]));
  return { scopes: computed.scopes, rows: reportOrder(settings.indicators).map((code) => rows.get(code)!) };
}

/** The lines of every list sorted into one entry per indicator, in the order of `codes`. */
export function groupMembers(codes: readonly IndicatorCode[], lines: readonly MemberLineRow[]): ReportMembers[] {
  const byCode = new Map<string, ReportMembers>(
    codes.map((code) => [code, { code, subject: indicatorByCode(code).subject, numerator: [], rest: [] }]),
  );
  for (const { indicator, inNumerator, ...line } of lines) {
    const list = byCode.get(indicator);
    if (list) (inNumerator ? list.numerator : list.rest).push(line);
  }
  return [...byCode.values()];
}

/** The report of `scopeCode` over [from, to], within the caller's scope when one is given (404 outside it). */
export async function liveReport(
  db: Executor,
  request: IndicatorRequest,
  scope: Scope,
  options: LiveReportOptions = {},
): Promise<ReportDocument> {
  const checked = indicatorQuery.safeParse({ scope: request.scopeCode, from: request.from, to: request.to });
  if (!checked.success) throw new AppError('validation', 'Проверьте территорию и период.', zodIssues(checked.error));
  const territory = await resolveTerritory(db, request.scopeCode, scope);
  const settings = await readMonitoringSettings(db);
  const order = reportOrder(settings.indicators);
  const indicators = reportIndicators(await countIndicators(db, territory, request), settings);
  const breakdown = await reportBreakdown(db, territory, request, settings);

  // Every list behind every number in one statement, from the same definitions that count them.
  const members = (options.members ?? true) ? groupMembers(order, await selectLiveMemberLines(db, territory, request)) : [];

  return {
    territory: { kind: territory.kind, code: territory.code, name: territory.name },
    period: { from: request.from, to: request.to },
    profile: await reportProfile(settings),
    indicators,
    breakdown,
    members,
    snapshot: null,
  };
}
