import { Alert, Anchor, Button, Group, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import { download } from '../../api.js';
import { DataTable } from '../../ui/data-table.js';
import { formatDate } from '../../ui/format.js';
import { NotFoundPage } from '../../ui/not-found-page.js';
import { QueryState } from '../../ui/query-state.js';
import { ThresholdBadge } from './indicator-cards.js';
import { formatFraction, formatIndicatorValue, indicatorDefinition, thresholdMet } from './indicator-format.js';
import { membersColumns } from './members-columns.js';
import { membersPath, useIndicators, useMembers, useMonitoringSettings } from './monitoring-api.js';
import { periodSearch, useMonitoringParams } from './period.js';

const pageSize = 50;

export function IndicatorPage() {
  const { code = '' } = useParams();
  const definition = indicatorDefinition(code);
  const { scope, period, params, update } = useMonitoringParams();
  const side: DrilldownSide = params.get('side') === 'rest' ? 'rest' : 'numerator';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [exportError, setExportError] = useState<string | null>(null);

  // Typing searches after a pause, from the first page.
  useEffect(() => {
    if (search === q) return;
    const timer = setTimeout(() => update({}, { q: search.trim() || null, page: null }), 400);
    return () => clearTimeout(timer);
  }, [search, q, update]);

  const ready = Boolean(scope && definition);
  const values = useIndicators(ready ? { scope, ...period } : null);
  const settings = useMonitoringSettings();
  const members = useMembers(code, ready ? { scope, ...period, side, q, page, pageSize } : null);

  if (!definition) return <NotFoundPage message="Показатель не найден." />;
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

  async function exportXlsx() {
    setExportError(null);
    try {
      await download(membersPath(code, { scope, ...period, side, q }, true), `${code}.xlsx`);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'Не удалось выгрузить');
    }
  }

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
        <TextInput
          label="Поиск"
          placeholder="Фамилия, наименование или код"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
          data-testid="members-search"
        />
        <Button variant="default" onClick={() => void exportXlsx()} data-testid="members-export">
          Выгрузить в Excel
        </Button>
      </Group>
      {exportError && (
        <Alert color="red" role="alert">
          {exportError}
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
