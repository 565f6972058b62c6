import { ActionIcon, Alert, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { indicatorCatalog } from '../../../shared/indicators.js';
import { monitoringSettingsInput, type MonitoringSettings, type MonitoringSettingsInput } from '../../../shared/profiles.js';
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

/** region_admin edits the thresholds of the region's indicators and its reporting dates (PUT /settings/monitoring). */
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
  const [dates, setDates] = useState<string[]>(settings.reportingDates);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const input: MonitoringSettingsInput = {
    indicators: settings.indicators,
    thresholds: Object.fromEntries(Object.entries(thresholds).filter(([, v]) => v !== '')) as MonitoringSettingsInput['thresholds'],
    reportingDates: dates,
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

  const setDate = (index: number, part: 'month' | 'day', value: string) =>
    edit(() =>
      setDates((list) =>
        list.map((d, i) => (i !== index ? d : part === 'month' ? `${value}-${d.slice(3, 5)}` : `${d.slice(0, 2)}-${value}`)),
      ),
    );

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
        <Title order={4}>Даты отчётов</Title>
        <Text fz="sm" c="dimmed">
          В эти дни каждого года муниципальные службы фиксируют и сдают отчёт.
        </Text>
        {dates.map((date, index) => (
          <Group key={index} align="flex-start" gap="xs" data-testid={`reporting-date-${index}`}>
            <Select
              aria-label="День"
              data={dayOptions}
              value={date.slice(3, 5)}
              onChange={(v) => v && setDate(index, 'day', v)}
              allowDeselect={false}
              w={90}
              error={errorOf(`reportingDates[${index}]`)}
            />
            <Select
              aria-label="Месяц"
              data={monthOptions}
              value={date.slice(0, 2)}
              onChange={(v) => v && setDate(index, 'month', v)}
              allowDeselect={false}
              w={150}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label="Убрать дату"
              disabled={dates.length === 1}
              onClick={() => edit(() => setDates((list) => list.filter((_, i) => i !== index)))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {errorOf('reportingDates') && !dates.some((_, i) => errorOf(`reportingDates[${i}]`)) && (
          <Text c="red" fz="sm">
            {errorOf('reportingDates')}
          </Text>
        )}
        <Group>
          <Button variant="light" onClick={() => edit(() => setDates((list) => [...list, '12-31']))} disabled={dates.length >= 12}>
            Добавить дату
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
