import { Code, Group, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { Page } from '../../../shared/paging.js';
import { auditActionLabels, auditEntityLabels, type AuditRow } from '../../../shared/users.js';
import { api, query } from '../../api.js';
import { DateField } from '../../ui/date-field.js';
import { formatDateTime } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';

/** The audit log: who changed what and when, newest first, within the viewer's territory. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = {
    entity: params.get('entity') ?? '',
    login: params.get('login') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Number(params.get('page') ?? 1),
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const result = useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api<Page<AuditRow>>(`/audit${query({ ...filters, pageSize: 50 })}`),
  });
  return (
    <Stack>
      <Title order={2}>Журнал изменений</Title>
      <Group align="end">
        <Select
          label="Объект"
          clearable
          data={Object.entries(auditEntityLabels).map(([value, label]) => ({ value, label }))}
          value={filters.entity || null}
          onChange={(value) => set('entity', value ?? '')}
        />
        <TextInput label="Логин" value={filters.login} onChange={(e) => set('login', e.currentTarget.value)} />
        <DateField label="С даты" wholeOnly value={filters.from} onChange={(value) => set('from', value)} />
        <DateField label="По дату" wholeOnly value={filters.to} onChange={(value) => set('to', value)} />
      </Group>
      <QueryState isLoading={result.isLoading} error={result.error}>
        {() => (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table striped data-testid="audit-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Когда</Table.Th>
                    <Table.Th>Кто</Table.Th>
                    <Table.Th>Действие</Table.Th>
                    <Table.Th>Объект</Table.Th>
                    <Table.Th>Что изменилось</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.data!.items.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Td>{formatDateTime(row.at)}</Table.Td>
                      <Table.Td>{row.userLogin ?? 'система'}</Table.Td>
                      <Table.Td>{auditActionLabels[row.action] ?? row.action}</Table.Td>
                      <Table.Td>
                        {auditEntityLabels[row.entity] ?? row.entity} {row.entityLabel ? `«${row.entityLabel}»` : ''}
                      </Table.Td>
                      <Table.Td>
                        <Changes changes={row.changes} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Записей: {result.data!.total}
              </Text>
              <Pagination
                total={Math.max(1, Math.ceil(result.data!.total / 50))}
                value={filters.page}
                onChange={(page) => set('page', String(page))}
              />
            </Group>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Changes({ changes }: { changes: unknown }) {
  if (!changes || typeof changes !== 'object') return null;
  const entries = Object.entries(changes as Record<string, unknown>);
  const isDiff = entries.every(([, v]) => v && typeof v === 'object' && 'from' in (v as object) && 'to' in (v as object));
  if (!isDiff) return <Code block>{JSON.stringify(changes, null, 1)}</Code>;
  return (
    <Stack gap={2}>
      {entries.map(([field, value]) => {
        const { from, to } = value as { from: unknown; to: unknown };
        return (
          <Text key={field} size="sm">
            <b>{field}</b>: {show(from)} → {show(to)}
          </Text>
        );
      })}
    </Stack>
  );
}

const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
