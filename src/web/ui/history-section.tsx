import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../shared/paging.js';
import { auditActionLabels, auditEntityLabels, type AuditRow } from '../../shared/users.js';
import { api, query } from '../api.js';
import { useMe } from '../auth/use-me.js';
import { formatDateTime } from './format.js';

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** A card's history from the audit log, for those who may read it. */
export function HistorySection({ subject }: { subject: string }) {
  const { data: me } = useMe();
  const allowed = Boolean(me?.can.includes('audit.read'));
  const history = useQuery({
    queryKey: ['audit', 'subject', subject],
    queryFn: () => api<Page<AuditRow>>(`/audit${query({ subject, pageSize: 100 })}`),
    enabled: allowed,
  });
  if (!allowed) return null;
  const rows = history.data?.items ?? [];
  return (
    <Stack gap="xs" data-testid="history">
      <Title order={3}>История изменений</Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{history.isLoading ? 'Загрузка…' : 'Изменений не записано'}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Когда</Table.Th>
                <Table.Th>Кто</Table.Th>
                <Table.Th>Что</Table.Th>
                <Table.Th>Изменения</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{formatDateTime(row.at)}</Table.Td>
                  <Table.Td>{row.userLogin ?? 'загрузка'}</Table.Td>
                  <Table.Td>
                    {auditActionLabels[row.action] ?? row.action}: {(auditEntityLabels[row.entity] ?? row.entity).toLowerCase()}
                  </Table.Td>
                  <Table.Td>
                    {Object.entries((row.changes ?? {}) as Record<string, { from?: unknown; to?: unknown }>).map(([field, change]) => (
                      <div key={field}>
                        {field}: {show(change?.from)} → {show(change?.to)}
                      </div>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
