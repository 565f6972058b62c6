// The live report of a territory for a period: the same engine as the dashboard (indicators,
// breakdown, drill-down), put together as the ReportDocument the exports print.
import { AppError } from '../../../shared/errors.js';
import type { ReportDocument, ReportIndicator, ReportMembers } from '../../../shared/reports.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { loadProfile } from '../profiles/profiles.files.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';
import { computeBreakdown, thresholdMet } from './breakdown.service.js';
import { indicatorByCode } from './drilldown.service.js';
import { computeIndicators, resolveScope, type IndicatorRequest } from './indicators.service.js';
import { reportOrder } from './report-format.js';
import { selectLiveMemberLines } from './reports.queries.js';

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

/** The report of `scopeCode` over [from, to], within the caller's scope when one is given (404 outside it). */
export async function liveReport(
  db: Executor,
  request: IndicatorRequest,
  scope?: Scope,
  options: LiveReportOptions = {},
): Promise<ReportDocument> {
  const values = await computeIndicators(db, request, scope);
  const territory = await resolveScope(db, request.scopeCode, scope);
  const settings = await readMonitoringSettings(db);
  const order = reportOrder(settings.indicators);
  const byCode = new Map(values.map((v) => [v.code, v]));
  const indicators: ReportIndicator[] = order.map((code) => {
    const { value, numerator, denominator } = byCode.get(code)!;
    const threshold = settings.thresholds[code] ?? null;
    return { code, value, numerator, denominator, threshold, met: thresholdMet(value, threshold ?? undefined) };
  });

  let breakdown: ReportDocument['breakdown'] = null;
  if (territory.kind !== 'organization') {
    const computed = await computeBreakdown(db, request, scope);
    const rows = new Map(computed.rows.map((row) => [row.code, row]));
    breakdown = { scopes: computed.scopes, rows: order.map((code) => rows.get(code)!) };
  }

  // Every list behind every number in one statement, from the same definitions that count them.
  const members: ReportMembers[] = [];
  if (options.members ?? true) {
    const lines = await selectLiveMemberLines(db, territory, request);
    const byCode = new Map<string, ReportMembers>(
      order.map((code) => [code, { code, subject: indicatorByCode(code).subject, numerator: [], rest: [] }]),
    );
    for (const { indicator, inNumerator, ...line } of lines) {
      const list = byCode.get(indicator);
      if (list) (inNumerator ? list.numerator : list.rest).push(line);
    }
    members.push(...byCode.values());
  }

  return {
    territory: { kind: territory.kind, code: territory.code, name: territory.name },
    period: { from: request.from, to: request.to },
    profile: settings.profile ? { code: settings.profile, title: await profileTitle(settings.profile) } : null,
    indicators,
    breakdown,
    members,
    snapshot: null,
  };
}
