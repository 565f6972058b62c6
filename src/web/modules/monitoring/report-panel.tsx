import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { endedReportingPeriods, kindRule, reportingPeriodOf, type ReportingPeriod } from '../../../shared/reporting-periods.js';
import type { ReportSummary } from '../../../shared/reports.js';
import { can, useMe, useToday } from '../../auth/use-me.js';
import { ActionDialog } from '../../ui/action-dialog.js';
import { formatDate, formatDateTime, formatNumber, formatPeriod } from '../../ui/format.js';
import { useMonitoringSettings, useQuality } from './monitoring-api.js';
import type { Period } from './period.js';
import { ReportStepButton } from './report-actions.js';
import { useReportActions, useReportVersions } from './reports-api.js';
import { ReportStatusBadge } from './report-status.js';

interface Props {
  scope: string;
  kind: 'region' | 'municipality';
  period: Period;
  onPeriod: (period: Period) => void;
}

/**
 * The report of the chosen territory for the chosen period: where it stands in the cycle, and the
 * next step the user may take (freeze, submit), with the data-quality warnings before freezing.
 */
export function ReportPanel({ scope, kind, period, onPeriod }: Props) {
  const { data: me } = useMe();
  const today = useToday();
  const settings = useMonitoringSettings();
  const kinds = settings.data?.reportingPeriods ?? [];
  const defined = reportingPeriodOf(kinds, period);
  const versions = useReportVersions(defined ? { scope, ...period } : null);
  const current = versions.data?.find((r) => r.status !== 'superseded') ?? null;
  const [confirming, setConfirming] = useState(false);

  if (!settings.data) return null;
  return (
    <Paper withBorder p="md" data-testid="report-panel">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>Отчётность</Title>
          <Anchor component={Link} to="/monitoring/reports" fz="sm">
            Все отчёты
          </Anchor>
        </Group>
        {!defined ? (
          <>
            <Text fz="sm">
              Отчёт фиксируется ровно за отчётный период региона: {kinds.map((k) => `${k.name.toLowerCase()} (${kindRule(k)})`).join(', ')}.
            </Text>
            <Group gap="xs">
              {endedReportingPeriods(kinds, today, 3).map((p) => (
                <Button
                  key={`${p.kind}:${p.to}`}
                  size="xs"
                  variant="light"
                  onClick={() => onPeriod({ from: p.from, to: p.to })}
                  data-testid="reporting-period"
                >
                  {p.name}: {formatPeriod(p)}
                </Button>
              ))}
            </Group>
          </>
        ) : (
          <CurrentReport
            scope={scope}
            period={defined}
            current={current}
            canFreeze={
              can(me, 'reports.freeze') &&
              Boolean(me?.grants.some((g) => (kind === 'region' ? g.role === 'region_admin' : g.role === 'municipal_head')))
            }
            canSubmit={can(me, 'reports.submit')}
            confirming={confirming}
            setConfirming={setConfirming}
          />
        )}
      </Stack>
    </Paper>
  );
}

function CurrentReport({
  scope,
  period,
  current,
  canFreeze,
  canSubmit,
  confirming,
  setConfirming,
}: {
  scope: string;
  period: ReportingPeriod;
  current: ReportSummary | null;
  canFreeze: boolean;
  canSubmit: boolean;
  confirming: boolean;
  setConfirming: (next: boolean) => void;
}) {
  const navigate = useNavigate();
  const today = useToday();
  const { freeze } = useReportActions();
  const quality = useQuality(confirming ? scope : null);
  const warnings = quality.data?.checks.reduce((sum, check) => sum + check.count, 0) ?? 0;
  const locked = current?.status === 'submitted' || current?.status === 'accepted';

  async function doFreeze() {
    const { id } = await freeze.mutateAsync({ scope, from: period.from, to: period.to });
    setConfirming(false);
    void navigate(`/monitoring/reports/${id}`);
  }

  return (
    <>
      <Group gap="sm">
        <Text fz="sm">
          {period.name}, {formatPeriod(period)}:
        </Text>
        <ReportStatusBadge status={current?.status ?? null} />
        {current && (
          <Text fz="sm" c="dimmed">
            версия {current.version}, зафиксировал {current.frozenBy} {formatDateTime(current.frozenAt)}
            {current.submittedAt && `, сдал ${current.submittedBy} ${formatDateTime(current.submittedAt)}`}
          </Text>
        )}
      </Group>
      {current?.status === 'returned' && (
        <Alert color="orange" title="Отчёт возвращён на доработку" data-testid="return-comment">
          {current.reviewComment}
        </Alert>
      )}
      <Group gap="xs">
        {current && (
          <Button size="xs" variant="default" component={Link} to={`/monitoring/reports/${current.id}`} data-testid="open-report">
            Открыть отчёт
          </Button>
        )}
        {canFreeze && !locked && (
          <Button
            size="xs"
            onClick={() => {
              freeze.reset();
              setConfirming(true);
            }}
            data-testid="freeze-report"
          >
            {current ? 'Зафиксировать заново' : 'Зафиксировать отчёт'}
          </Button>
        )}
        {canSubmit && current?.status === 'frozen' && <ReportStepButton size="xs" report={current} step="submit" />}
      </Group>
      <ActionDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Зафиксировать отчёт"
        error={freeze.error?.message ?? null}
        actionLabel="Зафиксировать"
        pending={freeze.isPending}
        onAction={doFreeze}
        testId="confirm-freeze"
      >
        <Text fz="sm">
          Будут сохранены значения показателей за {formatPeriod(period)} ({period.name.toLowerCase()}), их числители и знаменатели и списки
          людей и организаций за каждым числом. Зафиксированный отчёт не меняется; исправить его можно, только зафиксировав новую версию до
          сдачи.
        </Text>
        {period.to > today && (
          <Alert color="yellow" data-testid="freeze-unfinished">
            Период ещё не закончился: до {formatDate(period.to)} числа могут измениться.
          </Alert>
        )}
        {quality.data &&
          (warnings > 0 ? (
            <Alert color="yellow" title="Есть предупреждения о качестве данных" data-testid="freeze-quality">
              {formatNumber(warnings)} записей могут исказить показатели — они перечислены на панели «Качество данных». Лучше исправить их
              до фиксации.
            </Alert>
          ) : (
            <Alert color="teal" data-testid="freeze-quality">
              Предупреждений о качестве данных нет.
            </Alert>
          ))}
      </ActionDialog>
    </>
  );
}
