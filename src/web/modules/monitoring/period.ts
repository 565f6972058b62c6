// Reporting periods offered on the monitoring screen, and the scope/period kept in the URL.
import { useSearchParams } from 'react-router';
import { useToday } from '../../auth/use-me.js';

export interface Period {
  from: string;
  to: string;
}

export type PresetCode = 'year' | 'school' | 'half1' | 'half2' | 'custom';

export const presetOptions: { value: PresetCode; label: string }[] = [
  { value: 'year', label: 'Календарный год' },
  { value: 'school', label: 'Учебный год (01.09–31.08)' },
  { value: 'half1', label: 'Первое полугодие' },
  { value: 'half2', label: 'Второе полугодие' },
  { value: 'custom', label: 'Произвольный период' },
];

/** The period of a preset; `year` is the calendar year, or the year a school year starts in. */
export function presetPeriod(preset: Exclude<PresetCode, 'custom'>, year: number): Period {
  switch (preset) {
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'school':
      return { from: `${year}-09-01`, to: `${year + 1}-08-31` };
    case 'half1':
      return { from: `${year}-01-01`, to: `${year}-06-30` };
    case 'half2':
      return { from: `${year}-07-01`, to: `${year}-12-31` };
  }
}

/** Which preset (and year) a period is, so the selector shows what the URL says. */
export function recognize(period: Period): { preset: PresetCode; year: number } {
  const year = Number(period.from.slice(0, 4));
  for (const preset of ['year', 'school', 'half1', 'half2'] as const) {
    const candidate = presetPeriod(preset, year);
    if (candidate.from === period.from && candidate.to === period.to) return { preset, year };
  }
  return { preset: 'custom', year };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar year of `today` (the region's, from the server). */
export function defaultPeriod(today: string): Period {
  return presetPeriod('year', Number(today.slice(0, 4)));
}

/** The last territory and period chosen in this browser: the default of a page whose address has none. */
const rememberedKey = 'metodset.working-scope';

export function remembered(): { scope?: string; from?: string; to?: string } {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(rememberedKey) ?? '{}');
    return value && typeof value === 'object' ? (value as { scope?: string; from?: string; to?: string }) : {};
  } catch {
    return {};
  }
}

function remember(choice: { scope: string; from: string; to: string }) {
  try {
    globalThis.localStorage?.setItem(rememberedKey, JSON.stringify(choice));
  } catch {
    // Private mode or a full storage: the choice still lives in the address.
  }
}

/**
 * Scope and period of the URL (`?scope=&from=&to=`); without them, the ones last chosen in this
 * browser, else the current calendar year. The top bar sets them; every change is remembered.
 */
export function useMonitoringParams() {
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const saved = remembered();
  const fallback =
    saved.from && saved.to && isoDate.test(saved.from) && isoDate.test(saved.to)
      ? { from: saved.from, to: saved.to }
      : defaultPeriod(today);
  const fromParam = params.get('from') ?? '';
  const toParam = params.get('to') ?? '';
  const period: Period = isoDate.test(fromParam) && isoDate.test(toParam) ? { from: fromParam, to: toParam } : fallback;
  const scope = params.get('scope') ?? '';

  function update(next: Partial<Period & { scope: string }>, extra: Record<string, string | null> = {}) {
    setParams(
      (current) => {
        const result = new URLSearchParams(current);
        const merged = { scope, ...period, ...next };
        remember(merged);
        for (const [name, value] of Object.entries({ ...merged, ...extra })) {
          if (value) result.set(name, value);
          else result.delete(name);
        }
        return result;
      },
      { replace: true },
    );
  }
  return { scope, period, update, params };
}

/** `?scope=&from=&to=` for links between the monitoring pages. */
export const periodSearch = (scope: string, period: Period) =>
  `?${new URLSearchParams({ scope, from: period.from, to: period.to }).toString()}`;
