import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { queueSections, type QueueItem, type WorkQueue } from '../../../shared/queue.js';
import { formatNumber, formatPeriod } from '../../ui/format.js';
import { QueryState } from '../../ui/query-state.js';
import { formatIndicatorValue } from '../monitoring/indicator-format.js';
import { useWorkingScope } from '../monitoring/working-scope.js';
import { useWorkQueue } from './queue-api.js';

const openLabel: Record<QueueItem['kind'], string> = {
  indicator: 'Открыть показатель',
  report: 'Открыть отчётность',
  young: 'Открыть список',
  quality: 'Открыть качество данных',
};

function ItemCard({ item }: { item: QueueItem }) {
  const shown = item.sample.length;
  return (
    <Card withBorder padding="sm" data-testid={`queue-item-${item.code}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Title order={4} fz="md">
            {item.title}
          </Title>
          {item.kind === 'indicator' && (
            <Text fz="sm">
              {formatIndicatorValue(item.code, item.value)} при пороге {formatIndicatorValue(item.code, item.threshold)}
            </Text>
          )}
          <Text fz="sm" c="dimmed">
            {item.hint}
          </Text>
        </Stack>
        <Badge color="orange" variant="light" size="lg" title="Сколько записей требуют внимания" style={{ flexShrink: 0 }}>
          {formatNumber(item.count)}
        </Badge>
      </Group>
      {shown > 0 && (
        <Group gap="xs" mt="xs">
          {item.sample.map((s) => (
            <Anchor key={`${s.id}-${s.href}`} component={Link} to={s.href} fz="sm">
              {s.label}
            </Anchor>
          ))}
          {item.count > shown && (
            <Text fz="sm" c="dimmed">
              и ещё {formatNumber(item.count - shown)}
            </Text>
          )}
        </Group>
      )}
      <Group mt="xs">
        <Button component={Link} to={item.href} size="xs" variant="light" data-testid={`queue-open-${item.code}`}>
          {openLabel[item.kind]}
        </Button>
      </Group>
    </Card>
  );
}

function QueueView({ queue }: { queue: WorkQueue }) {
  return (
    <Stack gap="lg">
      <Text fz="sm" c="dimmed" data-testid="queue-context">
        {queue.territory.name}
        {queue.period && `; показатели — за текущий отчётный период ${formatPeriod(queue.period)}`}
        {queue.reportPeriod && queue.items.some((i) => i.kind === 'report') && `; отчётность — за ${formatPeriod(queue.reportPeriod)}`}
      </Text>
      {queue.items.length === 0 && <Alert color="green">Сейчас ничего не требует внимания.</Alert>}
      {queueSections.map(({ kind, title }) => {
        const items = queue.items.filter((item) => item.kind === kind);
        if (!items.length) return null;
        return (
          <Stack key={kind} gap="sm" data-testid={`queue-section-${kind}`}>
            <Title order={3}>{title}</Title>
            {items.map((item) => (
              <ItemCard key={item.code} item={item} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** «Что требует внимания»: the work queue of the territory chosen in the top bar. */
export function QueuePage() {
  const { scopes, scope } = useWorkingScope();
  const queue = useWorkQueue(scope);
  return (
    <Stack data-testid="work-queue">
      <Title order={2}>Что требует внимания</Title>
      <QueryState isLoading={scopes.isLoading || queue.isLoading} error={scopes.error ?? queue.error}>
        {() =>
          scopes.data?.length === 0 ? <Alert color="gray">Нет доступных территорий.</Alert> : queue.data && <QueueView queue={queue.data} />
        }
      </QueryState>
    </Stack>
  );
}
