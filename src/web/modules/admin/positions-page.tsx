import { Alert, Button, Checkbox, Group, Paper, ScrollArea, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { employmentCategory, type EmploymentCategory } from '../../../shared/enums.js';
import type { PositionInput, PositionRow } from '../../../shared/positions.js';
import { api, ApiError } from '../../api.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { QueryState } from '../../ui/query-state.js';

const categoryOptions = employmentCategory.codes.map((value) => ({ value, label: employmentCategory.label(value) }));
const message = (error: unknown) => (error instanceof ApiError ? error.message : 'Не удалось сохранить.');

/** region_admin: the nomenclature of positions the roster import recognises (постановление № 225). */
export function PositionsPage() {
  const queryClient = useQueryClient();
  const positions = useQuery({ queryKey: ['positions'], queryFn: () => api<PositionRow[]>('/positions') });
  const [draft, setDraft] = useState<{ name: string; category: EmploymentCategory | ''; exact: boolean }>({
    name: '',
    category: '',
    exact: false,
  });
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['positions'] });

  async function save(path: string, method: 'POST' | 'PATCH', body: Partial<PositionInput>) {
    setError(null);
    try {
      await api(path, { method, body });
      await refresh();
      return true;
    } catch (e) {
      setError(message(e));
      return false;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!draft.category) return setError('Выберите категорию должности.');
    if (await save('/positions', 'POST', { ...draft, category: draft.category })) setDraft({ name: '', category: '', exact: false });
  }

  return (
    <Stack maw={1000}>
      <Title order={2}>Должности</Title>
      <Text size="sm" c="dimmed">
        Номенклатура должностей педагогических работников и руководителей (постановление Правительства РФ от 21.02.2022 № 225). При загрузке
        списка кадров должность сравнивается с этим списком без учёта регистра, «ё», знаков препинания и сокращений («зам.», «учит.»);
        «Учитель математики» — это «Учитель». Строки с должностями вне списка не загружаются, если при проверке не выбрать их категорию.
      </Text>
      <Paper component="form" withBorder p="md" onSubmit={add}>
        <Group align="flex-end">
          <TextInput
            label="Должность"
            required
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            w={360}
          />
          <Select
            label="Категория"
            required
            data={categoryOptions}
            value={draft.category || null}
            onChange={(value) => setDraft({ ...draft, category: (value ?? '') as EmploymentCategory | '' })}
            w={260}
          />
          <Checkbox
            label="Только точное название"
            checked={draft.exact}
            onChange={(e) => setDraft({ ...draft, exact: e.currentTarget.checked })}
            mb={8}
          />
          <Button type="submit">Добавить</Button>
        </Group>
      </Paper>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <QueryState isLoading={positions.isLoading} error={positions.error}>
        {() => (
          <ScrollArea>
            <Table striped withTableBorder aria-label="Справочник должностей" data-testid="positions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Должность</Table.Th>
                  <Table.Th w={300}>Категория</Table.Th>
                  <Table.Th w={200}>Совпадение</Table.Th>
                  <Table.Th w={120}>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(positions.data ?? []).map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Категория должности «${p.name}»`}
                        data={categoryOptions}
                        value={p.category}
                        onChange={(value) => value && void save(`/positions/${p.id}`, 'PATCH', { category: value as EmploymentCategory })}
                        allowDeselect={false}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        label="Только точное название"
                        checked={p.exact}
                        onChange={(e) => void save(`/positions/${p.id}`, 'PATCH', { exact: e.currentTarget.checked })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ConfirmButton
                        label="Удалить"
                        title="Удалить должность?"
                        message={`«${p.name}» больше не будет распознаваться при загрузке списков кадров.`}
                        onConfirm={async () => {
                          await api(`/positions/${p.id}`, { method: 'DELETE' });
                          await refresh();
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </QueryState>
    </Stack>
  );
}
