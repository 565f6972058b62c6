import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../../shared/monitoring.js';
import { chartRows, shorten } from './indicator-chart.js';

const data: Breakdown = {
  scopes: [
    { code: 'a', name: 'Арский район' },
    { code: 'b', name: 'Бельский район' },
    { code: 'c', name: 'Ведомский район' },
    { code: 'd', name: 'Глинский район' },
  ],
  rows: [
    {
      code: 'staff_pd_share',
      threshold: 20,
      cells: [
        { scope: 'a', value: 10, numerator: 1, denominator: 10, met: false },
        { scope: 'b', value: null, numerator: 0, denominator: 0, met: null },
        { scope: 'c', value: 40, numerator: 4, denominator: 10, met: true },
        { scope: 'd', value: 20, numerator: 2, denominator: 10, met: true },
      ],
    },
  ],
};

describe('диаграмма показателя по территориям', () => {
  it('ставит высшие значения первыми, территории без данных последними, и красит по порогу', () => {
    expect(chartRows(data, 'staff_pd_share').map((r) => [r.name, r.value, r.color])).toEqual([
      ['Ведомский район', 40, 'teal.6'],
      ['Глинский район', 20, 'teal.6'],
      ['Арский район', 10, 'red.6'],
      ['Бельский район', null, 'indigo.5'],
    ]);
  });

  it('сокращает длинное название посередине, сохраняя номер школы', () => {
    expect(shorten('МБОУ «Средняя общеобразовательная школа № 4»')).toBe('МБОУ «Средняя общеобра…ьная школа № 4»');
    expect(shorten('Берёзовский муниципальный район')).toBe('Берёзовский муниципальный район');
  });
});
