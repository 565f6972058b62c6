import { Alert, Anchor, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonCard } from '../../../shared/registry.js';
import { useMe } from '../../auth/use-me.js';
import { formatDate, fullName } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';
import { EmploymentsSection } from '../registry/employments-section.js';
import { Field } from '../registry/organization-page.js';
import { AttestationsSection, MembershipsSection } from '../registry/records-sections.js';
import { usePerson } from '../registry/registry-api.js';
import { TextBadge } from '../registry/section.js';

/**
 * What the teacher's own card holds, read-only: the summary, places of work, attestation and
 * membership in the methodical active. Sections of modules not built yet (deficits, route,
 * courses, events, practices, requests) are added by those modules, not shown empty.
 */
function Cabinet({ person: p }: { person: PersonCard }) {
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2}>Мой кабинет</Title>
        <Text fz="lg" fw={600} data-testid="cabinet-name">
          {fullName(p)}
        </Text>
        {p.young && (
          <Group gap={6}>
            <TextBadge color="teal" variant="filled" testId="badge-young">
              Молодой педагог
            </TextBadge>
          </Group>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" data-testid="cabinet-summary">
        <Field label="Дата рождения">{formatDate(p.birthDate)}</Field>
        <Field label="Начало педагогического стажа">{formatDate(p.careerStart)}</Field>
        <Field label="Электронная почта">
          <span style={{ overflowWrap: 'anywhere' }}>{p.email}</span>
        </Field>
        <Field label="Телефон">{p.phone}</Field>
      </SimpleGrid>
      <Text fz="sm" c="dimmed">
        Если в данных ошибка, сообщите методисту или администрации своей организации: они исправят карточку.{' '}
        <Anchor component={Link} to={`/registry/people/${p.id}`} data-testid="cabinet-card-link">
          Карточка полностью
        </Anchor>
      </Text>
      <Divider />
      <EmploymentsSection person={p} editable={false} />
      <AttestationsSection person={p} editable={false} />
      <MembershipsSection person={p} editable={false} />
    </Stack>
  );
}

/** «Мой кабинет»: where a teacher lands (docs/ARCHITECTURE.md, «Куда попадает роль после входа»). */
export function CabinetPage() {
  const { data: me } = useMe();
  const person = usePerson(me?.personId ? String(me.personId) : undefined);
  if (!me?.personId) return <Alert color="gray">Учётная запись не связана с карточкой работника.</Alert>;
  return (
    <QueryState isLoading={person.isLoading} error={person.error}>
      {() => person.data && <Cabinet person={person.data} />}
    </QueryState>
  );
}
