import { Alert, Checkbox, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { OrganizationFlag, OrganizationKind } from '../../../shared/enums.js';
import { organizationInput, type OrganizationCard } from '../../../shared/registry.js';
import { QueryState } from '../../ui/query-state.js';
import { useZodForm } from '../../ui/use-zod-form.js';
import { flagOptions, kindOptions } from './filters.js';
import { useMunicipalities, useOrganization, useRegistryMutation } from './registry-api.js';
import { FormActions } from '../../ui/form-actions.js';
import { organizationFields } from '../../../shared/field-labels.js';

function OrganizationForm({ organization, municipalityId }: { organization: OrganizationCard | null; municipalityId?: number }) {
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const save = useRegistryMutation();
  const form = useZodForm(
    organizationInput,
    {
      code: organization?.code ?? '',
      municipalityId: String(organization?.municipalityId ?? municipalityId ?? ''),
      name: organization?.name ?? '',
      shortName: organization?.shortName ?? '',
      kind: (organization?.kind ?? '') as OrganizationKind | '',
      flags: organization?.flags ?? ([] as OrganizationFlag[]),
      address: organization?.address ?? '',
    },
    { messages: { municipalityId: 'Выберите муниципалитет' } },
  );
  const cancelTo = organization ? `/registry/organizations/${organization.id}` : '/registry/organizations';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = form.attempt();
    if (!data) return;
    try {
      const saved = await save.mutateAsync(
        organization
          ? { path: `/organizations/${organization.id}`, method: 'PATCH', body: data }
          : { path: '/organizations', method: 'POST', body: data },
      );
      navigate(`/registry/organizations/${organization?.id ?? saved.id}`);
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="organization-form">
      <Stack maw={760}>
        <Title order={2}>{organization ? 'Редактирование организации' : 'Новая организация'}</Title>
        {form.formError && (
          <Alert color="red" role="alert">
            {form.formError}
          </Alert>
        )}
        <TextInput label={organizationFields.name} required {...form.text('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={organizationFields.shortName} {...form.text('shortName')} />
          <TextInput label={organizationFields.code} required description="Код организации в пакете обмена" {...form.text('code')} />
          <Select
            label={organizationFields.municipalityId}
            required
            searchable
            data={(municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
            value={form.values.municipalityId || null}
            onChange={(value) => form.setField('municipalityId', value ?? '')}
            onBlur={() => form.touch('municipalityId')}
            error={form.errorOf('municipalityId')}
            nothingFoundMessage="Не найдено"
          />
          <Select
            label={organizationFields.kind}
            required
            data={kindOptions}
            value={form.values.kind || null}
            onChange={(value) => form.setField('kind', (value ?? '') as OrganizationKind | '')}
            onBlur={() => form.touch('kind')}
            error={form.errorOf('kind')}
          />
        </SimpleGrid>
        <TextInput label={organizationFields.address} {...form.text('address')} />
        <Checkbox.Group
          label={organizationFields.flags}
          value={form.values.flags}
          onChange={(value) => form.setField('flags', value as OrganizationFlag[])}
          error={form.errorOf('flags')}
        >
          <Stack gap={6} mt={6}>
            {flagOptions.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Checkbox.Group>
        <FormActions saving={save.isPending} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}

export function OrganizationNewPage() {
  const municipalities = useMunicipalities();
  // Someone working in one municipality adds organizations to it without choosing.
  const only = municipalities.data?.length === 1 ? municipalities.data[0]?.id : undefined;
  return (
    <QueryState isLoading={municipalities.isLoading} error={municipalities.error}>
      {() => <OrganizationForm organization={null} municipalityId={only} />}
    </QueryState>
  );
}

export function OrganizationEditPage() {
  const { id } = useParams();
  const result = useOrganization(id);
  return (
    <QueryState isLoading={result.isLoading} error={result.error}>
      {() => result.data && <OrganizationForm organization={result.data} />}
    </QueryState>
  );
}
