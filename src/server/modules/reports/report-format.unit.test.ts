import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../../shared/indicators.js';
import type { ReportDocument } from '../../../shared/reports.js';
import {
  clip,
  formatDay,
  formatInteger,
  formatMoment,
  formatPeriod,
  formatThreshold,
  formatValue,
  indicatorLabel,
  metLabel,
  reportHeading,
  reportOrder,
  sheetNames,
} from './report-format.js';

// Intl's Russian grouping separator is a no-break space.
const nbsp = '\u00a0';

describe('числа и даты отчёта', () => {
  it.each([
    ['share', 12.5, '12,5 %'],
    ['share', 100, '100,0 %'],
    ['share', 0, '0,0 %'],
    ['share', null, 'нет данных'],
    ['count', 1234, `1${nbsp}234`],
    ['count', 0, '0'],
    ['count', null, 'нет данных'],
  ] as const)('%s %s → %s', (kind, value, text) => {
    expect(formatValue(kind, value)).toBe(text);
  });

  it.each([
    ['share', 10, '10,0 %'],
    ['count', 3, '3'],
    ['share', null, '—'],
  ] as const)('порог %s %s → %s', (kind, threshold, text) => {
    expect(formatThreshold(kind, threshold)).toBe(text);
  });

  it.each([
    [true, 'достигнут'],
    [false, 'не достигнут'],
    [null, '—'],
  ])('достижение %s → %s', (met, text) => {
    expect(metLabel(met)).toBe(text);
  });

  it.each([
    [0, '0'],
    [25_000, `25${nbsp}000`],
    [null, '—'],
  ])('целое %s → %s', (value, text) => {
    expect(formatInteger(value)).toBe(text);
  });

  it('даты ДД.ММ.ГГГГ, период через тире, момент снимка по часам региона', () => {
    expect(formatDay('2024-09-01')).toBe('01.09.2024');
    expect(formatPeriod({ from: '2024-01-01', to: '2024-12-31' })).toBe('01.01.2024–31.12.2024');
    expect(formatMoment('2024-12-31T21:30:00Z', 'Europe/Moscow')).toBe('01.01.2025 00:30');
    expect(formatMoment('2024-12-31T21:30:00Z', 'Asia/Barnaul')).toBe('01.01.2025 04:30');
  });
});

describe('имена листов и подписи', () => {
  it.each([
    [
      ['Показатели', 'staff_pd_share'],
      ['Показатели', 'staff_pd_share'],
    ],
    [['registry_pd_after_diagnostics_share'], ['registry_pd_after_diagnostics_s']],
    [['a/b:c*d?e[f]g\\h'], ['a b c d e f g h']],
    [
      ['Лист', 'лист', 'ЛИСТ'],
      ['Лист', 'лист (2)', 'ЛИСТ (3)'],
    ],
    [
      ['x'.repeat(40), 'x'.repeat(35)],
      ['x'.repeat(31), `${'x'.repeat(27)} (2)`],
    ],
    [
      ['', "'"],
      ['Лист', 'Лист (2)'],
    ],
  ])('%j → %j', (wanted, names) => {
    expect(sheetNames(wanted)).toEqual(names);
  });

  it('краткое название каждого показателя каталога — имя листа как есть: не длиннее 31 знака, по-русски, все разные', () => {
    const shorts = indicatorCatalog.map((d) => d.short);
    expect(sheetNames(shorts)).toEqual(shorts);
    for (const name of shorts) expect(name).toMatch(/^[А-ЯЁ][А-Яа-яЁё0-9 ,()-]+$/);
  });

  it.each([
    ['Район А', 10, 'Район А'],
    ['Муниципальное бюджетное общеобразовательное учреждение «Школа № 12»', 30, 'Муниципальное б…е «Школа № 12»'],
  ])('clip(%s, %i) → %s', (text, max, clipped) => {
    expect(clip(text, max)).toBe(clipped);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });

  it('название показателя — из каталога', () => {
    expect(indicatorLabel('staff_pd_share')).toBe('Доля педагогов и руководителей, прошедших ПК и ПП в отчётный период');
    expect(() => indicatorLabel('nope')).toThrow();
  });
});

describe('порядок показателей', () => {
  it('показатели профиля первыми в его порядке, затем остальные в порядке каталога, без повторов', () => {
    const all = indicatorCatalog.map((d) => d.code);
    expect(reportOrder([])).toEqual(all);
    const order = reportOrder(['consilium_count', 'staff_pd_share', 'not_an_indicator', 'consilium_count']);
    expect(order.slice(0, 2)).toEqual(['consilium_count', 'staff_pd_share']);
    expect(order.slice(2)).toEqual(all.filter((c) => c !== 'consilium_count' && c !== 'staff_pd_share'));
  });
});

describe('шапка отчёта', () => {
  const doc: ReportDocument = {
    territory: { kind: 'municipality', code: 'MA', name: 'Район А' },
    period: { from: '2024-01-01', to: '2024-06-30' },
    profile: null,
    indicators: [],
    breakdown: null,
    members: [],
    snapshot: null,
  };

  it('текущие данные без профиля', () => {
    expect(reportHeading(doc)).toEqual([
      'Территория: Район А (муниципалитет, код MA)',
      'Период: 01.01.2024–30.06.2024',
      'Профиль не применён: все показатели каталога, пороги не заданы',
      'Текущие данные (отчёт не зафиксирован)',
    ]);
  });

  it('снимок: статус, кто и когда зафиксировал', () => {
    const frozen = {
      ...doc,
      profile: { code: 'altai-2020', title: 'Алтайский край' },
      snapshot: { id: 7, version: 2, status: 'returned' as const, frozenAt: '2024-07-01T07:05:00Z', frozenBy: 'Иванова М. П.' },
    };
    expect(reportHeading(frozen, 'Europe/Moscow').slice(2)).toEqual([
      'Профиль: Алтайский край (altai-2020)',
      'Снимок отчёта № 7, версия 2: Возвращён на доработку; зафиксировал Иванова М. П. 01.07.2024 10:05',
    ]);
  });
});
