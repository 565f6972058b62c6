import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { employmentType, type EmploymentCategory, type EmploymentType } from '../../../shared/enums.js';
import { employmentInput } from '../../../shared/registry.js';
import { DateField } from '../../ui/date-field.js';
import { useZodForm } from '../../ui/use-zod-form.js';
import { categoryOptions } from './filters.js';
import { useOrganizationOptions } from './registry-api.js';
import { employmentFields } from '../../../shared/field-labels.js';

export interface EmploymentValues extends Record<string, unknown> {
  organizationId: string;
  position: string;
  category: EmploymentCategory | '';
  start: string;
  end: string;
  subjects: string[];
  type: EmploymentType;
  personnelNumber: string;
}

export const emptyEmployment: EmploymentValues = {
  organizationId: '',
  position: '',
  category: '',
  start: '',
  end: '',
  subjects: [],
  type: 'main',
  personnelNumber: '',
};

const typeOptions = employmentType.codes.map((value) => ({ value, label: employmentType.label(value) }));

export function useEmploymentForm(initial: EmploymentValues) {
  return useZodForm(employmentInput, initial, {
    messages: { organizationId: 'Выберите организацию', start: 'Укажите дату начала работы в виде ДД.ММ.ГГГГ' },
  });
}

export type EmploymentForm = ReturnType<typeof useEmploymentForm>;

/** The fields of a place of work: in the new-person form and in the employment dialog. */
export function EmploymentFields({ form, current }: { form: EmploymentForm; current?: { id: number; name: string } }) {
  const organizations = useOrganizationOptions();
  const data = (organizations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }));
  // A past employment may be in an organization the user no longer sees among the options.
  if (current && !data.some((o) => o.value === String(current.id))) data.unshift({ value: String(current.id), label: current.name });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={employmentFields.organizationId}
        required
        searchable
        limit={100}
        data={data}
        value={form.values.organizationId || null}
        onChange={(value) => form.setField('organizationId', value ?? '')}
        onBlur={() => form.touch('organizationId')}
        error={form.errorOf('organizationId')}
        nothingFoundMessage="Не найдено"
        data-testid="employment-organization"
      />
      <TextInput label={employmentFields.position} required {...form.text('position')} />
      <Select
        label={employmentFields.category}
        required
        data={categoryOptions}
        value={form.values.category || null}
        onChange={(value) => form.setField('category', (value ?? '') as EmploymentCategory | '')}
        onBlur={() => form.touch('category')}
        error={form.errorOf('category')}
      />
      <Select
        label="Вид занятости"
        data={typeOptions}
        value={form.values.type}
        onChange={(value) => form.setField('type', (value ?? 'main') as EmploymentType)}
        allowDeselect={false}
      />
      <TextInput label="Табельный номер" {...form.text('personnelNumber')} />
      <TagsInput
        label={employmentFields.subjects}
        description="Введите предмет и нажмите Enter"
        value={form.values.subjects}
        onChange={(value) => form.setField('subjects', value)}
        error={form.errorOf('subjects')}
        clearable
      />
      <DateField label={employmentFields.start} required {...form.date('start')} />
      <DateField label={employmentFields.end} description="Пусто, если работает сейчас" {...form.date('end')} />
    </SimpleGrid>
  );
}
