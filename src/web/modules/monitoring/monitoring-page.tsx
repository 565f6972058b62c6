import { Alert, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { ApiError } from '../../api.js';
import { formatDate } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';
import { BreakdownTable } from './breakdown-table.js';
import { IndicatorCards } from './indicator-cards.js';
import { useBreakdown, useIndicators, useMonitoringSettings, useQuality, useScopeOptions } from './monitoring-api.js';
import { periodSearch, useMonitoringParams } from './period.js';
import { QualityPanel } from './quality-panel.js';
import { ScopePeriodFilters } from './scope-period-filters.js';

export function MonitoringPage() {
  const { scope: scopeParam, period, update } = useMonitoringParams();
  const scopes = useScopeOptions();
  const settings = useMonitoringSettings();
  const known = scopes.data?.some((m) => m.code === scopeParam);
  const scope = known ? scopeParam : (scopes.data?.[0]?.code ?? '');

  // The first territory the user sees is the default; write it into the URL so links carry it.
  useEffect(() => {
    if (scopes.data && scope && scope !== scopeParam) update({ scope });
  }, [scopes.data, scope, scopeParam, update]);

  const params = scope ? { scope, ...period } : null;
  const indicators = useIndicators(params);
  const breakdown = useBreakdown(params);
  const quality = useQuality(scope || null);
  const profileCodes: string[] = settings.data?.indicators ?? [];
  const thresholds: Partial<Record<string, number>> = settings.data?.thresholds ?? {};
  const periodError = period.from > period.to;

  return (
    <Stack>
      <Title order={2}>Показатели</Title>
      <QueryState isLoading={scopes.isLoading} error={scopes.error}>
        {() =>
          scopes.data && scopes.data.length === 0 ? (
            <Alert color="gray">Нет доступных территорий.</Alert>
          ) : (
            <Stack>
              <ScopePeriodFilters scopes={scopes.data ?? []} scope={scope} period={period} onChange={update} />
              <Text fz="sm" c="dimmed">
                Период: {formatDate(period.from)} — {formatDate(period.to)}
              </Text>
              {periodError ? (
                <Alert color="red" role="alert">
                  Начало периода позже его конца
                </Alert>
              ) : (
                <>
                  <QueryState isLoading={indicators.isLoading} error={indicators.error}>
                    {() => (
                      <IndicatorCards
                        values={indicators.data ?? []}
                        profileCodes={profileCodes}
                        thresholds={thresholds}
                        search={periodSearch(scope, period)}
                      />
                    )}
                  </QueryState>
                  <Title order={3}>По территориям и организациям</Title>
                  {breakdown.error instanceof ApiError && breakdown.error.status === 422 ? (
                    <Alert color="gray">{breakdown.error.message}</Alert>
                  ) : (
                    <QueryState isLoading={breakdown.isLoading} error={breakdown.error}>
                      {() => breakdown.data && <BreakdownTable data={breakdown.data} profileCodes={profileCodes} />}
                    </QueryState>
                  )}
                </>
              )}
              <Title order={3}>Качество данных</Title>
              <QueryState isLoading={quality.isLoading} error={quality.error}>
                {() => quality.data && <QualityPanel report={quality.data} />}
              </QueryState>
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
