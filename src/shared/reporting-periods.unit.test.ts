import { describe, expect, it } from 'vitest';
import {
  defaultPeriodKinds,
  endedReportingPeriods,
  periodKinds,
  reportingPeriodOf,
  reportingPeriods,
  type PeriodKind,
} from './reporting-periods.js';

const interim: PeriodKind = { code: 'interim', name: 'Промежуточный', start: '01-01', end: '05-31', acceptor: 'region' };
const year: PeriodKind = { code: 'year', name: 'Календарный год', start: '01-01', end: '12-31', acceptor: 'region' };
const school: PeriodKind = { code: 'school-year', name: 'Учебный год', start: '09-01', end: '08-31', acceptor: 'authority' };
const half: PeriodKind = { code: 'half-year', name: 'Первое полугодие', start: '01-01', end: '06-30', acceptor: 'authority' };
const feb: PeriodKind = { code: 'march-feb', name: 'Март — февраль', start: '03-01', end: '02-28', acceptor: 'region' };

const span = (p: { kind: string; from: string; to: string }) => `${p.kind} ${p.from}…${p.to}`;

describe('отчётные периоды', () => {
  it.each([
    {
      name: 'промежуточный внутри календарного года (001 §20): оба кончаются в своём году',
      kinds: [year, interim],
      periods: ['interim 2026-01-01…2026-05-31', 'year 2026-01-01…2026-12-31'],
    },
    { name: 'учебный год (000 §3.9) начинается в предыдущем году', kinds: [school], periods: ['school-year 2025-09-01…2026-08-31'] },
    {
      name: 'итоговый и оперативный (002 §3.4)',
      kinds: [year, half],
      periods: ['half-year 2026-01-01…2026-06-30', 'year 2026-01-01…2026-12-31'],
    },
    { name: 'период через конец февраля високосного года', kinds: [feb], periods: ['march-feb 2027-03-01…2028-02-28'], year: 2028 },
    { name: 'нет периодов', kinds: [], periods: [] },
  ])('$name', ({ kinds, periods, year: y = 2026 }) => {
    expect(reportingPeriods(kinds, y, y).map(span)).toEqual(periods);
  });

  it.each([
    {
      name: 'в день окончания период уже завершён; от новых к старым',
      kinds: [interim, year],
      today: '2026-05-31',
      count: 3,
      ended: ['interim 2026-01-01…2026-05-31', 'year 2025-01-01…2025-12-31', 'interim 2025-01-01…2025-05-31'],
    },
    { name: 'накануне окончания — ещё нет', kinds: [interim, year], today: '2026-05-30', count: 1, ended: ['year 2025-01-01…2025-12-31'] },
    {
      name: 'учебный год',
      kinds: [school],
      today: '2026-11-30',
      count: 2,
      ended: ['school-year 2025-09-01…2026-08-31', 'school-year 2024-09-01…2025-08-31'],
    },
  ])('завершившиеся: $name', ({ kinds, today, count, ended }) => {
    expect(endedReportingPeriods(kinds, today, count).map(span)).toEqual(ended);
  });

  it.each([
    { period: { from: '2026-01-01', to: '2026-05-31' }, kinds: [interim, year], kind: 'interim' },
    { period: { from: '2026-01-01', to: '2026-12-31' }, kinds: [interim, year], kind: 'year' },
    // The old second half-year is no period of 001 any more.
    { period: { from: '2026-06-01', to: '2026-12-31' }, kinds: [interim, year], kind: null },
    { period: { from: '2025-09-01', to: '2026-08-31' }, kinds: [school], kind: 'school-year' },
    { period: { from: '2026-09-01', to: '2026-08-31' }, kinds: [school], kind: null },
    { period: { from: '2026-01-01', to: '2026-08-31' }, kinds: [school], kind: null },
    { period: { from: '1900-01-01', to: '2026-12-31' }, kinds: [year], kind: null },
    { period: { from: '2026-01-01', to: '2026-06-30' }, kinds: [interim, year], kind: null },
    { period: { from: 'x', to: 'y' }, kinds: [year], kind: null },
  ])('зафиксировать можно только определённый период: $period.from…$period.to → $kind', ({ period, kinds, kind }) => {
    expect(reportingPeriodOf(kinds, period)?.kind ?? null).toBe(kind);
  });

  it('период несёт название и того, кто принимает отчёт', () => {
    expect(reportingPeriodOf([school], { from: '2025-09-01', to: '2026-08-31' })).toEqual({
      kind: 'school-year',
      name: 'Учебный год',
      from: '2025-09-01',
      to: '2026-08-31',
      acceptor: 'authority',
    });
  });

  it.each([
    { name: 'по умолчанию — промежуточный и календарный год', kinds: defaultPeriodKinds(), message: null },
    { name: 'пустой список', kinds: [], message: 'Укажите хотя бы один отчётный период' },
    { name: 'код дважды', kinds: [year, { ...interim, code: 'year' }], message: 'Код периода «year» указан дважды' },
    { name: 'название дважды', kinds: [year, { ...interim, name: 'Календарный год' }], message: 'Период «Календарный год» указан дважды' },
    { name: 'те же даты дважды', kinds: [year, { ...year, code: 'y2', name: 'Год' }], message: 'Период 01.01–31.12 уже есть' },
    { name: '29 февраля', kinds: [{ ...year, end: '02-29' }], message: 'Такого дня в году нет' },
    { name: 'неизвестный принимающий', kinds: [{ ...year, acceptor: 'school' }], message: 'Выберите, кто принимает отчёт' },
  ])('проверка списка периодов: $name', ({ kinds, message }) => {
    const result = periodKinds.safeParse(kinds);
    expect(result.success ? null : result.error.issues[0]!.message).toBe(message);
  });
});
