import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import type { EmploymentCategory } from '../../../shared/enums.js';
import { employmentInput } from '../../../shared/registry.js';
import { DateField } from '../../ui/date-field.js';
import { useZodForm } from '../../ui/use-zod-form.js';
import { categoryOptions } from './filters.js';
import { useOrganizationOptions } from './registry-api.js';

export interface EmploymentValues extends Record<string, unknown> {
  organizationId: string;
  position: string;
  category: EmploymentCategory | '';
  start: string;
  end: string;
  subjects: string[];
}

export const emptyEmployment: EmploymentValues = { organizationId: '', position: '', category: '', start: '', end: '', subjects: [] };

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
        label="Организация"
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
      <TextInput label="Должность" required {...form.text('position')} />
      <Select
        label="Категория"
        required
        data={categoryOptions}
        value={form.values.category || null}
        onChange={(value) => form.setField('category', (value ?? '') as EmploymentCategory | '')}
        onBlur={() => form.touch('category')}
        error={form.errorOf('category')}
      />
      <TagsInput
        label="Предметы"
        description="Введите предмет и нажмите Enter"
        value={form.values.subjects}
        onChange={(value) => form.setField('subjects', value)}
        error={form.errorOf('subjects')}
        clearable
      />
      <DateField label="Дата начала работы" required {...form.date('start')} />
      <DateField label="Дата окончания работы" description="Пусто, если работает сейчас" {...form.date('end')} />
    </SimpleGrid>
  );
}
