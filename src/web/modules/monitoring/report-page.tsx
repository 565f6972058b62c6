import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { reportAcceptor } from '../../../shared/reporting-periods.js';
import type { ReportComparison, ReportDetails } from '../../../shared/reports.js';
import { can, useMe } from '../../auth/use-me.js';
import { ActionDialog } from '../../ui/action-dialog.js';
import { formatDateTime, formatPeriod } from '../../ui/format.js';
import { NotFoundPage } from '../../ui/not-found-page.js';
import { QueryState } from '../../ui/query-state.js';
import { ThresholdBadge } from './indicator-cards.js';
import { formatFraction, formatIndicatorValue, indicatorDefinition, indicatorName } from './indicator-format.js';
import { useMonitoringSettings } from './monitoring-api.js';
import { periodSearch } from './period.js';
import { mayReview, ReportStepButton } from './report-actions.js';
import { useComparison, useReport, useReportActions, useTrend } from './reports-api.js';
import { ReportStatusBadge } from './report-status.js';
import { TrendChart } from './trend-chart.js';
import { useDownload } from '../../ui/use-download.js';

/** «+2,5 п.» for a share's change in percentage points, «−3» for a count. */
function formatChange(code: string, change: number | null): string {
  if (change === null) return '—';
  if (change === 0) return 'без изменений';
  const sign = change > 0 ? '+' : '−';
  const size = formatIndicatorValue(code, Math.abs(change)).replace(' %', ' п.');
  return `${sign}${size}`;
}

