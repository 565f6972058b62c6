import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { reportAcceptor, reportingPeriods } from '../../../shared/reporting-periods.js';
import type { ReportSummary } from '../../../shared/reports.js';
import { useToday } from '../../auth/use-me.js';
import { formatDateTime, formatPeriod } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';
import { useMonitoringSettings } from './monitoring-api.js';
import { useReports, useSubmissions } from './reports-api.js';
import { ReportStatusBadge } from './report-status.js';

/**
 * The reporting cycle at a glance: for a reporting period, which municipalities have frozen,
 * submitted, been returned or accepted; below, every report version the user may open.
 */
export function ReportsPage() {
  const settings = useMonitoringSettings();
  const today = useToday();
  const year = Number(today.slice(0, 4));
  const periods = reportingPeriods(settings.data?.reportingPeriods ?? [], year - 4, year + 1).reverse();
  const keyOf = (p: { kind: string; to: string }) => `${p.kind}:${p.to}`;
  // The latest period that has ended is the one being reported on.
  const fallback = periods.find((p) => p.to <= today) ?? periods[0] ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const period = periods.find((p) => keyOf(p) === chosen) ?? fallback;
  const submissions = useSubmissions(period && { from: period.from, to: period.to });
  const reports = useReports(null);

  return (
    <Stack>
      <Title order={2}>Отчёты</Title>
      <Group align="flex-end">
        <Select
          label="Отчётный период"
          data={periods.map((p) => ({ value: keyOf(p), label: `${p.name}: ${formatPeriod(p)}` }))}
          value={period ? keyOf(period) : null}
          onChange={setChosen}
          allowDeselect={false}
          w={420}
          data-testid="reports-period"
        />
        {period && (
          <Text fz="sm" c="dimmed" data-testid="period-acceptor">
            Принимает: {reportAcceptor.labels[period.acceptor].toLowerCase()}
          </Text>
        )}
        {submissions.data && (
          <Text fz="sm" c="dimmed" data-testid="submitted-count">
            Сдали: {submissions.data.filter((s) => s.report && ['submitted', 'accepted'].includes(s.report.status)).length} из{' '}
            {submissions.data.length}
          </Text>
        )}
      </Group>
      <QueryState isLoading={submissions.isLoading} error={submissions.error}>
        {() => (
          <Table.ScrollContainer minWidth={720}>
            <Table striped data-testid="submissions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Муниципалитет</Table.Th>
                  <Table.Th>Состояние</Table.Th>
                  <Table.Th>Зафиксирован</Table.Th>
                  <Table.Th>Сдан</Table.Th>
                  <Table.Th>Проверен</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {submissions.data?.map(({ municipality, report }) => (
                  <Table.Tr key={municipality.id} data-testid={`submission-${municipality.code}`}>
                    <Table.Td>
                      {report ? (
                        <Anchor component={Link} to={`/monitoring/reports/${report.id}`}>
                          {municipality.name}
                        </Anchor>
                      ) : (
                        municipality.name
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <ReportStatusBadge status={report?.status ?? null} />
                    </Table.Td>
                    <Table.Td>{report && `${formatDateTime(report.frozenAt)}, ${report.frozenBy}, версия ${report.version}`}</Table.Td>
                    <Table.Td>{report?.submittedAt && `${formatDateTime(report.submittedAt)}, ${report.submittedBy}`}</Table.Td>
                    <Table.Td>
                      {report?.reviewedAt && `${formatDateTime(report.reviewedAt)}, ${report.reviewedBy}`}
                      {report?.reviewComment && (
                        <Text fz="xs" c="orange.8">
                          {report.reviewComment}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Title order={3}>Все версии</Title>
      <QueryState isLoading={reports.isLoading} error={reports.error}>
        {() => <VersionsTable reports={reports.data ?? []} />}
      </QueryState>
    </Stack>
  );
}

function VersionsTable({ reports }: { reports: ReportSummary[] }) {
  if (!reports.length) return <Text c="dimmed">Зафиксированных отчётов пока нет.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover data-testid="reports-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Территория</Table.Th>
            <Table.Th>Период</Table.Th>
            <Table.Th>Версия</Table.Th>
            <Table.Th>Состояние</Table.Th>
            <Table.Th>Зафиксирован</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/monitoring/reports/${r.id}`}>
                  {r.territory.name}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.periodKind.name}: {formatPeriod(r.period)}
              </Table.Td>
              <Table.Td>{r.version}</Table.Td>
              <Table.Td>
                <ReportStatusBadge status={r.status} />
              </Table.Td>
              <Table.Td>
                {formatDateTime(r.frozenAt)}, {r.frozenBy}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
