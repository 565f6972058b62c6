import { Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import type { MonitoringScope } from '../../../shared/monitoring.js';
import { useToday } from '../../auth/use-me.js';
import { DateField } from '../../ui/date-field.js';
import { presetOptions, presetPeriod, recognize, type Period, type PresetCode } from './period.js';

interface Props {
  scopes: MonitoringScope[];
  scope: string;
  period: Period;
  /** Whether the page counts over a period (monitoring) or only for a territory (the work queue). */
  withPeriod: boolean;
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

/** The current territory and reporting period, in the top bar: one line, small controls. */
export function ScopePeriodFilters({ scopes, scope, period, withPeriod, onChange }: Props) {
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
    <Group gap="xs" wrap="wrap" data-testid="top-bar-context">
      <Text fz="sm" component="span">
        Территория
      </Text>
      <Select
        aria-label="Территория"
        size="xs"
        data={scopeGroups(scopes)}
        value={scope || null}
        onChange={(value) => value && onChange({ scope: value })}
        searchable
        allowDeselect={false}
        w={{ base: 220, sm: 300 }}
        data-testid="scope-select"
      />
      {withPeriod && (
        <>
          <Text fz="sm" component="span" ml="sm">
            Период
          </Text>
          <Select
            aria-label="Период"
            size="xs"
            data={presetOptions}
            value={preset}
            onChange={choosePreset}
            allowDeselect={false}
            w={220}
            data-testid="period-preset"
          />
          {preset === 'custom' ? (
            <>
              <DateField
                label="С"
                wholeOnly
                w={150}
                value={period.from}
                onChange={(v) => v && onChange({ from: v })}
                data-testid="period-from"
              />
              <DateField
                label="По"
                wholeOnly
                w={150}
                value={period.to}
                onChange={(v) => v && onChange({ to: v })}
                data-testid="period-to"
              />
            </>
          ) : (
            <Select
              aria-label={preset === 'school' ? 'Начало учебного года' : 'Год'}
              size="xs"
              data={years}
              value={String(recognized.year)}
              onChange={(value) => value && onChange(presetPeriod(preset, Number(value)))}
              allowDeselect={false}
              w={90}
              data-testid="period-year"
            />
          )}
        </>
      )}
    </Group>
  );
}
