import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeEntry, type AuditPage } from '../../shared/audit.js';
import { api, query } from '../api.js';
import { useMe } from '../auth/use-me.js';
import { actorText, EntryChanges } from './audit-entry.js';
import { formatDateTime } from './format.js';

/** A card's history from the audit log, for every territorial reader of the card (product.md §6). */
export function HistorySection({ subject }: { subject: string }) {
  const { data: me } = useMe();
  const allowed = Boolean(me?.can.includes('audit.card'));
  const history = useQuery({
    queryKey: ['audit', 'history', subject],
    queryFn: () => api<AuditPage>(`/audit/history${query({ subject, pageSize: 100 })}`),
    enabled: allowed,
  });
  if (!allowed) return null;
  const rows = history.data?.items ?? [];
  const names = history.data?.names ?? {};
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
              {rows.map((row) => {
                const entry = describeEntry(row, names);
                return (
                  <Table.Tr key={row.id}>
                    <Table.Td>{formatDateTime(row.at)}</Table.Td>
                    <Table.Td>{actorText(row)}</Table.Td>
                    <Table.Td>
                      {entry.action}: {entry.entity.toLowerCase()}
                    </Table.Td>
                    <Table.Td>
                      <EntryChanges entry={entry} action={row.action} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
