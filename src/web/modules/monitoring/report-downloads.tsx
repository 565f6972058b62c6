import { Alert, Button, Group, Text } from '@mantine/core';
import { query } from '../../api.js';
import { useDownload } from '../../ui/use-download.js';
import type { Period } from './period.js';

/** The live report of the territory and period, as a workbook with the lists or a printable PDF. */
export function ReportDownloads({ scope, period }: { scope: string; period: Period }) {
  const { run, pending, error } = useDownload('Не удалось скачать');
  const path = (extension: 'xlsx' | 'pdf') => `/indicators/report.${extension}${query({ scope, ...period })}`;
  const save = (extension: 'xlsx' | 'pdf') => void run(path(extension), `Отчёт ${scope}.${extension}`);
  const busy = (extension: 'xlsx' | 'pdf') => pending === path(extension);

  return (
    <Group gap="xs">
      <Text fz="sm" c="dimmed">
        Отчёт по текущим данным:
      </Text>
      <Button size="xs" variant="default" loading={busy('xlsx')} onClick={() => save('xlsx')} data-testid="live-report-xlsx">
        XLSX
      </Button>
      <Button size="xs" variant="default" loading={busy('pdf')} onClick={() => save('pdf')} data-testid="live-report-pdf">
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
