// Reporting periods: each runs from the day after the previous reporting date to a reporting date
// (001 §20: May and December give 01.01–31.05 and 01.06–31.12).
import { addDays, format, parseISO } from 'date-fns';

export interface ReportingPeriod {
  from: string;
  to: string;
}

/**
 * The reporting periods ending in the years `[firstYear, lastYear]`, oldest first. `dates` are the
 * region's `MM-DD` reporting dates; with a single date a period spans a whole year.
 */
export function reportingPeriods(dates: readonly string[], firstYear: number, lastYear: number): ReportingPeriod[] {
  const sorted = [...new Set(dates)].sort();
  if (!sorted.length) return [];
  const periods: ReportingPeriod[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    sorted.forEach((monthDay, index) => {
      const previous = index > 0 ? `${year}-${sorted[index - 1]}` : `${year - 1}-${sorted[sorted.length - 1]}`;
      periods.push({ from: format(addDays(parseISO(previous), 1), 'yyyy-MM-dd'), to: `${year}-${monthDay}` });
    });
  }
  return periods;
}

/** The latest periods that have ended by `today` (ISO), newest first. */
export function endedReportingPeriods(dates: readonly string[], today: string, count: number): ReportingPeriod[] {
  const year = Number(today.slice(0, 4));
  return reportingPeriods(dates, year - Math.ceil(count / Math.max(1, dates.length)) - 1, year)
    .filter((p) => p.to <= today)
    .reverse()
    .slice(0, count);
}

/** Whether the period is exactly one of the reporting periods (what freezing a report requires). */
export function isReportingPeriod(period: ReportingPeriod, dates: readonly string[]): boolean {
  const year = Number(period.to.slice(0, 4));
  return reportingPeriods(dates, year, year).some((p) => p.from === period.from && p.to === period.to);
}
