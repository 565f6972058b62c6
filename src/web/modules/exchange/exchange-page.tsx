import { Alert, Button, FileInput, Group, List, Paper, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { summaryListLabels, summaryLists, type ImportSummary } from '../../../shared/exchange.js';
import type { FieldIssue } from '../../../shared/errors.js';
import { api, ApiError, query } from '../../api.js';
import { can, useMe } from '../../auth/use-me.js';
import { formatNumber } from '../../ui/format.js';
import { useDownload } from '../../ui/use-download.js';

type ImportState = { kind: 'done'; summary: ImportSummary } | { kind: 'rejected'; message: string; issues: FieldIssue[] } | null;

function SummaryTable({ summary }: { summary: ImportSummary }) {
  return (
    <Table striped withTableBorder aria-label="Итоги загрузки">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Список</Table.Th>
          <Table.Th ta="right">Создано</Table.Th>
          <Table.Th ta="right">Обновлено</Table.Th>
          <Table.Th ta="right">Без изменений</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summaryLists.map((list) => (
          <Table.Tr key={list}>
            <Table.Td>{summaryListLabels[list]}</Table.Td>
            <Table.Td ta="right">{formatNumber(summary.lists[list].created)}</Table.Td>
            <Table.Td ta="right">{formatNumber(summary.lists[list].updated)}</Table.Td>
            <Table.Td ta="right">{formatNumber(summary.lists[list].unchanged)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr fw={700}>
          <Table.Td>Всего</Table.Td>
          <Table.Td ta="right">{formatNumber(summary.totals.created)}</Table.Td>
          <Table.Td ta="right">{formatNumber(summary.totals.updated)}</Table.Td>
          <Table.Td ta="right">{formatNumber(summary.totals.unchanged)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function ImportSection() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<ImportState>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setState(null);
    try {
      let body: unknown;
      try {
        body = JSON.parse(await file.text());
      } catch {
        setState({ kind: 'rejected', message: `Файл «${file.name}» не является корректным JSON.`, issues: [] });
        return;
      }
      setState({ kind: 'done', summary: await api<ImportSummary>('/exchange/import', { method: 'POST', body }) });
    } catch (error) {
      if (error instanceof ApiError) setState({ kind: 'rejected', message: error.message, issues: error.issues });
      else setState({ kind: 'rejected', message: 'Не удалось загрузить пакет: нет связи с сервером.', issues: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper component="form" onSubmit={submit} withBorder p="lg">
      <Stack>
        <Title order={3}>Загрузка пакета</Title>
        <Text size="sm" c="dimmed">
          Пакет загружается целиком или не загружается вовсе: при любой ошибке ничего не записывается. Записи сопоставляются по кодам,
          поэтому повторная загрузка того же пакета ничего не меняет. Записи, которых нет в пакете, не удаляются.
        </Text>
        <Group align="end">
          <FileInput
            label="Файл пакета (JSON)"
            placeholder="Выберите файл"
            accept="application/json,.json"
            value={file}
            onChange={setFile}
            clearable
            w={360}
          />
          <Button type="submit" disabled={!file} loading={busy}>
            Загрузить
          </Button>
        </Group>
        {state?.kind === 'done' && (
          <>
            <Alert color="green">Пакет загружен.</Alert>
            <SummaryTable summary={state.summary} />
          </>
        )}
        {state?.kind === 'rejected' && (
          <Alert color="red" role="alert" title={state.message}>
            {state.issues.length > 0 && (
              <ScrollArea.Autosize mah={400}>
                <List size="sm" aria-label="Ошибки пакета">
                  {state.issues.map((issue, i) => (
                    <List.Item key={i}>
                      <Text span ff="monospace" size="sm">
                        {issue.path}
                      </Text>
                      : {issue.message}
                    </List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function ExportSection() {
  const [code, setCode] = useState('');
  const { run, pending, error } = useDownload('Не удалось выгрузить пакет.');

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(`/exchange/export${query({ scope: code.trim() })}`, 'metodset-export.json');
  }

  return (
    <Paper component="form" onSubmit={submit} withBorder p="lg">
      <Stack>
        <Title order={3}>Выгрузка пакета</Title>
        <Text size="sm" c="dimmed">
          Без кода выгружается ваша территория (для администратора региона — весь регион). Код муниципалитета или организации выгружает её
          записи и то, на что они ссылаются (мероприятия, программы, практики); работники других территорий указываются только кодами,
          поэтому такой пакет загружается в базу, где они уже есть.
        </Text>
        <Group align="end">
          <TextInput
            label="Код территории"
            placeholder="Необязательно"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            w={360}
          />
          <Button type="submit" variant="light" loading={pending !== null}>
            Выгрузить
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

export function ExchangePage() {
  const { data: me } = useMe();
  return (
    <Stack maw={900}>
      <Title order={2}>Пакет обмена</Title>
      {can(me, 'exchange.import') && <ImportSection />}
      {can(me, 'exchange.export') && <ExportSection />}
    </Stack>
  );
}
