import { Alert, Fieldset, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { personInput, type PersonCard, type PersonMatch } from '../../../shared/registry.js';
import { DateField } from '../../ui/date-field.js';
import { QueryState } from '../../ui/query-state.js';
import { useZodForm } from '../../ui/use-zod-form.js';
import { emptyEmployment, EmploymentFields, useEmploymentForm } from './employment-fields.js';
import { findMatch, matchKeys, PersonMatchOffer } from './person-match.js';
import { usePerson, useRegistryMutation } from './registry-api.js';
import { FormActions } from '../../ui/form-actions.js';
import { personFields } from '../../../shared/field-labels.js';

const snilsPattern = /^\d{3}-\d{3}-\d{3} \d{2}$/;

function PersonForm({ person }: { person: PersonCard | null }) {
  const navigate = useNavigate();
  const save = useRegistryMutation();
  // Most users see the SNILS masked; a masked value is not typed again, so an empty box keeps it.
  const maskedSnils = person?.snils && !snilsPattern.test(person.snils) ? person.snils : null;
  const form = useZodForm(personInput, {
    lastName: person?.lastName ?? '',
    firstName: person?.firstName ?? '',
    middleName: person?.middleName ?? '',
    birthDate: person?.birthDate ?? '',
    careerStart: person?.careerStart ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    snils: maskedSnils ? '' : (person?.snils ?? ''),
  });
  const employment = useEmploymentForm(emptyEmployment);
  // The person of the region the new card would duplicate, for the keys it was found by.
  const [match, setMatch] = useState<{ person: PersonMatch; keys: string } | null>(null);
  const cancelTo = person ? `/registry/people/${person.id}` : '/registry/people';

  const parsed = personInput.safeParse(form.values);
  const offer = match && parsed.success && JSON.stringify(matchKeys(parsed.data)) === match.keys ? match.person : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  async function send() {
    const data = form.attempt();
    const job = person ? null : employment.attempt();
    if (!data || (!person && !job)) return;
    try {
      if (person) {
        const body: Record<string, unknown> = { ...data };
        if (maskedSnils && form.values.snils === '') delete body.snils;
        await save.mutateAsync({ path: `/people/${person.id}`, method: 'PATCH', body });
        navigate(`/registry/people/${person.id}`);
      } else {
        const keys = JSON.stringify(matchKeys(data));
        const addToExisting = match?.keys === keys;
        if (!addToExisting) {
          const found = await findMatch(matchKeys(data));
          if (found) return setMatch({ person: found, keys });
        }
        const saved = await save.mutateAsync({ path: '/people', method: 'POST', body: { person: data, employment: job, addToExisting } });
        navigate(`/registry/people/${saved.id}`);
      }
    } catch (error) {
      form.showError(error, person ? '' : 'person');
      if (!person) employment.showError(error, 'employment');
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="person-form">
      <Stack maw={760}>
        <Title order={2}>{person ? 'Редактирование работника' : 'Новый работник'}</Title>
        {form.formError && (
          <Alert color="red" role="alert">
            {form.formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={personFields.lastName} required autoComplete="off" {...form.text('lastName')} />
          <TextInput label={personFields.firstName} required autoComplete="off" {...form.text('firstName')} />
          <TextInput label={personFields.middleName} autoComplete="off" {...form.text('middleName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField label={personFields.birthDate} {...form.date('birthDate')} />
          <DateField label={personFields.careerStart} {...form.date('careerStart')} />
          <TextInput label={personFields.email} type="email" {...form.text('email')} />
          <TextInput label={personFields.phone} type="tel" {...form.text('phone')} />
          <TextInput
            label={personFields.snils}
            placeholder="123-456-789 01"
            description={maskedSnils ? `Сохранён: ${maskedSnils}. Оставьте пустым, чтобы не менять.` : undefined}
            {...form.text('snils')}
          />
        </SimpleGrid>
        {!person && (
          <Fieldset legend="Место работы">
            <EmploymentFields form={employment} />
          </Fieldset>
        )}
        {offer && <PersonMatchOffer match={offer} saving={save.isPending} onAdd={() => void send()} />}
        <FormActions saving={save.isPending} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}

export function PersonNewPage() {
  return <PersonForm person={null} />;
}

export function PersonEditPage() {
  const { id } = useParams();
  const result = usePerson(id);
  return (
    <QueryState isLoading={result.isLoading} error={result.error}>
      {() => result.data && <PersonForm person={result.data} />}
    </QueryState>
  );
}
