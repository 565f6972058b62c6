import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { MonitoringScope } from '../../../shared/monitoring.js';
import { useToday } from '../../auth/use-me.js';
import { presetOptions, presetPeriod, recognize, type Period, type PresetCode } from './period.js';

interface Props {
  scopes: MonitoringScope[];
  scope: string;
  period: Period;
  onChange: (next: Partial<Period & { scope: string }>) => void;
}

const kindGroup: Record<MonitoringScope['kind'], string> = {
  region: 'Регион',
  municipality: 'Муниципалитеты',
  organization: 'Организации',
};

/** Options grouped by level, so the region stands apart from its municipalities. */
function scopeGroups(scopes: MonitoringScope[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const s of scopes) {
    const group = kindGroup[s.kind];
    groups.set(group, [...(groups.get(group) ?? []), { value: s.code, label: s.name }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** The territory and the reporting period the indicators are counted for. */
export function ScopePeriodFilters({ scopes, scope, period, onChange }: Props) {
  const recognized = recognize(period);
  // «Произвольный период» stays chosen even when its dates happen to match a preset.
  const [customChosen, setCustomChosen] = useState(false);
  const preset: PresetCode = customChosen ? 'custom' : recognized.preset;
  const thisYear = Number(useToday().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));

  function choosePreset(value: string | null) {
    if (!value) return;
    if (value === 'custom') {
      setCustomChosen(true);
      return;
    }
    setCustomChosen(false);
    onChange(presetPeriod(value as Exclude<PresetCode, 'custom'>, recognized.year));
  }

  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label="Территория"
        data={scopeGroups(scopes)}
        value={scope || null}
        onChange={(value) => value && onChange({ scope: value })}
        searchable
        allowDeselect={false}
        w={340}
        data-testid="scope-select"
      />
      <Select
        label="Период"
        data={presetOptions}
        value={preset}
        onChange={choosePreset}
        allowDeselect={false}
        w={240}
        data-testid="period-preset"
      />
      {preset === 'custom' ? (
        <>
          <TextInput
            label="С"
            type="date"
            value={period.from}
            onChange={(e) => e.currentTarget.value && onChange({ from: e.currentTarget.value })}
            data-testid="period-from"
          />
          <TextInput
            label="По"
            type="date"
            value={period.to}
            onChange={(e) => e.currentTarget.value && onChange({ to: e.currentTarget.value })}
            data-testid="period-to"
          />
        </>
      ) : (
        <Select
          label={preset === 'school' ? 'Начало учебного года' : 'Год'}
          data={years}
          value={String(recognized.year)}
          onChange={(value) => value && onChange(presetPeriod(preset, Number(value)))}
          allowDeselect={false}
          w={160}
          data-testid="period-year"
        />
      )}
    </Group>
  );
}
