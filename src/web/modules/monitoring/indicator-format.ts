import { indicatorCatalog, type IndicatorDefinition } from '../../../shared/indicators.js';
import { formatNumber, formatPercent } from '../../ui/format.js';

const byCode = new Map<string, IndicatorDefinition>(indicatorCatalog.map((i) => [i.code, i]));

export const indicatorDefinition = (code: string): IndicatorDefinition | undefined => byCode.get(code);
export const indicatorName = (code: string) => byCode.get(code)?.name ?? code;

/** «33,3 %» for a share (or «нет данных»), the integer for a count. */
export function formatIndicatorValue(code: string, value: number | null): string {
  if (byCode.get(code)?.kind === 'count') return value === null ? 'нет данных' : formatNumber(value);
  return formatPercent(value);
}

/** «12 / 36» for a share, the bare numerator for a count. */
export function formatFraction(numerator: number, denominator: number | null): string {
  return denominator === null ? formatNumber(numerator) : `${formatNumber(numerator)} / ${formatNumber(denominator)}`;
}

/** Whether a value reaches its threshold; null without a threshold or a value. */
export function thresholdMet(value: number | null, threshold: number | undefined | null): boolean | null {
  if (threshold === undefined || threshold === null || value === null) return null;
  return value >= threshold;
}
