import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IndicatorValue } from '../../../shared/indicators.js';
import { formatFraction, formatIndicatorValue, indicatorDefinition, indicatorName, thresholdMet } from './indicator-format.js';

interface Props {
  values: IndicatorValue[];
  /** The profile's set, shown first. */
  profileCodes: string[];
  thresholds: Partial<Record<string, number>>;
  search: string;
  /** The values of the territory's previous report in force, for the trend line of each card. */
  previous?: PreviousReport | null;
}

export interface PreviousReport {
  /** What the change is against, said plainly: «к отчёту «Календарный год» за 01.01.2025–31.12.2025». */
  label: string;
  values: Map<string, number | null>;
}

/** «▲ +2,5 п. к отчёту «Календарный год» за …»: the change since the previous report (more is better everywhere). */
function TrendLine({ code, value, previous }: { code: string; value: number | null; previous: PreviousReport }) {
  const before = previous.values.get(code);
  if (value === null || before === null || before === undefined) return null;
  const change = Math.round((value - before) * 10) / 10;
  const size = formatIndicatorValue(code, Math.abs(change)).replace(' %', ' п.');
  const text = change === 0 ? 'без изменений' : `${change > 0 ? '▲ +' : '▼ −'}${size}`;
  return (
    <Text fz="xs" c={change > 0 ? 'teal.8' : change < 0 ? 'red.8' : 'dimmed'} data-testid="indicator-trend">
      {text} {previous.label}
    </Text>
  );
}

export function orderByProfile<T extends { code: string }>(items: T[], profileCodes: string[]): T[] {
  const rank = (code: string) => {
    const i = profileCodes.indexOf(code);
    return i === -1 ? profileCodes.length : i;
  };
  return [...items].sort((a, b) => rank(a.code) - rank(b.code));
}

/** A badge keeps its whole label rather than «НИЖЕ ПОР…» in a narrow card. */
const whole = { flexShrink: 0, overflow: 'visible' } as const;

export function ThresholdBadge({ met }: { met: boolean | null }) {
  if (met === null) return null;
  return met ? (
    <Badge color="green" variant="light" style={whole}>
      порог выполнен
    </Badge>
  ) : (
    <Badge color="red" variant="light" style={whole}>
      ниже порога
    </Badge>
  );
}

export function IndicatorCards({ values, profileCodes, thresholds, search, previous }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {orderByProfile(values, profileCodes).map((item) => {
        const threshold = thresholds[item.code];
        const isCount = indicatorDefinition(item.code)?.kind === 'count';
        return (
          <Card
            key={item.code}
            withBorder
            padding="md"
            component={Link}
            to={`/monitoring/indicators/${item.code}${search}`}
            data-testid={`indicator-card-${item.code}`}
            style={{ textDecoration: 'none', color: 'inherit' }}
          >
            <Stack gap={6} justify="space-between" h="100%">
              <Text fz="sm" fw={500}>
                {indicatorName(item.code)}
              </Text>
              <Group justify="space-between" align="flex-end" wrap="nowrap">
                <div>
                  <Text fz={28} fw={700} lh={1.1} data-testid="indicator-value">
                    {formatIndicatorValue(item.code, item.value)}
                  </Text>
                  {!isCount && (
                    <Text fz="xs" c="dimmed">
                      {formatFraction(item.numerator, item.denominator)}
                    </Text>
                  )}
                  {previous && <TrendLine code={item.code} value={item.value} previous={previous} />}
                </div>
                <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                  {threshold !== undefined && (
                    <Text fz="xs" c="dimmed">
                      Порог: {formatIndicatorValue(item.code, threshold)}
                    </Text>
                  )}
                  <ThresholdBadge met={thresholdMet(item.value, threshold)} />
                </Stack>
              </Group>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
