import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { QualityReport } from '../../../shared/quality.js';
import { formatNumber } from '../../ui/format.js';

/** The records that make the territory's indicators wrong, each check with how to fix it. */
export function QualityPanel({ report }: { report: QualityReport }) {
  const found = report.checks.filter((c) => c.count > 0);
  return (
    <Stack gap="sm" data-testid="quality-panel">
      {found.length === 0 && <Text c="dimmed">Проблем с качеством данных не найдено.</Text>}
      {report.checks.map((check) => (
        <Card key={check.code} withBorder padding="sm" data-testid={`quality-check-${check.code}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={4} fz="sm">
              {check.title}
            </Title>
            <Badge color={check.count > 0 ? 'orange' : 'green'} variant="light">
              {formatNumber(check.count)}
            </Badge>
          </Group>
          {check.count > 0 && (
            <>
              <Text fz="sm" c="dimmed" mt={4}>
                {check.fixHint}
              </Text>
              <Group gap="xs" mt="xs">
                {check.sample.slice(0, 20).map((item) => (
                  <Anchor key={item.id} component={Link} to={item.href} fz="sm">
                    {item.label}
                  </Anchor>
                ))}
                {check.count > Math.min(check.sample.length, 20) && (
                  <Text fz="sm" c="dimmed">
                    и ещё {formatNumber(check.count - Math.min(check.sample.length, 20))}
                  </Text>
                )}
              </Group>
            </>
          )}
        </Card>
      ))}
    </Stack>
  );
}
