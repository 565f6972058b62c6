import { Alert, Button, FileInput, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  rosterFieldLabels,
  type RosterField,
  type RosterMapping,
  type RosterPositionChoice,
  type RosterPreview,
  type RosterUpload,
} from '../../../shared/roster.js';
import { api, ApiError } from '../../api.js';
import { formatNumber } from '../../ui/format.js';
import { useOrganizationOptions } from '../registry/registry-api.js';
import { RosterPreviewSection } from './roster-preview.js';

const fieldOptions = [
  { value: '', label: '— не загружать —' },
  ...(Object.entries(rosterFieldLabels) as [RosterField, string][]).map(([value, label]) => ({ value, label })),
];

const message = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);

export function RosterImportPage() {
  const organizations = useOrganizationOptions();
  const [file, setFile] = useState<File | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [upload, setUpload] = useState<RosterUpload | null>(null);
  const [mapping, setMapping] = useState<RosterMapping>({});
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [positions, setPositions] = useState<Record<string, RosterPositionChoice>>({});
  const [defaultStart, setDefaultStart] = useState('');
  const [busy, setBusy] = useState<'upload' | 'preview' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    setBusy('upload');
    setError(null);
    setUpload(null);
    setPreview(null);
    setPositions({});
    setDefaultStart('');
    try {
      const uploaded = await api<RosterUpload>('/roster/uploads', { method: 'POST', body: form });
      setUpload(uploaded);
      setMapping(uploaded.mapping);
    } catch (e) {
      setError(message(e, 'Не удалось загрузить файл.'));
    } finally {
      setBusy(null);
    }
  }

  async function check(choices = positions) {
    if (!upload) return;
    setBusy('preview');
    setError(null);
    try {
      const checked = await api<RosterPreview>(`/roster/uploads/${upload.uploadId}/preview`, {
        method: 'POST',
        body: { ...requestBody(), positions: choices },
      });
      setPreview(checked);
      setDefaultStart((current) => current || checked.defaultStart);
    } catch (e) {
      setPreview(null);
      setError(message(e, 'Не удалось проверить файл.'));
    } finally {
      setBusy(null);
    }
  }

  const requestBody = () => ({
    mapping,
    organizationId: organizationId ? Number(organizationId) : null,
    positions,
    defaultStart: defaultStart || null,
  });

  function choosePosition(key: string, choice: RosterPositionChoice) {
    const next = { ...positions, [key]: choice };
    setPositions(next);
    void check(next);
  }

  function remap(header: string, field: string | null) {
    setMapping((current) => ({ ...current, [header]: (field || null) as RosterField | null }));
    setPreview(null);
  }

  return (
    <Stack maw={1100}>
      <Title order={2}>Загрузка списка кадров</Title>
      <Text c="dimmed" size="sm">
        Файл Excel (XLSX) или CSV из школьной системы: одна строка — один сотрудник. Система распознает столбцы, проверит каждую строку и
        загрузит список целиком, только если ошибок нет. Сотрудники, которые уже есть в реестре, обновятся, а не задвоятся.
      </Text>

      <Paper component="form" onSubmit={send} withBorder p="md">
        <Stack>
          <Title order={4}>Шаг 1. Файл</Title>
          <FileInput
            label="Файл списка сотрудников"
            description="XLSX или CSV (UTF-8 или Windows-1251), до 50 МБ"
            placeholder="Выберите файл"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            value={file}
            onChange={setFile}
            clearable
            required
          />
          {organizations.isError ? (
            <Text size="sm" c="dimmed">
              Список организаций недоступен: в файле должен быть столбец «Организация» или «Код организации».
            </Text>
          ) : (
            <Select
              label="Организация по умолчанию"
              description="Для строк без организации — например, когда в файле сотрудники одной школы"
              placeholder={organizations.isLoading ? 'Загрузка…' : 'Не выбрана'}
              data={(organizations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
              value={organizationId}
              onChange={(value) => {
                setOrganizationId(value);
                setPreview(null);
              }}
              searchable
              clearable
              nothingFoundMessage="Организация не найдена"
            />
          )}
          <Group>
            <Button type="submit" loading={busy === 'upload'} disabled={!file}>
              Загрузить файл
            </Button>
          </Group>
        </Stack>
      </Paper>

      {error && (
        <Alert color="red" role="alert" title="Ошибка">
          {error}
        </Alert>
      )}

      {upload && (
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>Шаг 2. Столбцы</Title>
            <Text size="sm">
              Файл «{upload.fileName}»: строк с данными — {formatNumber(upload.rows)}. Проверьте, что попадёт в каждое поле реестра.
            </Text>
            <ScrollArea>
              <Table striped withTableBorder aria-label="Назначение столбцов">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Столбец файла</Table.Th>
                    <Table.Th>Поле реестра</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {upload.headers.map((header) => (
                    <Table.Tr key={header}>
                      <Table.Td>{header}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Поле для столбца «${header}»`}
                          data={fieldOptions}
                          value={mapping[header] ?? ''}
                          onChange={(value) => remap(header, value)}
                          allowDeselect={false}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Group>
              <Button onClick={() => void check()} loading={busy === 'preview'}>
                Проверить
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {upload && preview && (
        <RosterPreviewSection
          key={upload.uploadId}
          uploadId={upload.uploadId}
          preview={preview}
          body={requestBody()}
          busy={busy === 'preview'}
          onPositionChoice={choosePosition}
          defaultStart={defaultStart}
          onDefaultStart={setDefaultStart}
        />
      )}
    </Stack>
  );
}
