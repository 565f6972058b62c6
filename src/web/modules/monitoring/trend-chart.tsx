import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Alert, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ReportTrend } from '../../../shared/reports.js';
import { formatPeriod } from '../../ui/format.js';
import { orderByProfile } from './indicator-cards.js';
import { formatIndicatorValue, indicatorName } from './indicator-format.js';

interface Props {
  trend: ReportTrend;
  profileCodes: string[];
  thresholds: Partial<Record<string, number>>;
  /** The indicator shown first (the one the user came from), when given. */
  initial?: string;
}

/** One indicator across the territory's reports in force, period after period. */
export function TrendChart({ trend, profileCodes, thresholds, initial }: Props) {
  const codes = orderByProfile(trend[0]?.values ?? [], profileCodes).map((v) => v.code);
  const [chosen, setChosen] = useState<string | null>(initial ?? null);
  const code = chosen && codes.includes(chosen as (typeof codes)[number]) ? chosen : (codes[0] ?? null);
  if (!trend.length || !code) return <Alert color="gray">Действующих отчётов этой территории ещё нет.</Alert>;
  const data = trend.map((point) => ({
    period: formatPeriod(point.period),
    value: point.values.find((v) => v.code === code)?.value ?? null,
  }));
  const threshold = thresholds[code];
  return (
    <Stack gap="sm" data-testid="trend-chart">
      <Select
        label="Показатель"
        data={codes.map((c) => ({ value: c, label: indicatorName(c) }))}
        value={code}
        onChange={(value) => value && setChosen(value)}
        allowDeselect={false}
        searchable
        maw={640}
      />
      {trend.length === 1 && (
        <Text fz="sm" c="dimmed">
          Пока один действующий отчёт: динамика появится со следующим отчётным периодом.
        </Text>
      )}
      <LineChart
        h={260}
        data={data}
        dataKey="period"
        series={[{ name: 'value', label: indicatorName(code), color: 'indigo.6' }]}
        valueFormatter={(value) => formatIndicatorValue(code, value)}
        referenceLines={threshold === undefined ? [] : [{ y: threshold, label: 'Порог', color: 'red.6' }]}
        connectNulls={false}
        withDots
        curveType="linear"
      />
    </Stack>
  );
}
