// How dates, names and numbers look on screen (docs/ARCHITECTURE.md, «Правила»).
import { formatDay } from '../../shared/dates.js';

export { formatPeriod } from '../../shared/dates.js';

/** `YYYY-MM-DD` → `ДД.ММ.ГГГГ`; empty for null. */
export function formatDate(value: string | null | undefined): string {
  return value ? formatDay(value) : '';
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return new Date(value).toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' });
}

const numberFormat = new Intl.NumberFormat('ru-RU');
export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : numberFormat.format(value);

export const formatPercent = (value: number | null | undefined) =>
  value === null || value === undefined
    ? 'нет данных'
    : `${new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;

export function fullName(person: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
}
