import { Button, Group, Select, SimpleGrid, Table } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { activeKind, activeLevel, attestationCategory } from '../../../shared/enums.js';
import { attestationFields, membershipFields } from '../../../shared/field-labels.js';
import { activeMembershipInput, attestationInput, type PersonCard } from '../../../shared/registry.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { DateField } from '../../ui/date-field.js';
import { formatDate } from '../../ui/format.js';
import { useZodForm } from '../../ui/use-zod-form.js';
import { useRegistryMutation } from './registry-api.js';
import { FormModal, nowrap, Section } from './section.js';

type Attestation = PersonCard['attestations'][number];
type Membership = PersonCard['activeMemberships'][number];
type AttestationCategory = Attestation['category'];
type ActiveKind = Membership['kind'];
type ActiveLevel = Membership['level'];

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function AttestationDialog({ personId, onClose }: { personId: number; onClose: () => void }) {
  const save = useRegistryMutation();
  const form = useZodForm(
    attestationInput,
    { category: '' as AttestationCategory | '', date: '' },
    { messages: { category: 'Выберите категорию', date: 'Укажите дату присвоения в виде ДД.ММ.ГГГГ' } },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = form.attempt();
    if (!data) return;
    try {
      await save.mutateAsync({ path: `/people/${personId}/attestations`, method: 'POST', body: data });
      onClose();
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <FormModal title="Аттестация" opened onClose={onClose} onSubmit={submit} error={form.formError} busy={save.isPending}>
      <Select
        label={attestationFields.category}
        required
        data={options(attestationCategory.labels)}
        value={form.values.category || null}
        onChange={(value) => form.setField('category', (value ?? '') as AttestationCategory | '')}
        onBlur={() => form.touch('category')}
        error={form.errorOf('category')}
      />
      <DateField label={attestationFields.date} required {...form.date('date')} />
    </FormModal>
  );
}

export function AttestationsSection({ person, editable }: { person: PersonCard; editable: boolean }) {
  const [adding, setAdding] = useState(false);
  const remove = useRegistryMutation();
  return (
    <>
      <Section
        title="Аттестация"
        testId="attestations"
        addLabel="Добавить аттестацию"
        onAdd={editable ? () => setAdding(true) : undefined}
        headers={['Категория', 'Дата', ...(editable ? ['Действия'] : [])]}
        empty={person.attestations.length === 0}
      >
        {person.attestations.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{attestationCategory.label(a.category)}</Table.Td>
            <Table.Td style={nowrap}>{formatDate(a.date)}</Table.Td>
            {editable && (
              <Table.Td>
                <ConfirmButton
                  label="Удалить"
                  title="Удалить аттестацию?"
                  message={`${attestationCategory.label(a.category)} от ${formatDate(a.date)} будет удалена.`}
                  onConfirm={() => remove.mutateAsync({ path: `/people/${person.id}/attestations/${a.id}`, method: 'DELETE' })}
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Section>
      {adding && <AttestationDialog personId={person.id} onClose={() => setAdding(false)} />}
    </>
  );
}

function MembershipDialog({ personId, membership, onClose }: { personId: number; membership: Membership | null; onClose: () => void }) {
  const save = useRegistryMutation();
  const form = useZodForm(
    activeMembershipInput,
    {
      kind: (membership?.kind ?? '') as ActiveKind | '',
      level: (membership?.level ?? '') as ActiveLevel | '',
      start: membership?.start ?? '',
      end: membership?.end ?? '',
    },
    { messages: { kind: 'Выберите вид актива', level: 'Выберите уровень', start: 'Укажите дату включения в виде ДД.ММ.ГГГГ' } },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = form.attempt();
    if (!data) return;
    const base = `/people/${personId}/active-memberships`;
    try {
      await save.mutateAsync(
        membership ? { path: `${base}/${membership.id}`, method: 'PATCH', body: data } : { path: base, method: 'POST', body: data },
      );
      onClose();
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <FormModal
      title="Методический и экспертный актив"
      opened
      onClose={onClose}
      onSubmit={submit}
      error={form.formError}
      busy={save.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={membershipFields.kind}
          required
          data={options(activeKind.labels)}
          value={form.values.kind || null}
          onChange={(value) => form.setField('kind', (value ?? '') as ActiveKind | '')}
          onBlur={() => form.touch('kind')}
          error={form.errorOf('kind')}
        />
        <Select
          label={membershipFields.level}
          required
          data={options(activeLevel.labels)}
          value={form.values.level || null}
          onChange={(value) => form.setField('level', (value ?? '') as ActiveLevel | '')}
          onBlur={() => form.touch('level')}
          error={form.errorOf('level')}
        />
        <DateField label={membershipFields.start} required {...form.date('start')} />
        <DateField label={membershipFields.end} {...form.date('end')} />
      </SimpleGrid>
    </FormModal>
  );
}

export function MembershipsSection({ person, editable }: { person: PersonCard; editable: boolean }) {
  const [editing, setEditing] = useState<Membership | null | undefined>(undefined);
  const remove = useRegistryMutation();
  return (
    <>
      <Section
        title="Методический и экспертный актив"
        testId="active-memberships"
        addLabel="Добавить в актив"
        onAdd={editable ? () => setEditing(null) : undefined}
        headers={['Вид', 'Уровень', 'С', 'По', ...(editable ? ['Действия'] : [])]}
        empty={person.activeMemberships.length === 0}
      >
        {person.activeMemberships.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>{activeKind.label(m.kind)}</Table.Td>
            <Table.Td>{activeLevel.label(m.level)}</Table.Td>
            <Table.Td style={nowrap}>{formatDate(m.start)}</Table.Td>
            <Table.Td style={nowrap}>{m.end ? formatDate(m.end) : 'по н. в.'}</Table.Td>
            {editable && (
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => setEditing(m)}>
                    Изменить
                  </Button>
                  <ConfirmButton
                    label="Удалить"
                    title="Удалить запись об активе?"
                    message={`${activeKind.label(m.kind)} (${activeLevel.label(m.level).toLowerCase()} уровень) с ${formatDate(m.start)}: запись будет удалена.`}
                    onConfirm={() => remove.mutateAsync({ path: `/people/${person.id}/active-memberships/${m.id}`, method: 'DELETE' })}
                  />
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Section>
      {editing !== undefined && <MembershipDialog personId={person.id} membership={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