export function ReportPage() {
  const id = Number(useParams().id);
  const report = useReport(id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage message="Отчёт не найден." />;
  return (
    <QueryState isLoading={report.isLoading} error={report.error}>
      {() => report.data && <ReportView report={report.data} />}
    </QueryState>
  );
}

function ReportView({ report }: { report: ReportDetails }) {
  const { data: me } = useMe();
  const comparison = useComparison(report.id);
  const trend = useTrend(report.territory.code);
  const settings = useMonitoringSettings();
  const { move } = useReportActions();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const files = useDownload('Не удалось скачать');
  const base = `/reports/${report.id}/report`;
  // The same Russian name the server gives the file.
  const name = `Отчёт, ${report.territory.name}, ${formatPeriod(report.period)}, версия ${report.version}`;

  const save = (extension: 'xlsx' | 'pdf') => void files.run(`${base}.${extension}`, `${name}.${extension}`);
  async function sendBack() {
    await move.mutateAsync({ id: report.id, step: 'return', comment });
    setReturning(false);
  }

  const returnIssue = move.error && 'issues' in move.error ? (move.error as { issues: { message: string }[] }).issues[0]?.message : null;

  return (
    <Stack>
      <Anchor component={Link} to="/monitoring/reports" fz="sm">
        ← Отчёты
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>
            Отчёт: {report.territory.name}, {formatPeriod(report.period)}
          </Title>
          <Text fz="sm" data-testid="report-period-kind">
            {report.periodKind.name}; принимает: {reportAcceptor.labels[report.acceptor].toLowerCase()}
          </Text>
          <Group gap="sm">
            <ReportStatusBadge status={report.status} />
            <Text fz="sm" c="dimmed">
              Версия {report.version}. Зафиксировал {report.frozenBy} {formatDateTime(report.frozenAt)}
              {report.submittedAt && `; сдал ${report.submittedBy} ${formatDateTime(report.submittedAt)}`}
              {report.reviewedAt && `; проверил ${report.reviewedBy} ${formatDateTime(report.reviewedAt)}`}
            </Text>
          </Group>
          {report.profile && (
            <Text fz="sm" c="dimmed">
              Профиль: {report.profile.title}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Button variant="default" loading={files.pending?.endsWith('.xlsx')} onClick={() => save('xlsx')} data-testid="report-xlsx">
            Скачать XLSX
          </Button>
          <Button variant="default" loading={files.pending?.endsWith('.pdf')} onClick={() => save('pdf')} data-testid="report-pdf">
            Скачать PDF
          </Button>
        </Group>
      </Group>
      {report.status === 'returned' && report.reviewComment && (
        <Alert color="orange" title="Возвращён на доработку" data-testid="return-comment">
          {report.reviewComment}
        </Alert>
      )}
      {files.error && (
        <Alert color="red" role="alert">
          {files.error}
        </Alert>
      )}
      {move.error && !returning && (
        <Alert color="red" role="alert">
          {move.error.message}
        </Alert>
      )}
      <Group gap="xs">
        {can(me, 'reports.submit') && report.status === 'frozen' && report.territory.kind === 'municipality' && (
          <ReportStepButton report={report} step="submit" />
        )}
        {can(me, 'reports.review') && mayReview(me, report) && report.status === 'submitted' && (
          <>
            <ReportStepButton report={report} step="accept" />
            <Button
              color="orange"
              variant="light"
              onClick={() => {
                move.reset();
                setReturning(true);
              }}
              data-testid="return-report"
            >
              Вернуть на доработку
            </Button>
          </>
        )}
        <Anchor component={Link} to={`/monitoring${periodSearch(report.territory.code, report.period)}`} fz="sm" data-testid="open-live">
          Текущие показатели за этот период
        </Anchor>
      </Group>
      <ActionDialog
        opened={returning}
        onClose={() => {
          move.reset();
          setReturning(false);
        }}
        title="Вернуть отчёт на доработку"
        error={move.error && !returnIssue ? move.error.message : null}
        actionLabel="Вернуть"
        color="orange"
        pending={move.isPending}
        onAction={sendBack}
        testId="confirm-return"
      >
        <Textarea
          label="Что исправить"
          autosize
          minRows={3}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={returnIssue ?? undefined}
          data-testid="return-comment-input"
        />
      </ActionDialog>
      <Title order={3}>Показатели: зафиксировано и сейчас</Title>
      <QueryState isLoading={comparison.isLoading} error={comparison.error}>
        {() => comparison.data && <ComparisonTable report={report} comparison={comparison.data} />}
      </QueryState>
      <Title order={3}>Динамика по отчётам за период «{report.periodKind.name}»</Title>
      <Paper withBorder p="md">
        <QueryState isLoading={trend.isLoading} error={trend.error}>
          {() =>
            trend.data && (
              <TrendChart
                trend={trend.data.filter((p) => p.periodKind.code === report.periodKind.code)}
                profileCodes={settings.data?.indicators ?? []}
                thresholds={settings.data?.thresholds ?? {}}
              />
            )
          }
        </QueryState>
      </Paper>
    </Stack>
  );
}

function ComparisonTable({ report, comparison }: { report: ReportDetails; comparison: ReportComparison }) {
  // Said plainly: the change is against the previous report of the same kind of period, named.
  const previousHeader = comparison.previous
    ? `К отчёту «${comparison.previous.periodName}» за ${formatPeriod(comparison.previous.period)}`
    : `К предыдущему отчёту «${report.periodKind.name}» (его нет)`;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="report-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Показатель</Table.Th>
            <Table.Th>Зафиксировано</Table.Th>
            <Table.Th>Числитель / знаменатель</Table.Th>
            <Table.Th>Порог</Table.Th>
            <Table.Th>Сейчас</Table.Th>
            <Table.Th>Сейчас − зафиксировано</Table.Th>
            <Table.Th data-testid="previous-header">{previousHeader}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comparison.rows.map(({ code, frozen, live, change, sincePrevious }) => (
            <Table.Tr key={code} data-testid={`report-row-${code}`}>
              <Table.Td>
                <Anchor component={Link} to={`/monitoring/reports/${report.id}/indicators/${code}`} fz="sm">
                  {indicatorName(code)}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={2} align="flex-start">
                  <Text fz="sm" fw={600}>
                    {formatIndicatorValue(code, frozen.value)}
                  </Text>
                  <ThresholdBadge met={frozen.met} />
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFraction(frozen.numerator, frozen.denominator)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {frozen.threshold === null ? '—' : formatIndicatorValue(code, frozen.threshold)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatIndicatorValue(code, live.value)}
                {indicatorDefinition(code)?.kind === 'share' && (
                  <Text span fz="xs" c="dimmed">
                    {' '}
                    ({formatFraction(live.numerator, live.denominator)})
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} c={change ? 'orange.8' : 'dimmed'}>
                {formatChange(code, change)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid={`since-previous-${code}`}>
                {comparison.previous ? formatChange(code, sincePrevious) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
