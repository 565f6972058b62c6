import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { can, useMe } from '../../auth/use-me.js';
import { formatDate } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';
import { BreakdownSection } from './breakdown-section.js';
import { IndicatorCards } from './indicator-cards.js';
import { useBreakdown, useIndicators, useMonitoringSettings, useQuality, useScopeOptions } from './monitoring-api.js';
import { periodSearch, useMonitoringParams } from './period.js';
import { previousReport } from './previous-report.js';
import { QualityPanel } from './quality-panel.js';
import { ReportDownloads } from './report-downloads.js';
import { ReportPanel } from './report-panel.js';
import { useTrend } from './reports-api.js';
import { ScopePeriodFilters } from './scope-period-filters.js';

export function MonitoringPage() {
  const { scope: scopeParam, period, update } = useMonitoringParams();
  const scopes = useScopeOptions();
  const { data: me } = useMe();
  const settings = useMonitoringSettings();
  const chosen = scopes.data?.find((s) => s.code === scopeParam);
  // The widest territory the user may see (the region for a region-wide user) is the default.
  const current = chosen ?? scopes.data?.[0];
  const scope = current?.code ?? '';

  // Write the default into the URL so links carry it.
  useEffect(() => {
    if (scopes.data && scope && scope !== scopeParam) update({ scope });
  }, [scopes.data, scope, scopeParam, update]);

  const params = scope ? { scope, ...period } : null;
  const indicators = useIndicators(params);
  const breakdown = useBreakdown(params);
  const quality = useQuality(scope || null);
  const reportsVisible = Boolean(current && current.kind !== 'organization' && can(me, 'reports.read'));
  const trend = useTrend(reportsVisible ? scope : null);
  const previous = previousReport(trend.data, period, settings.data?.reportingPeriods ?? []);
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
              <Group justify="space-between">
                <Text fz="sm" c="dimmed">
                  Период: {formatDate(period.from)} — {formatDate(period.to)}
                </Text>
                {!periodError && scope && <ReportDownloads scope={scope} period={period} />}
              </Group>
              {!periodError && reportsVisible && (
                <ReportPanel
                  scope={scope}
                  kind={current!.kind === 'region' ? 'region' : 'municipality'}
                  period={period}
                  onPeriod={(next) => update(next)}
                />
              )}
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
                        previous={previous}
                      />
                    )}
                  </QueryState>
                  <BreakdownSection breakdown={breakdown} kind={current?.kind} profileCodes={profileCodes} />
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
