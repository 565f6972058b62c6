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
}

export function orderByProfile<T extends { code: string }>(items: T[], profileCodes: string[]): T[] {
  const rank = (code: string) => {
    const i = profileCodes.indexOf(code);
    return i === -1 ? profileCodes.length : i;
  };
  return [...items].sort((a, b) => rank(a.code) - rank(b.code));
}

export function ThresholdBadge({ met }: { met: boolean | null }) {
  if (met === null) return null;
  return met ? (
    <Badge color="green" variant="light">
      порог выполнен
    </Badge>
  ) : (
    <Badge color="red" variant="light">
      ниже порога
    </Badge>
  );
}

export function IndicatorCards({ values, profileCodes, thresholds, search }: Props) {
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
                </div>
                <Stack gap={4} align="flex-end">
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
