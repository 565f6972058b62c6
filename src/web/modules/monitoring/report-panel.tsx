import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatMonthDay } from '../../../shared/dates.js';
import { endedReportingPeriods, isReportingPeriod } from '../../../shared/reporting-periods.js';
import type { ReportSummary } from '../../../shared/reports.js';
import { can, useMe, useToday } from '../../auth/use-me.js';
import { ActionDialog } from '../../ui/action-dialog.js';
import { formatDate, formatDateTime, formatNumber, formatPeriod } from '../../ui/format.js';
import { useMonitoringSettings, useQuality } from './monitoring-api.js';
import type { Period } from './period.js';
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
  const dates = settings.data?.reportingDates ?? [];
  const onDate = isReportingPeriod(period, dates);
  const versions = useReportVersions(onDate ? { scope, ...period } : null);
  const current = versions.data?.find((r) => r.status !== 'superseded') ?? null;
  const [confirming, setConfirming] = useState<'freeze' | 'submit' | null>(null);

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
        {!onDate ? (
          <>
            <Text fz="sm">
              Отчёт фиксируется за отчётный период: от предыдущей отчётной даты региона до следующей ({dates.map(formatMonthDay).join(', ')}
              ).
            </Text>
            <Group gap="xs">
              {endedReportingPeriods(dates, today, 2).map((p) => (
                <Button key={p.to} size="xs" variant="light" onClick={() => onPeriod(p)} data-testid="reporting-period">
                  {formatPeriod(p)}
                </Button>
              ))}
            </Group>
          </>
        ) : (
          <CurrentReport
            scope={scope}
            period={period}
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
  period: Period;
  current: ReportSummary | null;
  canFreeze: boolean;
  canSubmit: boolean;
  confirming: 'freeze' | 'submit' | null;
  setConfirming: (next: 'freeze' | 'submit' | null) => void;
}) {
  const navigate = useNavigate();
  const today = useToday();
  const { freeze, move } = useReportActions();
  const quality = useQuality(confirming === 'freeze' ? scope : null);
  const warnings = quality.data?.checks.reduce((sum, check) => sum + check.count, 0) ?? 0;
  const locked = current?.status === 'submitted' || current?.status === 'accepted';
  const error = confirming === 'freeze' ? freeze.error : move.error;

  function open(next: 'freeze' | 'submit') {
    freeze.reset();
    move.reset();
    setConfirming(next);
  }

  async function doFreeze() {
    const { id } = await freeze.mutateAsync({ scope, ...period });
    setConfirming(null);
    void navigate(`/monitoring/reports/${id}`);
  }
  async function doSubmit() {
    await move.mutateAsync({ id: current!.id, step: 'submit' });
    setConfirming(null);
  }

  return (
    <>
      <Group gap="sm">
        <Text fz="sm">Отчёт за {formatPeriod(period)}:</Text>
        <ReportStatusBadge status={current?.status ?? null} />
        {current && (
          <Text fz="sm" c="dimmed">
            версия {current.version}, зафиксировал {current.frozenBy} {formatDateTime(current.frozenAt)}
            {current.submittedAt && `, сдал ${current.submittedBy} ${formatDateTime(current.submittedAt)}`}
          </Text>
        )}
      </Group>
      {current?.status === 'returned' && (
        <Alert color="orange" title="Регион вернул отчёт на доработку" data-testid="return-comment">
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
          <Button size="xs" onClick={() => open('freeze')} data-testid="freeze-report">
            {current ? 'Зафиксировать заново' : 'Зафиксировать отчёт'}
          </Button>
        )}
        {canSubmit && current?.status === 'frozen' && (
          <Button size="xs" color="violet" onClick={() => open('submit')} data-testid="submit-report">
            Сдать в регион
          </Button>
        )}
      </Group>
      <ActionDialog
        opened={confirming === 'freeze'}
        onClose={() => setConfirming(null)}
        title="Зафиксировать отчёт"
        error={error?.message ?? null}
        actionLabel="Зафиксировать"
        pending={freeze.isPending}
        onAction={doFreeze}
        testId="confirm-freeze"
      >
        <Text fz="sm">
          Будут сохранены значения показателей за {formatPeriod(period)}, их числители и знаменатели и списки людей и организаций за каждым
          числом. Зафиксированный отчёт не меняется; исправить его можно, только зафиксировав новую версию до сдачи.
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
      <ActionDialog
        opened={confirming === 'submit'}
        onClose={() => setConfirming(null)}
        title="Сдать отчёт в регион"
        error={error?.message ?? null}
        actionLabel="Сдать"
        color="violet"
        pending={move.isPending}
        onAction={doSubmit}
        testId="confirm-submit"
      >
        <Text fz="sm">
          Отчёт версии {current?.version} за {formatPeriod(period)} будет передан в регион. После сдачи зафиксировать его заново можно,
          только если регион вернёт его на доработку.
        </Text>
      </ActionDialog>
    </>
  );
}
