import { ActionIcon, Alert, Button, Group, Modal, PasswordInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { role as roleLabels, roleScopeKind, type Role } from '../../../shared/enums.js';
import type { Page } from '../../../shared/paging.js';
import type { PersonRow } from '../../../shared/registry.js';
import { userCreateInput, userUpdateInput, type UserRow } from '../../../shared/users.js';
import { issuePath } from '../../../shared/zod.js';
import { api, ApiError, query } from '../../api.js';
import { fullName } from '../../ui/format.js';
import { useMunicipalities, useOrganizationOptions } from '../registry/registry-api.js';
import { userFields } from '../../../shared/field-labels.js';

interface Grant {
  role: Role;
  municipalityId: number | null;
  organizationId: number | null;
}

/** Create or edit a user: name, password, linked person, and roles each bound to its territory. */
export function UserForm({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [login, setLogin] = useState(user?.login ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [active, setActive] = useState(user?.active ?? true);
  const [personId, setPersonId] = useState<number | null>(user?.personId ?? null);
  const [personSearch, setPersonSearch] = useState('');
  const [grants, setGrants] = useState<Grant[]>(
    user?.grants.map(({ role, municipalityId, organizationId }) => ({ role, municipalityId, organizationId })) ?? [
      { role: 'teacher', municipalityId: null, organizationId: null },
    ],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const municipalities = useMunicipalities();
  const organizations = useOrganizationOptions();
  const people = useQuery({
    queryKey: ['people-search', personSearch],
    queryFn: () => api<Page<PersonRow>>(`/people${query({ q: personSearch, pageSize: 20 })}`),
    enabled: personSearch.length >= 2,
  });
  const personOptions = [
    ...(user?.personId && user.personName ? [{ value: String(user.personId), label: user.personName }] : []),
    ...(people.data?.items ?? []).map((p) => ({
      value: String(p.id),
      label: `${fullName(p)}${p.organizations[0] ? `, ${p.organizations[0].name}` : ''}`,
    })),
  ];

  const setGrant = (index: number, patch: Partial<Grant>) =>
    setGrants((list) => list.map((g, i) => (i === index ? { ...g, ...patch } : g)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const body = user
      ? { displayName, active, personId, grants, ...(password ? { password } : {}) }
      : { login, displayName, password, active, personId, grants };
    const parsed = (user ? userUpdateInput : userCreateInput).safeParse(body);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [issuePath(i.path), i.message])));
      return;
    }
    try {
      await api(user ? `/users/${user.id}` : '/users', { method: user ? 'PATCH' : 'POST', body });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        setMessage(e.message);
        setErrors(Object.fromEntries(e.issues.map((i) => [i.path, i.message])));
      } else setMessage('Не удалось сохранить.');
    }
  }

  return (
    <Modal opened onClose={onClose} title={user ? `Пользователь ${user.login}` : 'Новый пользователь'} size="lg">
      <Stack component="form" onSubmit={submit}>
        {message && <Alert color="red">{message}</Alert>}
        {!user && (
          <TextInput
            label={userFields.login}
            value={login}
            onChange={(e) => setLogin(e.currentTarget.value)}
            error={errors.login}
            required
          />
        )}
        <TextInput
          label={userFields.displayName}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={errors.displayName}
          required
        />
        <PasswordInput
          label={user ? 'Новый пароль (оставьте пустым, чтобы не менять)' : 'Пароль'}
          description="Не короче 8 символов, не из списков распространённых"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          required={!user}
        />
        <Select
          label={userFields.personId}
          description="Нужна для ролей «Педагог» и «Эксперт»; начните вводить фамилию"
          searchable
          clearable
          data={personOptions}
          value={personId ? String(personId) : null}
          onChange={(value) => setPersonId(value ? Number(value) : null)}
          onSearchChange={setPersonSearch}
          nothingFoundMessage={personSearch.length < 2 ? 'Введите хотя бы 2 буквы' : 'Никого не найдено'}
          error={errors.personId}
        />
        <Text fw={600}>Роли</Text>
        {grants.map((grant, index) => {
          const kind = roleScopeKind[grant.role];
          return (
            <Group key={index} align="end" wrap="nowrap">
              <Select
                label={userFields.role}
                data={roleLabels.codes.map((value) => ({ value, label: roleLabels.label(value) }))}
                value={grant.role}
                onChange={(value) => value && setGrant(index, { role: value as Role, municipalityId: null, organizationId: null })}
                error={errors[`grants[${index}].role`] ?? errors[`grants[${index}]`]}
                allowDeselect={false}
              />
              {kind === 'municipality' && (
                <Select
                  label={userFields.municipalityId}
                  searchable
                  data={(municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
                  value={grant.municipalityId ? String(grant.municipalityId) : null}
                  onChange={(value) => setGrant(index, { municipalityId: value ? Number(value) : null })}
                />
              )}
              {kind === 'organization' && (
                <Select
                  label={userFields.organizationId}
                  searchable
                  data={(organizations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
                  value={grant.organizationId ? String(grant.organizationId) : null}
                  onChange={(value) => setGrant(index, { organizationId: value ? Number(value) : null })}
                />
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label="Убрать роль"
                onClick={() => setGrants((list) => list.filter((_, i) => i !== index))}
                disabled={grants.length === 1}
              >
                ✕
              </ActionIcon>
            </Group>
          );
        })}
        {errors.grants && (
          <Text c="red" size="sm">
            {errors.grants}
          </Text>
        )}
        <Button
          variant="light"
          onClick={() => setGrants((list) => [...list, { role: 'teacher', municipalityId: null, organizationId: null }])}
        >
          Добавить роль
        </Button>
        <Switch label={userFields.active} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Отмена
          </Button>
          <Button type="submit">Сохранить</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
