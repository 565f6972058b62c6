import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Breakdown } from '../../../shared/monitoring.js';
import { orderByProfile } from './indicator-cards.js';
import { formatIndicatorValue, indicatorDefinition, indicatorName } from './indicator-format.js';

const colors = { met: 'teal.6', unmet: 'red.6', none: 'indigo.5' } as const;
/** Height of one territory's row, so 30 municipalities and 60 schools stay legible. */
const rowHeight = 32;
const maxLabel = 38;

export interface ChartRow {
  code: string;
  name: string;
  value: number | null;
  met: boolean | null;
  color: string;
}

/** One indicator's value per child territory, the highest first and those without data last. */
export function chartRows(data: Breakdown, code: string): ChartRow[] {
  const row = data.rows.find((r) => r.code === code);
  const names = new Map(data.scopes.map((s) => [s.code, s.name]));
  const rows = (row?.cells ?? []).map((cell) => ({
    code: cell.scope,
    name: names.get(cell.scope) ?? cell.scope,
    value: cell.value,
    met: cell.met,
    color: cell.met === null ? colors.none : cell.met ? colors.met : colors.unmet,
  }));
  return rows.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? a.name.localeCompare(b.name, 'ru') : a.value === null ? 1 : -1;
    return b.value - a.value || a.name.localeCompare(b.name, 'ru');
  });
}

/** Cut in the middle: schools differ by the number at the end of their names («… школа № 4»). */
export const shorten = (name: string) =>
  name.length > maxLabel ? `${name.slice(0, maxLabel - 16).trimEnd()}…${name.slice(-15).trimStart()}` : name;
/** recharts breaks a label at spaces when it runs out of room: «100,0 %» must stay one line. */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/** A territory's name on one line, cut when long; the whole name on hover. */
function TerritoryTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const name = String(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill="var(--mantine-color-text)">
      <title>{name}</title>
      {shorten(name)}
    </text>
  );
}

/** A horizontal bar per child territory for the chosen indicator, its threshold as a dashed line. */
export function IndicatorChart({ data, profileCodes }: { data: Breakdown; profileCodes: string[] }) {
  const indicators = orderByProfile(data.rows, profileCodes);
  const [chosen, setChosen] = useState<string | null>(null);
  const code = chosen && indicators.some((r) => r.code === chosen) ? chosen : (indicators[0]?.code ?? null);
  if (data.scopes.length === 0 || !code) {
    return <Alert color="gray">В территории нет подчинённых территорий или организаций.</Alert>;
  }
  const row = data.rows.find((r) => r.code === code)!;
  const rows = chartRows(data, code);
  const isShare = indicatorDefinition(code)?.kind === 'share';
  const format = (value: number) => formatIndicatorValue(code, value);
  const threshold = row.threshold;
  const highest = Math.max(0, ...rows.map((r) => r.value ?? 0), threshold ?? 0);
  const withoutData = rows.filter((r) => r.value === null).length;

  return (
    <Stack gap="sm" data-testid="indicator-chart">
      <Select
        label="Показатель"
        data={indicators.map((r) => ({ value: r.code, label: indicatorName(r.code) }))}
        value={code}
        onChange={(value) => value && setChosen(value)}
        allowDeselect={false}
        searchable
        maw={640}
        data-testid="chart-indicator"
      />
      <Group gap="lg" fz="xs">
        {threshold !== null ? (
          <>
            <Legend color="var(--mantine-color-teal-6)" label="порог выполнен" />
            <Legend color="var(--mantine-color-red-6)" label="ниже порога" />
            <Text fz="xs" c="dimmed" data-testid="chart-threshold">
              пунктир — порог {format(threshold)}
            </Text>
          </>
        ) : (
          <Text fz="xs" c="dimmed">
            Порог для показателя не задан
          </Text>
        )}
        {withoutData > 0 && (
          <Text fz="xs" c="dimmed">
            без данных: {withoutData}
          </Text>
        )}
      </Group>
      <BarChart
        // recharts measures its container once: a new number of rows needs a new chart.
        key={rows.length}
        h={rows.length * rowHeight + 50}
        data={rows}
        dataKey="name"
        orientation="vertical"
        series={[{ name: 'value', label: indicatorName(code), color: colors.none }]}
        valueFormatter={format}
        withBarValueLabel
        valueLabelProps={{ formatter: (value: unknown) => (typeof value === 'number' ? unbroken(format(value)) : '') }}
        gridAxis="x"
        maxBarWidth={22}
        barChartProps={{ margin: { right: 56 } }}
        xAxisProps={{ domain: [0, isShare ? 100 : Math.max(1, Math.ceil(highest * 1.15))], allowDecimals: !isShare }}
        yAxisProps={{ width: 300, interval: 0, tick: TerritoryTick }}
        referenceLines={threshold !== null ? [{ x: threshold, color: 'orange.7', strokeDasharray: '6 4', strokeWidth: 2, label: '' }] : []}
        role="img"
        aria-label={`Диаграмма: ${indicatorName(code)} по территориям`}
      />
    </Stack>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span style={{ width: 12, height: 12, borderRadius: 2, background: color, display: 'inline-block' }} />
      <Text fz="xs">{label}</Text>
    </Group>
  );
}
