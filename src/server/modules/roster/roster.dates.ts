// Dates as Russian spreadsheets hold them. date-fns parses and validates the calendar; the two
// rules it lacks are here: Excel's serial day numbers and the century of a two-digit year.
import { addDays, format, isValid, parse, subMonths, subYears } from 'date-fns';

export type DateParse = { ok: true; date: string } | { ok: false; reason: 'format' | 'nonexistent' | 'range' };

const minYear = 1900;
const maxYear = 2100;
// Excel's day 1 is 1900-01-01, but it counts a 29.02.1900 that never was, so from day 61 on
// (every date we accept) the count runs from 1899-12-30.
const excelEpoch = new Date(1899, 11, 30);

const russian = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s*г\.?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const serial = /^\d{5}(?:[.,]\d+)?$/;
// date-fns fills the fields a format lacks from a reference date; ours name all three.
const referenceDate = new Date(2000, 0, 1);

/**
 * A two-digit year is taken as the latest year not after this one (`05` → 2005, `75` → 1975):
 * a roster's dates (birth, hire, career start) are in the past.
 */
export function fullYear(twoDigits: number, today: string): number {
  const current = Number(today.slice(0, 4));
  const candidate = current - (current % 100) + twoDigits;
  return candidate > current ? candidate - 100 : candidate;
}

function checked(date: Date): DateParse {
  if (!isValid(date)) return { ok: false, reason: 'nonexistent' };
  const year = date.getFullYear();
  if (year < minYear || year > maxYear) return { ok: false, reason: 'range' };
  return { ok: true, date: format(date, 'yyyy-MM-dd') };
}

function fromSerial(days: number): DateParse {
  if (!Number.isFinite(days) || days < 61) return { ok: false, reason: 'range' };
  return checked(addDays(excelEpoch, Math.floor(days)));
}

/**
 * A date cell → `YYYY-MM-DD`; null for an empty cell. Accepts ДД.ММ.ГГГГ, Д.М.ГГГГ, ДД.ММ.ГГ,
 * ISO, Excel serial numbers and real Excel date cells (which exceljs gives as UTC midnight).
 * `today` (the region's, `YYYY-MM-DD`) places a two-digit year.
 */
export function parseRosterDate(value: string | number | Date | null, today: string): DateParse | null {
  if (value === null) return null;
  if (value instanceof Date) {
    if (!isValid(value)) return { ok: false, reason: 'nonexistent' };
    // The cell's calendar day, whatever the server's time zone.
    return checked(new Date(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (typeof value === 'number') return fromSerial(value);
  const text = value.trim();
  if (!text) return null;
  const ru = russian.exec(text);
  if (ru) {
    const [, d, m, y] = ru as unknown as [string, string, string, string];
    const year = y.length === 2 ? fullYear(Number(y), today) : Number(y);
    return checked(parse(`${d}.${m}.${year}`, 'd.M.yyyy', referenceDate));
  }
  const is = iso.exec(text);
  if (is) {
    const [, y, m, d] = is as unknown as [string, string, string, string];
    return checked(parse(`${y}-${m}-${d}`, 'yyyy-M-d', referenceDate));
  }
  if (serial.test(text)) return fromSerial(Number(text.replace(',', '.')));
  return { ok: false, reason: 'format' };
}

const experiencePattern = /^(\d{1,2}(?:[.,]\d+)?)\s*(?:лет|года|год|г|л)?\.?\s*(?:(\d{1,2})\s*(?:месяцев|месяца|месяц|мес|м)\.?)?$/i;

/**
 * Teaching experience in years («12», «12 лет», «12,5», «12 л. 3 мес.») → the start of the
 * teaching career: `today` (the region's date of the preview, `YYYY-MM-DD`) minus that many years
 * (and months). null for an empty cell; undefined for text that is not an experience.
 */
export function careerStartFromExperience(value: string | number | Date | null, today: string): string | null | undefined {
  if (value === null) return null;
  if (value instanceof Date) return undefined;
  const text = String(value).trim();
  if (!text) return null;
  const match = experiencePattern.exec(text);
  if (!match) return undefined;
  const years = Number(match[1]!.replace(',', '.'));
  const extraMonths = match[2] ? Number(match[2]) : 0;
  if (years > 80 || extraMonths > 11) return undefined;
  const whole = Math.floor(years);
  const months = Math.round((years - whole) * 12) + extraMonths;
  // Calendar arithmetic on the date itself: noon of that day on this computer, so no zone or DST shift moves it.
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return format(subMonths(subYears(new Date(y, m - 1, d, 12), whole), months), 'yyyy-MM-dd');
}
