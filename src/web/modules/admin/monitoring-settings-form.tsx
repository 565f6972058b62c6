import { ActionIcon, Alert, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { indicatorCatalog } from '../../../shared/indicators.js';
import { monitoringSettingsInput, type MonitoringSettings, type MonitoringSettingsInput } from '../../../shared/profiles.js';
import { reportAcceptor, type PeriodKind } from '../../../shared/reporting-periods.js';
import { issuePath } from '../../../shared/zod.js';
import { api, ApiError } from '../../api.js';
import { issuesToErrors, type FieldErrors } from '../../ui/use-zod-form.js';

const isShare = new Map(indicatorCatalog.map((i) => [i.code as string, i.kind === 'share']));
const nameOf = new Map(indicatorCatalog.map((i) => [i.code as string, i.name]));

const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const monthOptions = months.map((label, i) => ({ value: String(i + 1).padStart(2, '0'), label }));
const dayOptions = Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1).padStart(2, '0'), label: String(i + 1) }));

/** `12-31` → `31.12`, the way dates read on screen; messages naming a date say it the same way. */
const readable = (message: string) => message.replace(/«(\d{2})-(\d{2})»/g, (_, m: string, d: string) => `«${d}.${m}»`);

type Thresholds = Record<string, number | ''>;

const acceptorOptions = reportAcceptor.codes.map((code) => ({ value: code, label: reportAcceptor.labels[code] }));

/** A code no period of the list has yet: new periods are told apart by it, the person never types it. */
const freshCode = (kinds: PeriodKind[]) => {
  for (let n = kinds.length + 1; ; n += 1) if (!kinds.some((k) => k.code === `period-${n}`)) return `period-${n}`;
};

/** A day of the year as two selects (day, month): `MM-DD`. */
function MonthDayInput({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (next: string) => void;
  error?: string;
}) {
  return (
    <Group gap={4} align="flex-start" wrap="nowrap">
      <Select
        aria-label={`${label}: день`}
        data={dayOptions}
        value={value.slice(3, 5)}
        onChange={(v) => v && onChange(`${value.slice(0, 2)}-${v}`)}
        allowDeselect={false}
        w={76}
        error={error}
      />
      <Select
        aria-label={`${label}: месяц`}
        data={monthOptions}
        value={value.slice(0, 2)}
        onChange={(v) => v && onChange(`${v}-${value.slice(3, 5)}`)}
        allowDeselect={false}
        w={130}
      />
    </Group>
  );
}

