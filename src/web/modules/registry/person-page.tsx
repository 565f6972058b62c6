import { Alert, Button, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { PersonCard } from '../../../shared/registry.js';
import { formatDate, fullName } from '../../ui/format.js';
import { HistorySection } from '../../ui/history-section.js';
import { QueryState } from '../../ui/query-state.js';
import { EmploymentsSection } from './employments-section.js';
import { Field } from './organization-page.js';
import { AttestationsSection, MembershipsSection } from './records-sections.js';
import { usePerson } from './registry-api.js';
import { TextBadge } from './section.js';

function PersonView({ person: p }: { person: PersonCard }) {
  // The server decides, per card, who may change it (a teacher sees their own card read-only).
  const editable = p.can.includes('edit');
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={2} data-testid="person-name">
            {fullName(p)}
          </Title>
          {editable && (
            <Button component={Link} to={`/registry/people/${p.id}/edit`} data-testid="edit-person">
              Редактировать
            </Button>
          )}
        </Group>
        <Group gap={6} data-testid="person-badges">
          {p.young && (
            <TextBadge color="teal" variant="filled" testId="badge-young">
              Молодой педагог
            </TextBadge>
          )}
          {p.under35 && (
            <TextBadge color="teal" testId="badge-under35">
              до 35 лет
            </TextBadge>
          )}
          {p.firstThreeYears && (
            <TextBadge color="teal" testId="badge-first-years">
              первые 3 года работы
            </TextBadge>
          )}
        </Group>
      </Stack>
      {!p.current && (
        <Alert color="gray" data-testid="person-former">
          Сейчас не работает в вашей территории: карточка открыта только для просмотра истории, контакты и СНИЛС скрыты.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <Field label="Дата рождения" testId="person-birth-date">
          {formatDate(p.birthDate)}
        </Field>
        <Field label="Возраст">{p.age === null ? '' : `${p.age} ${years(p.age)}`}</Field>
        <Field label="Начало педагогического стажа">{formatDate(p.careerStart)}</Field>
        <Field label="Электронная почта">{p.email}</Field>
        <Field label="Телефон">{p.phone}</Field>
        <Field label="СНИЛС" testId="person-snils">
          {p.snils}
        </Field>
      </SimpleGrid>
      <Divider />
      <EmploymentsSection person={p} editable={editable} />
      <AttestationsSection person={p} editable={editable} />
      <MembershipsSection person={p} editable={editable} />
      <HistorySection subject={`person:${p.id}`} />
      <Text size="xs" c="dimmed">
        Код в реестре: {p.code}
      </Text>
    </Stack>
  );
}

/** «год», «года», «лет» after a number. */
function years(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return 'лет';
  if (ones === 1) return 'год';
  if (ones >= 2 && ones <= 4) return 'года';
  return 'лет';
}

export function PersonPage() {
  const { id } = useParams();
  const result = usePerson(id);
  return (
    <QueryState isLoading={result.isLoading} error={result.error}>
      {() => result.data && <PersonView person={result.data} />}
    </QueryState>
  );
}
