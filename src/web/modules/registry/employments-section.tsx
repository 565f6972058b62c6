import { Button, Group, Table } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { employmentCategory, employmentType } from '../../../shared/enums.js';
import type { PersonCard } from '../../../shared/registry.js';
import { useMe } from '../../auth/use-me.js';
import { readsTerritory } from '../../navigation.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { formatDate } from '../../ui/format.js';
import { EmploymentFields, emptyEmployment, useEmploymentForm } from './employment-fields.js';
import { useRegistryMutation } from './registry-api.js';
import { FormModal, nowrap, Section } from './section.js';

type Employment = PersonCard['employments'][number];

function EmploymentDialog({ personId, employment, onClose }: { personId: number; employment: Employment | null; onClose: () => void }) {
  const save = useRegistryMutation();
  const form = useEmploymentForm(
    employment
      ? {
          organizationId: String(employment.organizationId),
          position: employment.position,
          category: employment.category,
          start: employment.start,
          end: employment.end ?? '',
          subjects: employment.subjects,
          type: employment.type,
          personnelNumber: employment.personnelNumber ?? '',
        }
      : emptyEmployment,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = form.attempt();
    if (!data) return;
    const base = `/people/${personId}/employments`;
    try {
      await save.mutateAsync(
        employment ? { path: `${base}/${employment.id}`, method: 'PATCH', body: data } : { path: base, method: 'POST', body: data },
      );
      onClose();
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <FormModal
      title={employment ? 'Место работы' : 'Новое место работы'}
      opened
      onClose={onClose}
      onSubmit={submit}
      error={form.formError}
      busy={save.isPending}
      size="lg"
    >
      <EmploymentFields
        form={form}
        current={employment ? { id: employment.organizationId, name: employment.organizationName } : undefined}
      />
    </FormModal>
  );
}

export function EmploymentsSection({ person, editable }: { person: PersonCard; editable: boolean }) {
  const [editing, setEditing] = useState<Employment | null | undefined>(undefined);
  const remove = useRegistryMutation();
  // A teacher or an expert reads only their own card: the organization's page is not theirs to open.
  const { data: me } = useMe();
  const linked = Boolean(me && readsTerritory(me));
  return (
    <>
      <Section
        title="Места работы"
        testId="employments"
        addLabel="Добавить место работы"
        onAdd={editable ? () => setEditing(null) : undefined}
        headers={[
          'Организация',
          'Муниципалитет',
          'Должность',
          'Категория',
          'Вид занятости',
          'Табельный номер',
          'С',
          'По',
          'Предметы',
          ...(editable ? ['Действия'] : []),
        ]}
        empty={person.employments.length === 0}
      >
        {person.employments.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>
              {linked ? <Link to={`/registry/organizations/${e.organizationId}`}>{e.organizationName}</Link> : e.organizationName}
            </Table.Td>
            <Table.Td>{e.municipalityName}</Table.Td>
            <Table.Td>{e.position}</Table.Td>
            <Table.Td>{employmentCategory.label(e.category)}</Table.Td>
            <Table.Td>{employmentType.label(e.type)}</Table.Td>
            <Table.Td>{e.personnelNumber ?? '—'}</Table.Td>
            <Table.Td style={nowrap}>{formatDate(e.start)}</Table.Td>
            <Table.Td style={nowrap}>{e.end ? formatDate(e.end) : 'по н. в.'}</Table.Td>
            <Table.Td>{e.subjects.join(', ')}</Table.Td>
            {editable && (
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => setEditing(e)}>
                    Изменить
                  </Button>
                  <ConfirmButton
                    label="Удалить"
                    title="Удалить место работы?"
                    message={`${e.position}, ${e.organizationName}: запись о месте работы будет удалена.`}
                    onConfirm={() => remove.mutateAsync({ path: `/people/${person.id}/employments/${e.id}`, method: 'DELETE' })}
                  />
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Section>
      {editing !== undefined && <EmploymentDialog personId={person.id} employment={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
