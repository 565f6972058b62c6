import { Alert, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Breakdown, MonitoringScope } from '../../../shared/monitoring.js';
import { ApiError } from '../../api.js';
import { QueryState } from '../../ui/query-state.js';
import { BreakdownTable } from './breakdown-table.js';
import { IndicatorChart } from './indicator-chart.js';

const headings: Record<MonitoringScope['kind'], string> = {
  region: 'По муниципалитетам',
  municipality: 'По организациям',
  organization: 'По территориям и организациям',
};

/** The indicators across the child territories of a scope: as a table and as a chart per indicator. */
export function BreakdownSection({
  breakdown,
  kind,
  profileCodes,
}: {
  breakdown: UseQueryResult<Breakdown>;
  kind: MonitoringScope['kind'] | undefined;
  profileCodes: string[];
}) {
  // While another territory's figures load, the previous ones stay, dimmed, instead of a blank.
  const stale = breakdown.isPlaceholderData || (breakdown.isFetching && !breakdown.isLoading);
  return (
    <Stack gap="sm" data-testid="breakdown-section" data-stale={stale ? 'true' : 'false'} style={{ opacity: stale ? 0.6 : 1 }}>
      <Group gap="sm">
        <Title order={3}>{headings[kind ?? 'organization']}</Title>
        {stale && <Loader size="xs" aria-label="Загрузка" />}
      </Group>
      {breakdown.error instanceof ApiError && breakdown.error.status === 422 ? (
        <Alert color="gray">{breakdown.error.message}</Alert>
      ) : (
        <QueryState isLoading={breakdown.isLoading} error={breakdown.error}>
          {() =>
            breakdown.data && (
              <Tabs defaultValue="table" keepMounted={false}>
                <Tabs.List mb="sm">
                  <Tabs.Tab value="table" data-testid="tab-breakdown-table">
                    Таблица
                  </Tabs.Tab>
                  <Tabs.Tab value="charts" data-testid="tab-breakdown-charts">
                    Диаграммы
                  </Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="table">
                  <BreakdownTable data={breakdown.data} profileCodes={profileCodes} />
                </Tabs.Panel>
                <Tabs.Panel value="charts">
                  <IndicatorChart data={breakdown.data} profileCodes={profileCodes} />
                </Tabs.Panel>
              </Tabs>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}
