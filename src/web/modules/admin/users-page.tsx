import { Badge, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { role as roleLabels } from '../../../shared/enums.js';
import type { Page } from '../../../shared/paging.js';
import type { UserRow } from '../../../shared/users.js';
import { api, query } from '../../api.js';
import { QueryState } from '../../ui/query-state.js';
import { UserForm } from './user-form.js';

export function UsersPage() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const result = useQuery({ queryKey: ['users', q, page], queryFn: () => api<Page<UserRow>>(`/users${query({ q, page, pageSize: 50 })}`) });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Пользователи</Title>
        <Button onClick={() => setEditing('new')}>Добавить пользователя</Button>
      </Group>
      <TextInput
        label="Поиск по логину или имени"
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setPage(1);
        }}
        maw={360}
      />
      <QueryState isLoading={result.isLoading} error={result.error}>
        {() => (
          <>
            <Table.ScrollContainer minWidth={700}>
              <Table striped highlightOnHover data-testid="users-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Логин</Table.Th>
                    <Table.Th>Имя</Table.Th>
                    <Table.Th>Роли</Table.Th>
                    <Table.Th>Состояние</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.data!.items.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>{user.login}</Table.Td>
                      <Table.Td>
                        {user.displayName}
                        {user.personName && user.personName !== user.displayName ? (
                          <Text size="xs" c="dimmed">
                            {user.personName}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {user.grants.map((g, i) => (
                            <Badge key={i} variant="light" tt="none">
                              {roleLabels.label(g.role)}
                              {g.territory ? `: ${g.territory}` : ''}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>{user.active ? 'Активен' : <Badge color="gray">Заблокирован</Badge>}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="subtle" onClick={() => setEditing(user)}>
                          Изменить
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Всего: {result.data!.total}
              </Text>
              <Pagination total={Math.max(1, Math.ceil(result.data!.total / 50))} value={page} onChange={setPage} />
            </Group>
          </>
        )}
      </QueryState>
      {editing && <UserForm user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
