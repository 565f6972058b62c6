import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { download, query } from '../../api.js';
import type { Period } from './period.js';

/** The live report of the territory and period, as a workbook with the lists or a printable PDF. */
export function ReportDownloads({ scope, period }: { scope: string; period: Period }) {
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(extension: 'xlsx' | 'pdf') {
    setBusy(extension);
    setError(null);
    try {
      await download(`/indicators/report.${extension}${query({ scope, ...period })}`, `Отчёт ${scope}.${extension}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Не удалось скачать');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group gap="xs">
      <Text fz="sm" c="dimmed">
        Отчёт по текущим данным:
      </Text>
      <Button size="xs" variant="default" loading={busy === 'xlsx'} onClick={() => void save('xlsx')} data-testid="live-report-xlsx">
        XLSX
      </Button>
      <Button size="xs" variant="default" loading={busy === 'pdf'} onClick={() => void save('pdf')} data-testid="live-report-pdf">
        PDF
      </Button>
      {error && (
        <Alert color="red" role="alert" py={4}>
          {error}
        </Alert>
      )}
    </Group>
  );
}
