import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { IndicatorSubject } from '../../../shared/indicators.js';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import type { MemberLine } from '../../../shared/reports.js';
import { DataTable, type Column } from '../../ui/data-table.js';
import { formatDate, formatPeriod } from '../../ui/format.js';
import { NotFoundPage } from '../../ui/not-found-page.js';
import { formatFraction, formatIndicatorValue, indicatorDefinition } from './indicator-format.js';
import { SearchFilter } from '../registry/filters.js';
import { useListParams } from '../registry/list-params.js';
import { useReport, useReportMembers } from './reports-api.js';

const pageSize = 50;

/** Where a frozen line leads: the person's or organization's card; records have none yet. */
const cardOf = (subject: IndicatorSubject, id: number) =>
  subject === 'people' ? `/registry/people/${id}` : subject === 'organizations' ? `/registry/organizations/${id}` : null;

const detailTitle: Record<IndicatorSubject, string> = {
  people: 'Место работы и должность',
  organizations: 'Муниципалитет',
  communities: 'Начало работы',
  practices: 'Дата публикации',
  events: 'Дата начала',
};

function columns(subject: IndicatorSubject): Column<MemberLine>[] {
  const dated = subject === 'communities' || subject === 'practices' || subject === 'events';
  return [
    {
      key: 'name',
      title: subject === 'people' ? 'Фамилия Имя Отчество' : 'Наименование',
      render: (line) => {
        const to = cardOf(subject, line.id);
        return to ? (
          <Anchor component={Link} to={to}>
            {line.name}
          </Anchor>
        ) : (
          line.name
        );
      },
    },
    { key: 'detail', title: detailTitle[subject], render: (line) => (dated ? formatDate(line.detail) : line.detail) },
    { key: 'code', title: 'Код', nowrap: true, render: (line) => line.code },
  ];
}

/** The list behind one number of a frozen report, exactly as it stood when frozen. */
export function ReportMembersPage() {
  const params = useParams();
  const id = Number(params.id);
  const code = params.code ?? '';
  const definition = indicatorDefinition(code);
  const list = useListParams(['side', 'q'], '');
  const side: DrilldownSide = list.values.side === 'rest' ? 'rest' : 'numerator';
  const { page } = list;
  const q = list.values.q;
  const report = useReport(id);
  const members = useReportMembers(id, code, { side, q, page, pageSize });

  if (!definition || !Number.isInteger(id)) return <NotFoundPage message="Показатель не найден." />;
  const frozen = report.data?.indicators.find((i) => i.code === code);

  return (
    <Stack>
      <Anchor component={Link} to={`/monitoring/reports/${id}`} fz="sm">
        ← Отчёт
      </Anchor>
      <Title order={2}>{definition.name}</Title>
      {report.data && (
        <Text fz="sm" c="dimmed">
          {report.data.territory.name}, {formatPeriod(report.data.period)}; список зафиксирован {report.data.frozenBy} вместе с отчётом
          версии {report.data.version}
        </Text>
      )}
      {frozen && (
        <Group align="flex-end">
          <Text fz={28} fw={700} lh={1}>
            {formatIndicatorValue(code, frozen.value)}
          </Text>
          {definition.kind === 'share' && <Text c="dimmed">{formatFraction(frozen.numerator, frozen.denominator)}</Text>}
        </Group>
      )}
      <Tabs value={side} onChange={(next) => next && list.setFilter('side', next === 'rest' ? 'rest' : null)}>
        <Tabs.List>
          <Tabs.Tab value="numerator">Вошли в числитель</Tabs.Tab>
          {definition.kind === 'share' && <Tabs.Tab value="rest">Не вошли (знаменатель без числителя)</Tabs.Tab>}
        </Tabs.List>
      </Tabs>
      <SearchFilter
        label="Поиск"
        placeholder="Фамилия или наименование"
        value={q}
        onChange={(next) => list.setFilter('q', next || null)}
        w={320}
      />
      {members.error && (
        <Alert color="red" role="alert">
          {members.error.message}
        </Alert>
      )}
      <DataTable
        testId="report-members-table"
        columns={columns(definition.subject)}
        rows={members.data?.items}
        rowKey={(row) => row.id}
        total={members.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        onPage={list.setPage}
        loading={members.isFetching}
        minWidth={640}
      />
    </Stack>
  );
}