/** region_admin edits the thresholds of the region's indicators and its reporting periods (PUT /settings/monitoring). */
export function MonitoringSettingsForm({
  settings,
  saved,
  onSaved,
}: {
  settings: MonitoringSettings;
  /** The last save succeeded (the form is remounted with the refetched settings, so the page keeps this). */
  saved: boolean;
  onSaved: () => void;
}) {
  const queryClient = useQueryClient();
  const [thresholds, setThresholds] = useState<Thresholds>(() =>
    Object.fromEntries(settings.indicators.map((code) => [code, settings.thresholds[code] ?? ''])),
  );
  const [kinds, setKinds] = useState<PeriodKind[]>(settings.reportingPeriods);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const input: MonitoringSettingsInput = {
    indicators: settings.indicators,
    thresholds: Object.fromEntries(Object.entries(thresholds).filter(([, v]) => v !== '')) as MonitoringSettingsInput['thresholds'],
    reportingPeriods: kinds,
  };
  // The server's own rules, checked as the person types.
  const checked = monitoringSettingsInput.safeParse(input);
  const clientErrors = checked.success
    ? {}
    : issuesToErrors(checked.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })));
  const errorOf = (path: string) => {
    const text = serverErrors[path] ?? (touched ? clientErrors[path] : undefined);
    return text ? readable(text) : undefined;
  };

  function edit(change: () => void) {
    change();
    setTouched(true);
    setServerErrors({});
    setMessage(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!checked.success) {
      setMessage('Исправьте отмеченные поля.');
      return;
    }
    setSaving(true);
    try {
      await api<MonitoringSettings>('/settings/monitoring', { method: 'PUT', body: checked.data });
      // The page shows the success: the refetched settings give this form a fresh start.
      onSaved();
      setTouched(false);
      await queryClient.invalidateQueries({ queryKey: ['monitoring'] });
    } catch (e) {
      if (e instanceof ApiError) setServerErrors(issuesToErrors(e.issues));
      setMessage(e instanceof Error ? readable(e.message) : 'Не удалось сохранить.');
    } finally {
      setSaving(false);
    }
  }

  const setKind = (index: number, change: Partial<PeriodKind>) =>
    edit(() => setKinds((list) => list.map((k, i) => (i === index ? { ...k, ...change } : k))));

  return (
    <Card withBorder component="form" onSubmit={submit} data-testid="settings-form">
      <Stack>
        <Title order={3}>Показатели и пороги региона</Title>
        <Text fz="sm" c="dimmed">
          Порядок показателей — порядок профиля: так они стоят на странице «Показатели». Порог выполнен, когда значение не меньше него;
          пустое поле — порога нет.
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} data-testid="settings-indicators">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>№</Table.Th>
                <Table.Th>Показатель</Table.Th>
                <Table.Th w={190}>Порог</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {settings.indicators.map((code, index) => (
                <Table.Tr key={code}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td fz="sm">{nameOf.get(code) ?? code}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`Порог: ${nameOf.get(code) ?? code}`}
                      value={thresholds[code]}
                      onChange={(value) => edit(() => setThresholds((t) => ({ ...t, [code]: typeof value === 'number' ? value : '' })))}
                      decimalSeparator=","
                      decimalScale={1}
                      suffix={isShare.get(code) ? ' %' : undefined}
                      placeholder="нет"
                      error={errorOf(`thresholds.${code}`)}
                      data-testid={`threshold-${code}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Title order={4}>Отчётные периоды</Title>
        <Text fz="sm" c="dimmed">
          За каждый такой период муниципальные службы фиксируют и сдают отчёт. Период может переходить через Новый год (учебный год
          01.09–31.08) и лежать внутри другого (промежуточный 01.01–31.05 внутри календарного года).
        </Text>
        {kinds.map((kind, index) => (
          <Group key={kind.code} align="flex-start" gap="xs" data-testid={`reporting-period-${index}`}>
            <TextInput
              aria-label="Название периода"
              value={kind.name}
              onChange={(e) => setKind(index, { name: e.currentTarget.value })}
              w={320}
              error={errorOf(`reportingPeriods[${index}].name`)}
            />
            <Text fz="sm" mt={6}>
              с
            </Text>
            <MonthDayInput
              label="Начало"
              value={kind.start}
              onChange={(start) => setKind(index, { start })}
              error={errorOf(`reportingPeriods[${index}].start`)}
            />
            <Text fz="sm" mt={6}>
              по
            </Text>
            <MonthDayInput
              label="Конец"
              value={kind.end}
              onChange={(end) => setKind(index, { end })}
              error={errorOf(`reportingPeriods[${index}].end`)}
            />
            <Select
              aria-label="Кто принимает отчёт"
              data={acceptorOptions}
              value={kind.acceptor}
              onChange={(v) => v && setKind(index, { acceptor: v as PeriodKind['acceptor'] })}
              allowDeselect={false}
              w={360}
              error={errorOf(`reportingPeriods[${index}].acceptor`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={`Убрать период «${kind.name}»`}
              disabled={kinds.length === 1}
              onClick={() => edit(() => setKinds((list) => list.filter((_, i) => i !== index)))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {errorOf('reportingPeriods') && (
          <Text c="red" fz="sm">
            {errorOf('reportingPeriods')}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              edit(() =>
                setKinds((list) => [
                  ...list,
                  {
                    code: freshCode(list),
                    name: `Период ${list.length + 1}`,
                    start: '01-01',
                    end: '12-31',
                    acceptor: list[0]?.acceptor ?? 'region',
                  },
                ]),
              )
            }
            disabled={kinds.length >= 12}
            data-testid="add-reporting-period"
          >
            Добавить период
          </Button>
        </Group>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        {saved && !touched && (
          <Alert color="green" role="status" data-testid="settings-message">
            Настройки сохранены.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving} data-testid="save-settings">
            Сохранить
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
