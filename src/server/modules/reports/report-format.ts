// How a report's figures read in its exports (docs/ARCHITECTURE.md, «Правила»): dates ДД.ММ.ГГГГ, numbers «1 234»,
// percentages with one decimal, «нет данных» for a share over nobody.
import { indicatorCatalog, type IndicatorCode, type IndicatorDefinition } from '../../../shared/indicators.js';
import { formatDay, formatPeriod } from '../../../shared/dates.js';
import { reportStatus, type ReportDocument } from '../../../shared/reports.js';
import { indicatorByCode } from '../monitoring/drilldown.service.js';

/** The Russian name of an indicator, as the catalog (docs/indicators.md) gives it. */
export const indicatorLabel = (code: string): string => indicatorByCode(code).name;

export { formatDay, formatPeriod };

/** An ISO timestamp as the region's clock shows it: `ДД.ММ.ГГГГ ЧЧ:ММ`. */
export function formatMoment(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}`;
}

const integer = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `1 234`; a dash for a figure that does not exist (a count's denominator). */
export const formatInteger = (value: number | null) => (value === null ? '—' : integer.format(value));

/** A share as `12,5 %`, a count as `1 234`, a share over nobody as «нет данных». */
export function formatValue(kind: IndicatorDefinition['kind'], value: number | null): string {
  if (value === null) return 'нет данных';
  return kind === 'share' ? `${oneDecimal.format(value)} %` : integer.format(value);
}

/** A threshold reads like the value it is compared with; a dash when the region set none. */
export const formatThreshold = (kind: IndicatorDefinition['kind'], threshold: number | null) =>
  threshold === null ? '—' : formatValue(kind, threshold);

export function metLabel(met: boolean | null): string {
  if (met === null) return '—';
  return met ? 'достигнут' : 'не достигнут';
}

/** What a territory is called in a report's heading. */
export const territoryKindLabel = { region: 'регион', municipality: 'муниципалитет', organization: 'организация' } as const;

/**
 * Excel sheet names: at most 31 characters, none of []:*?/\ , not blank, and unique without regard
 * to case (Excel refuses a second «Лист» beside «лист»).
 */
export function sheetNames(wanted: string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((raw) => {
    const clean =
      raw
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Лист';
    let name = clean.slice(0, 31).trim();
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${clean.slice(0, 31 - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * A text cut to `max` characters for a label that must stay on one line, the ellipsis in the middle:
 * organizations' names differ at their end («… школа № 12»), not at their start.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  return `${text.slice(0, max - 1 - tail).trimEnd()}…${text.slice(text.length - tail).trimStart()}`;
}

export const reportTitle = 'Отчёт о показателях эффективности методической службы';

export interface ReportRenderOptions {
  /** The region's time zone, for the moment a snapshot was frozen. */
  timeZone?: string;
}

/** The lines above a report's table: territory, period, profile and, for a snapshot, its status. */
export function reportHeading(doc: ReportDocument, timeZone = 'Europe/Moscow'): string[] {
  const { territory } = doc;
  const lines = [
    `Территория: ${territory.name} (${territoryKindLabel[territory.kind]}, код ${territory.code})`,
    `Период: ${formatPeriod(doc.period)}`,
    doc.profile ? `Профиль: ${doc.profile.title} (${doc.profile.code})` : 'Профиль не применён: все показатели каталога, пороги не заданы',
  ];
  if (doc.snapshot) {
    const s = doc.snapshot;
    lines.push(
      `Снимок отчёта № ${s.id}, версия ${s.version}: ${reportStatus.labels[s.status]}; ` +
        `зафиксировал ${s.frozenBy} ${formatMoment(s.frozenAt, timeZone)}`,
    );
  } else {
    lines.push('Текущие данные (отчёт не зафиксирован)');
  }
  return lines;
}

/** The profile's indicators in its order, then the rest of the catalog in catalog order. */
export function reportOrder(profileIndicators: readonly string[]): IndicatorCode[] {
  const catalog = indicatorCatalog.map((d) => d.code as IndicatorCode);
  const first = profileIndicators.filter((code): code is IndicatorCode => (catalog as string[]).includes(code));
  return [...new Set([...first, ...catalog])];
}
