import { describe, expect, it } from 'vitest';
import { endedReportingPeriods, isReportingPeriod, reportingPeriods } from './reporting-periods.js';

describe('отчётные периоды', () => {
  it.each([
    {
      name: 'май и декабрь (001 §20)',
      dates: ['05-31', '12-31'],
      periods: [
        { from: '2026-01-01', to: '2026-05-31' },
        { from: '2026-06-01', to: '2026-12-31' },
      ],
    },
    { name: 'одна дата — целый год', dates: ['12-31'], periods: [{ from: '2026-01-01', to: '2026-12-31' }] },
    { name: 'конец учебного года', dates: ['08-31'], periods: [{ from: '2025-09-01', to: '2026-08-31' }] },
    {
      name: 'даты в любом порядке и повторах',
      dates: ['12-31', '05-31', '12-31'],
      periods: [
        { from: '2026-01-01', to: '2026-05-31' },
        { from: '2026-06-01', to: '2026-12-31' },
      ],
    },
    {
      name: 'конец февраля в високосный год',
      dates: ['02-28', '12-31'],
      periods: [
        { from: '2028-01-01', to: '2028-02-28' },
        { from: '2028-02-29', to: '2028-12-31' },
      ],
      year: 2028,
    },
    { name: 'нет дат', dates: [], periods: [] },
  ])('$name', ({ dates, periods, year = 2026 }) => {
    expect(reportingPeriods(dates, year, year)).toEqual(periods);
  });

  it('последние завершившиеся — от новых к старым, отчётная дата включается в день её наступления', () => {
    expect(endedReportingPeriods(['05-31', '12-31'], '2026-05-31', 3)).toEqual([
      { from: '2026-01-01', to: '2026-05-31' },
      { from: '2025-06-01', to: '2025-12-31' },
      { from: '2025-01-01', to: '2025-05-31' },
    ]);
    expect(endedReportingPeriods(['05-31', '12-31'], '2026-05-30', 1)).toEqual([{ from: '2025-06-01', to: '2025-12-31' }]);
    expect(endedReportingPeriods(['12-31'], '2026-11-23', 2)).toEqual([
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2024-01-01', to: '2024-12-31' },
    ]);
  });

  it.each([
    [{ from: '2026-01-01', to: '2026-05-31' }, true],
    [{ from: '2026-06-01', to: '2026-12-31' }, true],
    [{ from: '2026-01-01', to: '2026-12-31' }, false],
    [{ from: '2026-12-31', to: '2026-12-31' }, false],
    [{ from: '1900-01-01', to: '2026-12-31' }, false],
    [{ from: '2026-01-01', to: '2026-06-30' }, false],
  ])('для отчёта годится только отчётный период: %o → %s', (period, fits) => {
    expect(isReportingPeriod(period, ['05-31', '12-31'])).toBe(fits);
  });
});
