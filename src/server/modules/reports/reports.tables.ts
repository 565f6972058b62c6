import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { indicatorCodeEnum, reportAcceptorEnum, reportStatusEnum } from '../../db/enums.js';
import { municipalities, regions } from '../registry/registry.tables.js';

/**
 * A frozen report: the indicators of a territory (the region, or one municipality) for a reporting
 * period as they stood when it was frozen, with the names behind them in `report_members`. The
 * figures never change (migration 0006_reports_immutable refuses it); only the status moves on:
 * frozen → submitted → accepted, or → returned, after which a new version is frozen.
 */
export const reports = pgTable(
  'reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    /** Null for the report of the region as a whole. */
    municipalityId: integer('municipality_id').references(() => municipalities.id),
    territoryCode: text('territory_code').notNull(),
    territoryName: text('territory_name').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** The kind of reporting period (the region's settings when frozen): its code and name. */
    periodKind: text('period_kind').notNull(),
    periodName: text('period_name').notNull(),
    /** Who accepts or returns it, as the period's kind said when it was frozen. */
    acceptor: reportAcceptorEnum('acceptor').notNull(),
    /** 1, 2, … for the same territory and period: a returned or replaced report is followed by a new one. */
    version: integer('version').notNull(),
    status: reportStatusEnum('status').notNull().default('frozen'),
    profileCode: text('profile_code'),
    profileTitle: text('profile_title'),
    /**
     * ReportIndicator[]: values, numerators, denominators, thresholds, counted from the frozen lists
     * themselves; written once, in the transaction that freezes the report.
     */
    indicators: jsonb('indicators'),
    /** The same by child territory (a municipality's organizations, the region's municipalities). */
    breakdown: jsonb('breakdown'),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
    /** No foreign key: a report outlives the account that froze it. */
    frozenBy: integer('frozen_by'),
    frozenByName: text('frozen_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedByName: text('submitted_by_name'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedByName: text('reviewed_by_name'),
    /** The region's comment when it returns a report for correction. */
    reviewComment: text('review_comment'),
  },
  (t) => [
    uniqueIndex('reports_version_uq').using(
      'btree',
      t.regionId,
      sql`coalesce(${t.municipalityId}, 0)`,
      t.periodFrom,
      t.periodTo,
      t.version,
    ),
    // At most one report in force per territory and period: a returned or replaced one steps aside.
    uniqueIndex('reports_current_uq')
      .using('btree', t.regionId, sql`coalesce(${t.municipalityId}, 0)`, t.periodFrom, t.periodTo)
      .where(sql`${t.status} in ('frozen', 'submitted', 'accepted')`),
    index('reports_period_idx').on(t.periodTo, t.periodFrom),
    check('reports_period_order', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);

/**
 * The members behind each indicator of a report, as ids: the numerator, and the denominator without
 * the numerator. Their names are in `report_lines`, once per report however many lists they are in.
 */
export const reportMembers = pgTable(
  'report_members',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    indicator: indicatorCodeEnum('indicator').notNull(),
    /** True for the numerator; false for the denominator without the numerator (the ones to help). */
    inNumerator: boolean('in_numerator').notNull(),
    memberId: integer('member_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicator, t.memberId] })],
);

/** A person, organization, community, practice or event of a report as it was named when frozen. */
export const reportLines = pgTable(
  'report_lines',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    /** people, organizations, communities, practices or events: whose id `member_id` is. */
    subject: text('subject').notNull(),
    memberId: integer('member_id').notNull(),
    code: text('code').notNull(),
    /** «Фамилия Имя Отчество», an organization's name, or a title. */
    name: text('name').notNull(),
    /** Places of work on the period's end (people), municipality (organizations), ISO date (the rest). */
    detail: text('detail'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.subject, t.memberId] })],
);
