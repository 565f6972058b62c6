// How an indicator's counts become the number shown: pure, so that every consumer rounds alike.
import type { IndicatorDefinition, IndicatorValue } from '../../../shared/indicators.js';

/**
 * numerator / denominator as a percentage with one decimal, halves away from zero (1/8 → 12.5,
 * 1/16 → 6.3), computed on integers so that no binary fraction tips a half; null for a zero
 * denominator ("нет данных").
 */
export function percentage(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  // tenths of a percent, rounded half up on magnitudes: floor((2·n·1000 + d) / (2·d))
  const tenths = Math.floor((2 * n * 1000 + d) / (2 * d));
  return (sign * tenths) / 10 || 0;
}

export function indicatorValue(
  definition: Pick<IndicatorDefinition, 'code' | 'kind'>,
  numerator: number,
  denominator: number | null,
): IndicatorValue {
  if (definition.kind === 'count') return { code: definition.code, value: numerator, numerator, denominator: null } as IndicatorValue;
  const d = denominator ?? 0;
  return { code: definition.code, value: percentage(numerator, d), numerator, denominator: d } as IndicatorValue;
}
