import { describe, expect, it } from 'vitest';
import { indicatorValue, percentage } from './indicators.value.js';

describe('процент показателя', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 16, 6.3], // 6.25 → 6.3: half away from zero
    [3, 16, 18.8], // 18.75 → 18.8
    [1, 6, 16.7],
    [5, 8, 62.5],
    [1, 2000, 0.1], // 0.05 → 0.1
    [1, 2001, 0],
    [0, 7, 0],
    [7, 7, 100],
    [1, 40000, 0],
    [39999, 40000, 100],
    [19999, 40000, 50],
    [-1, 16, -6.3],
  ])('%i из %i → %d', (numerator, denominator, expected) => {
    expect(percentage(numerator, denominator)).toBe(expected);
  });

  it('нулевой знаменатель — нет значения', () => {
    expect(percentage(0, 0)).toBeNull();
    expect(indicatorValue({ code: 'teacher_iom_share', kind: 'share' }, 0, 0)).toEqual({
      code: 'teacher_iom_share',
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });

  it('количество — само число, без знаменателя', () => {
    expect(indicatorValue({ code: 'community_count', kind: 'count' }, 4, null)).toEqual({
      code: 'community_count',
      value: 4,
      numerator: 4,
      denominator: null,
    });
  });
});
