import { Alert, Anchor, Button, Group, Modal, Stack, Table, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { municipalityInput, type MunicipalityRow } from '../../../shared/registry.js';
import { can, useMe } from '../../auth/use-me.js';
import { formatNumber } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';
import { useZodForm } from '../../ui/use-zod-form.js';
import { ExportButton } from './filters.js';
import { useMunicipalities, useRegistryMutation } from './registry-api.js';
import { municipalityFields } from '../../../shared/field-labels.js';

function MunicipalityForm({ municipality, onDone }: { municipality: MunicipalityRow | null; onDone: () => void }) {
  const form = useZodForm(municipalityInput, { code: municipality?.code ?? '', name: municipality?.name ?? '' });
  const save = useRegistryMutation();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = form.attempt();
    if (!data) return;
    try {
      await save.mutateAsync(
        municipality
          ? { path: `/municipalities/${municipality.id}`, method: 'PATCH', body: data }
          : { path: '/municipalities', method: 'POST', body: data },
      );
      onDone();
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {form.formError && (
          <Alert color="red" role="alert">
            {form.formError}
          </Alert>
        )}
        <TextInput label={municipalityFields.name} required {...form.text('name')} data-autofocus />
        <TextInput label={municipalityFields.code} required description="Код муниципалитета в пакете обмена" {...form.text('code')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Отмена
          </Button>
          <Button type="submit" loading={save.isPending}>
            Сохранить
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MunicipalitiesPage() {
  const { data: me } = useMe();
  const result = useMunicipalities();
  // undefined: closed; null: a new one; a row: editing it.
  const [editing, setEditing] = useState<MunicipalityRow | null | undefined>(undefined);
  const writable = can(me, 'municipalities.write');

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Муниципалитеты</Title>
        <Group gap="sm">
          <ExportButton path="/municipalities/export.xlsx" params={{}} fileName="Муниципалитеты.xlsx" />
          {writable && (
            <Button onClick={() => setEditing(null)} data-testid="add-municipality">
              Добавить муниципалитет
            </Button>
          )}
        </Group>
      </Group>
      <QueryState isLoading={result.isLoading} error={result.error}>
        {() => (
          <Table.ScrollContainer minWidth={560} type="native">
            <Table striped data-testid="municipalities-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Муниципалитет</Table.Th>
                  <Table.Th>Код</Table.Th>
                  <Table.Th>Организаций</Table.Th>
                  <Table.Th>Работников</Table.Th>
                  {writable && (
                    <Table.Th>
                      <VisuallyHidden>Действия</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.data?.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/registry/organizations?municipalityId=${m.id}`}>
                        {m.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{m.code}</Table.Td>
                    <Table.Td>{formatNumber(m.organizations)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/registry/people?municipalityId=${m.id}`}>
                        {formatNumber(m.staff)}
                      </Anchor>
                    </Table.Td>
                    {writable && (
                      <Table.Td>
                        {m.can.includes('edit') && (
                          <Button size="xs" variant="subtle" onClick={() => setEditing(m)} aria-label={`Изменить: ${m.name}`}>
                            Изменить
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? 'Муниципалитет' : 'Новый муниципалитет'}
        centered
      >
        {editing !== undefined && (
          <MunicipalityForm key={editing?.id ?? 'new'} municipality={editing} onDone={() => setEditing(undefined)} />
        )}
      </Modal>
    </Stack>
  );
}
