import { Alert, Button, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { employmentCategory, organizationFlag, organizationKind } from '../../../shared/enums.js';
import { query } from '../../api.js';
import { useMunicipalities, type Params } from './registry-api.js';
import { FilterPanel } from '../../ui/filter-panel.js';
import { useDownload } from '../../ui/use-download.js';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
export const kindOptions = options(organizationKind.labels);
export const flagOptions = options(organizationFlag.labels);
export const categoryOptions = options(employmentCategory.labels);

/** The filters of a registry list in a grid, folded under «Фильтры» on a phone. */
export function FilterGrid({ active, columns = 3, children }: { active: boolean; columns?: number; children: ReactNode }) {
  return (
    <FilterPanel active={active}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: columns }} spacing="sm">
        {children}
      </SimpleGrid>
    </FilterPanel>
  );
}

interface FilterSelectProps {
  value: string;
  onChange: (value: string | null) => void;
}

export function MunicipalityFilter({ value, onChange }: FilterSelectProps) {
  const municipalities = useMunicipalities();
  const data = (municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name }));
  return (
    <Select
      label="Муниципалитет"
      placeholder="Все"
      data={data}
      value={value || null}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage="Не найдено"
      data-testid="municipality-filter"
    />
  );
}

export function KindFilter({ value, onChange }: FilterSelectProps) {
  return (
    <Select
      label="Тип организации"
      placeholder="Все"
      data={kindOptions}
      value={value || null}
      onChange={onChange}
      clearable
      data-testid="kind-filter"
    />
  );
}

export function FlagFilter({ value, onChange }: FilterSelectProps) {
  return (
    <Select
      label="Признак организации"
      placeholder="Любой"
      data={flagOptions}
      value={value || null}
      onChange={onChange}
      clearable
      comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
      data-testid="flag-filter"
    />
  );
}

/**
 * The URL is updated inside a transition, so a control showing a URL value would lag a click or a
 * keystroke; it keeps its own value and takes the URL's only when that changes from elsewhere
 * (a reset, a link, the back button), not when it echoes what the control itself sent.
 */
function useUrlBacked<T>(urlValue: T) {
  const [value, setValue] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  const [sent, setSent] = useState<T | undefined>(undefined);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== sent) setValue(urlValue);
  }
  return { value, setValue, setSent };
}

/** A search box that asks the server ~300 ms after the person stops typing. */
export function SearchFilter({
  label,
  value,
  onChange,
  testId,
  placeholder,
  w,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  placeholder?: string;
  w?: number;
}) {
  const text = useUrlBacked(value);
  const send = useDebouncedCallback((next: string) => {
    text.setSent(next);
    onChange(next);
  }, 300);
  return (
    <TextInput
      label={label}
      type="search"
      placeholder={placeholder}
      w={w}
      value={text.value}
      onChange={(event) => {
        text.setValue(event.currentTarget.value);
        send(event.currentTarget.value.trim());
      }}
      data-testid={testId}
    />
  );
}

export function SwitchFilter({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) {
  const state = useUrlBacked(checked);
  return (
    <Switch
      label={label}
      checked={state.value}
      onChange={(event) => {
        const next = event.currentTarget.checked;
        state.setValue(next);
        state.setSent(next);
        onChange(next);
      }}
      data-testid={testId}
    />
  );
}

/** «Выгрузить в Excel» with the list's current filters. */
export function ExportButton({ path, params, fileName }: { path: string; params: Params; fileName: string }) {
  const { run, pending, error, clearError } = useDownload('Не удалось выгрузить файл.');
  return (
    <>
      <Button
        variant="light"
        onClick={() => void run(`${path}${query(params)}`, fileName)}
        loading={pending !== null}
        data-testid="export-xlsx"
      >
        Выгрузить в Excel
      </Button>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={clearError}>
          {error}
        </Alert>
      )}
    </>
  );
}
