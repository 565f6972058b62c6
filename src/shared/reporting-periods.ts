// Reporting periods as a service's regulation names them: each kind has a name, a start and an end
// (`MM-DD`, the end in the next year when it falls before the start) and the one who accepts the
// reports of that kind. 001 §20: an interim 01.01–31.05 and the calendar year, accepted by the
// regional operator; 000 §3.3, §3.9: the school year 01.09–31.08, accepted by the municipal
// education authority. Kinds may overlap (an interim part inside the year): a report is frozen for
// exactly one period of one kind.
import { formatMonthDay, formatPeriod } from './dates.js';
import { requiredText, z } from './zod.js';

/** `MM-DD` of a day every year has (29 February is not one). */
export const monthDay = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'Дата должна быть в формате ММ-ДД')
  .refine((value) => {
    const date = new Date(`2023-${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(5, 10) === value;
  }, 'Такого дня в году нет');

/** Who accepts or returns a submitted report: the regional operator, or the municipality's education authority. */
export const reportAcceptor = {
  codes: ['region', 'authority'] as const,
  labels: {
    region: 'Региональный оператор',
    authority: 'Муниципальный орган управления образованием',
  },
  /** Where a report goes, as the submit button says it. */
  destinations: { region: 'в регион', authority: 'в орган управления образованием' },
} as const;
export type ReportAcceptor = (typeof reportAcceptor.codes)[number];

export const periodKind = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Код периода: строчные латинские буквы, цифры и дефисы')
    .max(40, 'Код периода не длиннее 40 знаков'),
  /** «Календарный год», «Учебный год», «Промежуточный (январь — май)». */
  name: requiredText(100),
  start: monthDay,
  /** Before `start` (e.g. 08-31 after 09-01): the period ends in the next calendar year. */
  end: monthDay,
  acceptor: z.enum(reportAcceptor.codes, { error: 'Выберите, кто принимает отчёт' }),
});
export type PeriodKind = z.infer<typeof periodKind>;

/** The kinds a region reports by: at least one, names, codes and date ranges each used once. */
export const periodKinds = z
  .array(periodKind)
  .min(1, 'Укажите хотя бы один отчётный период')
  .max(12, 'Не больше 12 отчётных периодов')
  .superRefine((kinds, ctx) => {
    kinds.forEach((kind, i) => {
      const same = (other: PeriodKind) => kinds.indexOf(other) < i;
      if (kinds.some((o) => same(o) && o.code === kind.code))
        ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `Код периода «${kind.code}» указан дважды` });
      if (kinds.some((o) => same(o) && o.name.trim() === kind.name.trim()))
        ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Период «${kind.name}» указан дважды` });
      if (kinds.some((o) => same(o) && o.start === kind.start && o.end === kind.end))
        ctx.addIssue({ code: 'custom', path: [i, 'end'], message: `Период ${kindRule(kind)} уже есть` });
    });
  });

/** A region no profile was applied to reports as 001 §20 says: an interim part and the calendar year. */
export const defaultPeriodKinds = (): PeriodKind[] => [
  { code: 'interim', name: 'Промежуточный (январь — май)', start: '01-01', end: '05-31', acceptor: 'region' },
  { code: 'year', name: 'Календарный год', start: '01-01', end: '12-31', acceptor: 'region' },
];

/** «01.09–31.08»: the rule of a kind, whatever the year. */
export const kindRule = (kind: Pick<PeriodKind, 'start' | 'end'>) => `${formatMonthDay(kind.start)}–${formatMonthDay(kind.end)}`;

export interface ReportingPeriod {
  /** The kind's code and name. */
  kind: string;
  name: string;
  from: string;
  to: string;
  acceptor: ReportAcceptor;
}

/** The period of `kind` that ends in `year`. */
export function periodOf(kind: PeriodKind, year: number): ReportingPeriod {
  const startYear = kind.end < kind.start ? year - 1 : year;
  return { kind: kind.code, name: kind.name, from: `${startYear}-${kind.start}`, to: `${year}-${kind.end}`, acceptor: kind.acceptor };
}

const byEnd = (a: ReportingPeriod, b: ReportingPeriod) => a.to.localeCompare(b.to) || b.from.localeCompare(a.from);

/** Every period of every kind ending in the years `[firstYear, lastYear]`: by end, the longer first on the same end. */
export function reportingPeriods(kinds: readonly PeriodKind[], firstYear: number, lastYear: number): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let year = firstYear; year <= lastYear; year++) for (const kind of kinds) periods.push(periodOf(kind, year));
  return periods.sort(byEnd);
}

/** The latest periods that have ended by `today` (ISO), newest first. */
export function endedReportingPeriods(kinds: readonly PeriodKind[], today: string, count: number): ReportingPeriod[] {
  const year = Number(today.slice(0, 4));
  const years = Math.ceil(count / Math.max(1, kinds.length)) + 1;
  return reportingPeriods(kinds, year - years, year)
    .filter((p) => p.to <= today)
    .reverse()
    .slice(0, count);
}

/** The defined period that is exactly `period`, or null: only such a period can be frozen. */
export function reportingPeriodOf(kinds: readonly PeriodKind[], period: { from: string; to: string }): ReportingPeriod | null {
  const year = Number(period.to.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  for (const kind of kinds) {
    const candidate = periodOf(kind, year);
    if (candidate.from === period.from && candidate.to === period.to) return candidate;
  }
  return null;
}

/** «Календарный год, 01.01.2026–31.12.2026». */
export const periodLabel = (period: { name: string; from: string; to: string }) => `${period.name}, ${formatPeriod(period)}`;
