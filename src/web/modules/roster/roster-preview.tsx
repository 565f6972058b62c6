import { Alert, Button, Group, Paper, Progress, ScrollArea, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { attestationCategory, employmentCategory, employmentType } from '../../../shared/enums.js';
import type {
  RosterJob,
  RosterMapping,
  RosterPosition,
  RosterPositionChoice,
  RosterPreview,
  RosterRowError,
  RosterSkippedRow,
} from '../../../shared/roster.js';
import { api, ApiError } from '../../api.js';
import { DateField } from '../../ui/date-field.js';
import { formatDate, formatNumber, fullName } from '../../ui/format.js';
import { useRosterJob } from './roster-api.js';

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

export function RowErrors({ errors }: { errors: RosterRowError[] }) {
  return (
    <ScrollArea.Autosize mah={480}>
      <Table striped withTableBorder data-testid="roster-errors" aria-label="Ошибки в строках файла">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Строка</Table.Th>
            <Table.Th w={220}>Столбец</Table.Th>
            <Table.Th>Причина</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>{e.row}</Table.Td>
              <Table.Td>{e.column ?? '—'}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

function SkippedRows({ rows }: { rows: RosterSkippedRow[] }) {
  return (
    <ScrollArea.Autosize mah={320}>
      <Table striped withTableBorder data-testid="roster-skipped" aria-label="Строки, которые не загружаются">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Строка</Table.Th>
            <Table.Th>Почему не загружается</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

const choiceOptions: { value: RosterPositionChoice; label: string }[] = [
  { value: 'skip', label: 'Не загружать (не педагогическая должность)' },
  { value: 'teacher', label: employmentCategory.label('teacher') },
  { value: 'manager', label: employmentCategory.label('manager') },
];

/** Positions outside the nomenclature: the importer decides, row count beside each. */
function UnknownPositions({
  positions,
  busy,
  onChoice,
}: {
  positions: RosterPosition[];
  busy: boolean;
  onChoice: (key: string, choice: RosterPositionChoice) => void;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Должности вне номенклатуры (постановление Правительства РФ № 225)
      </Text>
      <Text size="sm" c="dimmed">
        Строки с этими должностями не загружаются. Если должность педагогическая или руководящая, выберите её категорию.
      </Text>
      <Table withTableBorder fz="sm" data-testid="roster-positions" aria-label="Должности вне номенклатуры">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Должность</Table.Th>
            <Table.Th w={90}>Строк</Table.Th>
            <Table.Th w={360}>Как загрузить</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {positions.map((p) => (
            <Table.Tr key={p.key}>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>{formatNumber(p.rows)}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Категория должности «${p.name}»`}
                  data={choiceOptions}
                  value={p.choice}
                  onChange={(value) => value && onChoice(p.key, value as RosterPositionChoice)}
                  allowDeselect={false}
                  disabled={busy}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function JobProgress({ job }: { job: RosterJob }) {
  const percent = job.total ? Math.round((job.processed / job.total) * 100) : 0;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {job.phase === 'checking' ? 'Проверка строк' : 'Запись в реестр'}: {formatNumber(job.processed)} из {formatNumber(job.total)}
      </Text>
      <Progress value={percent} animated aria-label="Ход загрузки" />
    </Stack>
  );
}

function JobOutcome({ job }: { job: RosterJob }) {
  if (job.state === 'done' && job.result) {
    const r = job.result;
    return (
      <Alert color="green" title="Список загружен" data-testid="roster-result">
        Новых сотрудников: {formatNumber(r.created)}; обновлено: {formatNumber(r.updated)}
        {r.linked > 0 && `; из других территорий (только место работы): ${formatNumber(r.linked)}`}. Мест работы добавлено:{' '}
        {formatNumber(r.employmentsCreated)}; обновлено: {formatNumber(r.employmentsUpdated)}. Аттестаций добавлено:{' '}
        {formatNumber(r.attestationsCreated)}. Строк пропущено: {formatNumber(r.skipped)}.
      </Alert>
    );
  }
  if (job.state === 'failed') {
    return (
      <Stack>
        <Alert color="red" title="Список не загружен" role="alert">
          {job.error}
        </Alert>
        {job.errors && job.errors.length > 0 && <RowErrors errors={job.errors} />}
      </Stack>
    );
  }
  return <JobProgress job={job} />;
}

/** People the region already has elsewhere: they get an employment here, their cards stay with their territory. */
function LinkedPeople({ preview }: { preview: RosterPreview }) {
  return (
    <Alert color="blue" title="Уже есть в регионе" data-testid="roster-linked">
      <Text size="sm" mb={4}>
        Эти сотрудники числятся в других территориях (или работали у вас раньше): им добавится место работы в вашей организации, а их
        карточки не изменятся.
      </Text>
      <ScrollArea.Autosize mah={240}>
        <Table fz="sm" aria-label="Сотрудники из других территорий">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Строка</Table.Th>
              <Table.Th>ФИО</Table.Th>
              <Table.Th>Год рождения</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.linked.map((p) => (
              <Table.Tr key={p.row}>
                <Table.Td>{p.row}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.birthYear ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}

export function RosterPreviewSection({
  uploadId,
  preview,
  body,
  busy,
  onPositionChoice,
  defaultStart,
  onDefaultStart,
}: {
  uploadId: string;
  preview: RosterPreview;
  body: { mapping: RosterMapping; organizationId: number | null; positions: Record<string, RosterPositionChoice> };
  busy: boolean;
  onPositionChoice: (key: string, choice: RosterPositionChoice) => void;
  defaultStart: string;
  onDefaultStart: (value: string) => void;
}) {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useRosterJob(jobId);
  const clean = preview.invalidRows === 0 && preview.valid > 0;

  async function apply() {
    setError(null);
    try {
      const started = await api<RosterJob>(`/roster/uploads/${uploadId}/apply`, {
        method: 'POST',
        body: { ...body, defaultStart: defaultStart || null, background: true },
      });
      setJobId(started.jobId);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Не удалось начать загрузку.');
    }
  }

  const done = job.data?.state === 'done';
  useEffect(() => {
    // Lists and cards of the registry now show the imported staff.
    if (done) void queryClient.invalidateQueries({ queryKey: ['registry'] });
  }, [done, queryClient]);

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>Шаг 3. Проверка</Title>
        <SimpleGrid cols={{ base: 2, sm: preview.linkedPeople ? 5 : 4 }}>
          <Count label="Всего строк" value={preview.total} />
          <Count label="Без ошибок" value={preview.valid} color={clean ? 'green' : undefined} />
          <Count label="Новых сотрудников" value={preview.newPeople} />
          <Count label="Обновятся" value={preview.updatedPeople} />
          <Count label="Не загружаются (пропуск)" value={preview.skippedRows} />
          <Count label="Совместительство (второе место работы)" value={preview.extraEmployments} />
          <Count label="Аттестаций в файле" value={preview.attestations} />
          <Count label="Без даты приёма" value={preview.withoutStart} />
          {preview.linkedPeople > 0 && <Count label="Из других территорий" value={preview.linkedPeople} />}
        </SimpleGrid>
        {preview.linked.length > 0 && <LinkedPeople preview={preview} />}

        {preview.withoutStart > 0 && (
          <Stack gap={4} data-testid="roster-default-start">
            <Text size="sm">
              В {formatNumber(preview.withoutStart)} строк(ах) нет даты приёма на работу. Новое место работы получит дату начала, указанную
              ниже (сейчас — {formatDate(defaultStart || preview.defaultStart)}); уже известное место работы сохранит свою дату.
            </Text>
            <DateField
              label="Дата начала работы для строк без даты приёма"
              required
              wholeOnly
              w={280}
              value={defaultStart}
              onChange={onDefaultStart}
            />
          </Stack>
        )}

        {preview.positions.length > 0 && <UnknownPositions positions={preview.positions} busy={busy} onChoice={onPositionChoice} />}

        {preview.skippedRows > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Строки, которые не загружаются: {formatNumber(preview.skippedRows)}
            </Text>
            <SkippedRows rows={preview.skipped} />
          </Stack>
        )}

        {preview.invalidRows > 0 ? (
          <>
            <Alert color="orange" title={`Строк с ошибками: ${formatNumber(preview.invalidRows)}`}>
              Исправьте эти строки в файле и загрузите его снова (шаг 1). Пока в файле есть ошибки, ничего не записывается.
              {preview.errorsTruncated && ` Показаны первые ${formatNumber(preview.errors.length)} ошибок.`}
            </Alert>
            <RowErrors errors={preview.errors} />
          </>
        ) : (
          <Alert color="green">Ошибок нет: файл можно загружать.</Alert>
        )}

        {preview.sample.length > 0 && (
          <ScrollArea>
            <Text size="sm" fw={500} mb={4}>
              Первые строки, как они попадут в реестр
            </Text>
            <Table withTableBorder fz="sm" aria-label="Образец строк">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Строка</Table.Th>
                  <Table.Th>ФИО</Table.Th>
                  <Table.Th>Дата рождения</Table.Th>
                  <Table.Th>Организация</Table.Th>
                  <Table.Th>Должность</Table.Th>
                  <Table.Th>Категория</Table.Th>
                  <Table.Th>Вид занятости</Table.Th>
                  <Table.Th>Таб. №</Table.Th>
                  <Table.Th>Дата приёма</Table.Th>
                  <Table.Th>Квалификационная категория</Table.Th>
                  <Table.Th>Начало пед. деятельности</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{fullName(r)}</Table.Td>
                    <Table.Td>{formatDate(r.birthDate)}</Table.Td>
                    <Table.Td>{r.organizationName}</Table.Td>
                    <Table.Td>{r.position}</Table.Td>
                    <Table.Td>{employmentCategory.label(r.category)}</Table.Td>
                    <Table.Td>{employmentType.label(r.employmentType)}</Table.Td>
                    <Table.Td>{r.personnelNumber ?? '—'}</Table.Td>
                    <Table.Td>{r.employmentStart ? formatDate(r.employmentStart) : 'нет'}</Table.Td>
                    <Table.Td>
                      {r.attestation ? `${attestationCategory.label(r.attestation.category)}, ${formatDate(r.attestation.date)}` : '—'}
                    </Table.Td>
                    <Table.Td>{formatDate(r.careerStart)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}

        <Group>
          <Button onClick={apply} disabled={!clean || busy || jobId !== null || (preview.withoutStart > 0 && !defaultStart)}>
            Загрузить
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {job.data && <JobOutcome job={job.data} />}
        {job.error && (
          <Alert color="red" role="alert">
            {job.error instanceof Error ? job.error.message : 'Не удалось узнать ход загрузки.'}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
