import { Alert, Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import { DataTable } from '../../ui/data-table.js';
import { formatDate } from '../../ui/format.js';
import { NotFoundPage } from '../../ui/not-found-page.js';
import { QueryState } from '../../ui/query-state.js';
import { ThresholdBadge } from './indicator-cards.js';
import { formatFraction, formatIndicatorValue, indicatorDefinition, thresholdMet } from './indicator-format.js';
import { membersColumns } from './members-columns.js';
import { membersPath, useIndicators, useMembers, useMonitoringSettings } from './monitoring-api.js';
import { periodSearch } from './period.js';
import { useWorkingScope } from './working-scope.js';
import { useDownload } from '../../ui/use-download.js';
import { SearchFilter } from '../registry/filters.js';

const pageSize = 50;

export function IndicatorPage() {
  const { code = '' } = useParams();
  const definition = indicatorDefinition(code);
  // The territory and the period are the top bar's.
  const { scopes, scope, period, params, update } = useWorkingScope();
  const side: DrilldownSide = params.get('side') === 'rest' ? 'rest' : 'numerator';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const exported = useDownload('Не удалось выгрузить');

  const ready = Boolean(scope && definition);
  const values = useIndicators(ready ? { scope, ...period } : null);
  const settings = useMonitoringSettings();
  const members = useMembers(code, ready ? { scope, ...period, side, q, page, pageSize } : null);

  if (!definition) return <NotFoundPage message="Показатель не найден." />;
  if (scopes.isLoading) return null;
  if (!scope)
    return (
      <Alert color="gray">
        Территория не выбрана.{' '}
        <Anchor component={Link} to="/monitoring">
          Вернуться к показателям
        </Anchor>
      </Alert>
    );

  const value = values.data?.find((v) => v.code === code);
  const threshold = settings.data?.thresholds[definition.code];

  return (
    <Stack>
      <Anchor component={Link} to={`/monitoring${periodSearch(scope, period)}`} fz="sm">
        ← Показатели
      </Anchor>
      <Title order={2}>{definition.name}</Title>
      <Text fz="sm" c="dimmed">
        Период: {formatDate(period.from)} — {formatDate(period.to)}
      </Text>
      <QueryState isLoading={values.isLoading} error={values.error}>
        {() =>
          value && (
            <Group align="flex-end" data-testid="indicator-summary">
              <Text fz={32} fw={700} lh={1}>
                {formatIndicatorValue(code, value.value)}
              </Text>
              {definition.kind === 'share' && <Text c="dimmed">{formatFraction(value.numerator, value.denominator)}</Text>}
              {threshold !== undefined && (
                <Text fz="sm" c="dimmed">
                  Порог: {formatIndicatorValue(code, threshold)}
                </Text>
              )}
              <ThresholdBadge met={thresholdMet(value.value, threshold)} />
            </Group>
          )
        }
      </QueryState>
      <Tabs value={side} onChange={(next) => next && update({}, { side: next === 'rest' ? 'rest' : null, page: null })}>
        <Tabs.List>
          <Tabs.Tab value="numerator" data-testid="tab-numerator">
            Вошли в числитель
          </Tabs.Tab>
          {definition.kind === 'share' && (
            <Tabs.Tab value="rest" data-testid="tab-rest">
              Не вошли (знаменатель без числителя)
            </Tabs.Tab>
          )}
        </Tabs.List>
      </Tabs>
      <Group justify="space-between" align="flex-end">
        <SearchFilter
          label="Поиск"
          placeholder="Фамилия, наименование или код"
          value={q}
          onChange={(next) => update({}, { q: next || null, page: null })}
          w={320}
          testId="members-search"
        />
        <Button
          variant="default"
          loading={exported.pending !== null}
          onClick={() => void exported.run(membersPath(code, { scope, ...period, side, q }, true), `${code}.xlsx`)}
          data-testid="members-export"
        >
          Выгрузить в Excel
        </Button>
      </Group>
      {exported.error && (
        <Alert color="red" role="alert">
          {exported.error}
        </Alert>
      )}
      {members.error && (
        <Alert color="red" role="alert">
          {members.error.message}
        </Alert>
      )}
      <DataTable
        testId="members-table"
        columns={membersColumns(members.data?.subject ?? definition.subject)}
        rows={members.data?.items}
        rowKey={(row) => row.id}
        total={members.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        onPage={(next) => update({}, { page: next > 1 ? String(next) : null })}
        loading={members.isFetching}
        minWidth={640}
      />
    </Stack>
  );
}
