import { Group, Pagination, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  auditEntityLabels,
  describeEntry,
  describeLogin,
  type AuditPage as AuditPageData,
  type AuditRow,
  type Names,
} from '../../../shared/audit.js';
import { api, query } from '../../api.js';
import { actorText, EntryChanges, ShownValue } from '../../ui/audit-entry.js';
import { DateField } from '../../ui/date-field.js';
import { formatDateTime } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';

const pageSize = 50;

/** The audit log within the viewer's territory, newest first: changes, and sign-ins in a view of their own. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'logins' ? 'logins' : 'changes';
  const filters = {
    view,
    entity: view === 'changes' ? (params.get('entity') ?? '') : '',
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
    if (key === 'view') next.delete('entity');
    setParams(next, { replace: true });
  };
  const result = useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api<AuditPageData>(`/audit${query({ ...filters, pageSize })}`),
  });
  return (
    <Stack>
      <Title order={2}>Журнал изменений</Title>
      <Tabs value={view} onChange={(value) => set('view', value === 'logins' ? 'logins' : '')}>
        <Tabs.List>
          <Tabs.Tab value="changes" data-testid="audit-view-changes">
            Изменения
          </Tabs.Tab>
          <Tabs.Tab value="logins" data-testid="audit-view-logins">
            Входы
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group align="end">
        {view === 'changes' && (
          <Select
            label="Объект"
            clearable
            data={Object.entries(auditEntityLabels).map(([value, label]) => ({ value, label }))}
            value={filters.entity || null}
            onChange={(value) => set('entity', value ?? '')}
          />
        )}
        <TextInput label="Логин" value={filters.login} onChange={(e) => set('login', e.currentTarget.value)} />
        <DateField label="С даты" wholeOnly value={filters.from} onChange={(value) => set('from', value)} />
        <DateField label="По дату" wholeOnly value={filters.to} onChange={(value) => set('to', value)} />
      </Group>
      <QueryState isLoading={result.isLoading} error={result.error}>
        {() => (
          <>
            {view === 'logins' ? (
              <LoginTable rows={result.data!.items} />
            ) : (
              <ChangeTable rows={result.data!.items} names={result.data!.names} />
            )}
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Записей: {result.data!.total}
              </Text>
              <Pagination
                total={Math.max(1, Math.ceil(result.data!.total / pageSize))}
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

function ChangeTable({ rows, names }: { rows: AuditRow[]; names: Names }) {
  return (
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
          {rows.map((row) => {
            const entry = describeEntry(row, names);
            return (
              <Table.Tr key={row.id}>
                <Table.Td>{formatDateTime(row.at)}</Table.Td>
                <Table.Td>{actorText(row)}</Table.Td>
                <Table.Td>{entry.action}</Table.Td>
                <Table.Td>
                  {entry.entity}
                  {entry.record?.text ? (
                    <>
                      {' «'}
                      <ShownValue value={entry.record} />
                      {'»'}
                    </>
                  ) : null}
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
  );
}

function LoginTable({ rows }: { rows: AuditRow[] }) {
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="logins-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Когда</Table.Th>
            <Table.Th>Логин</Table.Th>
            <Table.Th>Пользователь</Table.Th>
            <Table.Th>Событие</Table.Th>
            <Table.Th>Адрес</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const login = describeLogin(row);
            return (
              <Table.Tr key={row.id} data-action={row.action}>
                <Table.Td>{formatDateTime(row.at)}</Table.Td>
                <Table.Td>{row.entityLabel ?? row.userLogin}</Table.Td>
                <Table.Td>{row.userName ?? '—'}</Table.Td>
                <Table.Td>
                  {login.event}
                  {login.reason ? `: ${login.reason}` : ''}
                </Table.Td>
                <Table.Td>{login.address || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
