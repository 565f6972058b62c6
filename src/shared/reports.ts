// Reports: the indicators of a territory for a period with the lists behind them, live or frozen
// into a snapshot (the reporting cycle of 001 §19–21), as the API, the web and the exports see them.
import { indicatorCodes, type IndicatorSubject } from './indicators.js';
import { breakdown, drilldownSide } from './monitoring.js';
import { pageOf, pageQuery } from './paging.js';
import { reportAcceptor } from './reporting-periods.js';
import { isoDate, z } from './zod.js';

export const reportStatus = {
  codes: ['frozen', 'submitted', 'returned', 'accepted', 'superseded'] as const,
  labels: {
    frozen: 'Зафиксирован',
    submitted: 'Сдан',
    returned: 'Возвращён на доработку',
    accepted: 'Принят',
    superseded: 'Заменён новой фиксацией',
  },
} as const;
export type ReportStatus = (typeof reportStatus.codes)[number];

export const territoryKind = z.enum(['region', 'municipality', 'organization']);

/** One indicator of a report: its figures, the region's threshold and whether it is met. */
export const reportIndicator = z.object({
  code: z.enum(indicatorCodes),
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int().nullable(),
  threshold: z.number().nullable(),
  met: z.boolean().nullable(),
});
export type ReportIndicator = z.infer<typeof reportIndicator>;

/**
 * One member behind a number, flattened to what a printed list shows: the person's full name with
 * their places of work, an organization with its municipality, a community, practice or event with
 * its date.
 */
export const memberLine = z.object({
  id: z.number().int(),
  code: z.string(),
  /** «Фамилия Имя Отчество», an organization's name, or a title. */
  name: z.string(),
  /** Places of work (people), municipality (organizations), ISO date (communities, practices, events). */
  detail: z.string().nullable(),
});
export type MemberLine = z.infer<typeof memberLine>;

/** The lists behind one indicator: its numerator, and the denominator without the numerator. */
export interface ReportMembers {
  code: (typeof indicatorCodes)[number];
  subject: IndicatorSubject;
  numerator: MemberLine[];
  rest: MemberLine[];
}

/** Everything a report export prints, whether computed live or read from a snapshot. */
export interface ReportDocument {
  territory: { kind: z.infer<typeof territoryKind>; code: string; name: string };
  period: { from: string; to: string };
  /** The profile the region's settings came from (code and title), null when none was applied. */
  profile: { code: string; title: string } | null;
  /** The catalog's indicators, the profile's first (settings order), then the rest in catalog order. */
  indicators: ReportIndicator[];
  /** The same indicators by child territory; null for an organization. */
  breakdown: z.infer<typeof breakdown> | null;
  members: ReportMembers[];
  /** Set for a snapshot: its status, who froze it and when (ISO timestamp). */
  snapshot: { id: number; version: number; status: ReportStatus; frozenAt: string; frozenBy: string } | null;
}

/** A report's header: whose, which period, which version, where it stands in the cycle. */
export const reportSummary = z.object({
  id: z.number().int(),
  territory: z.object({ kind: z.enum(['region', 'municipality']), code: z.string(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The kind of reporting period (its code and name, as when frozen). */
  periodKind: z.object({ code: z.string(), name: z.string() }),
  /** Who accepts or returns it: the regional operator or the municipality's education authority. */
  acceptor: z.enum(reportAcceptor.codes),
  version: z.number().int(),
  status: z.enum(reportStatus.codes),
  profile: z.object({ code: z.string(), title: z.string() }).nullable(),
  frozenAt: z.string(),
  frozenBy: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportDetails = reportSummary.extend({
  indicators: z.array(reportIndicator),
  breakdown: breakdown.nullable(),
});
export type ReportDetails = z.infer<typeof reportDetails>;

export const returnInput = z.object({
  comment: z.string().trim().min(1, 'Напишите, что нужно исправить').max(2000, 'Не длиннее 2000 знаков'),
});

export const reportListQuery = z.object({
  scope: z.string().trim().min(1).max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(reportStatus.codes).optional(),
});

export const submissionsQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { message: 'Начало периода позже его конца', path: ['to'] });

/** Each municipality in scope with its report in force for the period (or the last returned one), or none. */
export const submissions = z.array(
  z.object({
    municipality: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
    report: reportSummary.nullable(),
  }),
);
export type Submissions = z.infer<typeof submissions>;

export const reportComparison = z.object({
  report: reportSummary,
  /** The territory's previous report in force of the same kind of period (an earlier period), if any. */
  previous: z.object({ id: z.number().int(), period: z.object({ from: z.string(), to: z.string() }), periodName: z.string() }).nullable(),
  rows: z.array(
    z.object({
      code: z.enum(indicatorCodes),
      frozen: reportIndicator,
      live: reportIndicator,
      /** live − frozen, in the indicator's units (points for shares); null when either value is. */
      change: z.number().nullable(),
      /** The value in the previous report of the same kind, and frozen − that; null when there is none. */
      previousValue: z.number().nullable(),
      sincePrevious: z.number().nullable(),
    }),
  ),
});
export type ReportComparison = z.infer<typeof reportComparison>;

export const trendQuery = z.object({ scope: z.string().trim().min(1, 'Укажите код территории').max(100) });

/** The territory's reports in force, one per period, oldest first: the points of the trend charts. */
export const reportTrend = z.array(
  z.object({
    reportId: z.number().int(),
    period: z.object({ from: z.string(), to: z.string() }),
    periodKind: z.object({ code: z.string(), name: z.string() }),
    status: z.enum(reportStatus.codes),
    values: z.array(z.object({ code: z.enum(indicatorCodes), value: z.number().nullable() })),
  }),
);
export type ReportTrend = z.infer<typeof reportTrend>;

export const reportMembersParams = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  code: z.enum(indicatorCodes, { error: 'Неизвестный показатель' }),
});

export const reportMembersQuery = z.object({
  side: drilldownSide.default('numerator'),
  q: z.string().trim().max(200).optional(),
  page: pageQuery.shape.page,
  pageSize: pageQuery.shape.pageSize,
});
export const reportMembersPage = pageOf(memberLine);
export type ReportMembersPage = z.infer<typeof reportMembersPage>;
