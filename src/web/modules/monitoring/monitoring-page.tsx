import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { can, useMe } from '../../auth/use-me.js';
import { formatDate } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';
import { BreakdownSection } from './breakdown-section.js';
import { IndicatorCards } from './indicator-cards.js';
import { useBreakdown, useIndicators, useMonitoringSettings, useQuality } from './monitoring-api.js';
import { periodSearch } from './period.js';
import { previousReport } from './previous-report.js';
import { QualityPanel } from './quality-panel.js';
import { ReportDownloads } from './report-downloads.js';
import { ReportPanel } from './report-panel.js';
import { useTrend } from './reports-api.js';
import { useWorkingScope } from './working-scope.js';

export function MonitoringPage() {
  // The territory and the period are the top bar's (ContextBar): one choice for every page that counts.
  const { scopes, current, scope, period, update } = useWorkingScope();
  const { data: me } = useMe();
  const settings = useMonitoringSettings();

  const params = scope ? { scope, ...period } : null;
  const indicators = useIndicators(params);
  // An organization has no territories inside it: no breakdown to ask for.
  const breakdown = useBreakdown(current?.kind === 'organization' ? null : params);
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
              <Group justify="space-between">
                <Text fz="sm" c="dimmed" data-testid="monitoring-context">
                  {current?.name}, {formatDate(period.from)} — {formatDate(period.to)}
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
                  {current?.kind === 'organization' ? (
                    <Alert color="gray">
                      У организации «{current.name}» нет вложенных территорий: сводная таблица строится для региона или муниципалитета.
                    </Alert>
                  ) : (
                    <BreakdownSection breakdown={breakdown} kind={current?.kind} profileCodes={profileCodes} />
                  )}
                </>
              )}
              <Title order={3} id="quality">
                Качество данных
              </Title>
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
