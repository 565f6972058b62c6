// Drill-down (the members behind an indicator) and breakdown (indicators × child territories):
// the query and answer shapes shared by the API and the web.
import { indicatorCodes } from './indicators.js';
import { pageOf, pageQuery } from './paging.js';
import { isoDate, z } from './zod.js';

export const indicatorCodeParams = z.object({
  code: z.string().trim().min(1).max(100),
});

/** Which list behind the number: its numerator, or the denominator without the numerator (the ones to help). */
export const drilldownSide = z.enum(['numerator', 'rest']);
export type DrilldownSide = z.infer<typeof drilldownSide>;

const periodFields = {
  scope: z.string().trim().min(1, 'Укажите код территории').max(100),
  from: isoDate,
  to: isoDate,
};

const drilldownFields = {
  side: drilldownSide.default('numerator'),
  q: z.string().trim().max(200).optional(),
};

const periodFirst = (q: { from: string; to: string }) => q.from <= q.to;
const periodMessage = { message: 'Начало периода позже его конца', path: ['to'] };

export const drilldownExportQuery = z.object({ ...periodFields, ...drilldownFields }).refine(periodFirst, periodMessage);
export const drilldownQuery = z
  .object({ ...periodFields, ...drilldownFields, page: pageQuery.shape.page, pageSize: pageQuery.shape.pageSize })
  .refine(periodFirst, periodMessage);
export type DrilldownQuery = z.output<typeof drilldownQuery>;

export const memberOrganization = z.object({ id: z.number().int(), name: z.string(), position: z.string() });

/** A person of a people indicator, with their organizations of the territory on the period's end. */
export const drilldownPerson = z.object({
  id: z.number().int(),
  code: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string().nullable(),
  organizations: z.array(memberOrganization),
});
export const drilldownOrganization = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  municipalityName: z.string(),
});
/** A community, a practice or an event: its name or title and its date (start or publication). */
export const drilldownRecord = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  date: z.string().nullable(),
});

export const drilldownPage = z.union([
  pageOf(drilldownPerson).extend({ subject: z.literal('people') }),
  pageOf(drilldownOrganization).extend({ subject: z.literal('organizations') }),
  pageOf(drilldownRecord).extend({ subject: z.enum(['communities', 'practices', 'events']) }),
]);
export type DrilldownPerson = z.infer<typeof drilldownPerson>;
export type DrilldownOrganization = z.infer<typeof drilldownOrganization>;
export type DrilldownRecord = z.infer<typeof drilldownRecord>;
export type DrilldownPage = z.infer<typeof drilldownPage>;

export const breakdownCell = z.object({
  /** Code of the child territory. */
  scope: z.string(),
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int().nullable(),
  /** Whether the value reaches the region's threshold; null without a threshold or a value. */
  met: z.boolean().nullable(),
});
export const breakdown = z.object({
  scopes: z.array(z.object({ code: z.string(), name: z.string() })),
  rows: z.array(z.object({ code: z.enum(indicatorCodes), threshold: z.number().nullable(), cells: z.array(breakdownCell) })),
});
export type BreakdownCell = z.infer<typeof breakdownCell>;
export type Breakdown = z.infer<typeof breakdown>;

/** A territory the caller may choose on the monitoring screen (GET /scopes). */
export const monitoringScope = z.object({
  kind: z.enum(['region', 'municipality', 'organization']),
  code: z.string(),
  name: z.string(),
});
export type MonitoringScope = z.infer<typeof monitoringScope>;
