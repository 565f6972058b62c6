import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { organizationFlag, organizationKind } from '../../../shared/enums.js';
import type { OrganizationCard } from '../../../shared/registry.js';
import { formatDate, formatNumber } from '../../ui/format.js';
import { HistorySection } from '../../ui/history-section.js';
import { QueryState } from '../../ui/query-state.js';
import { useOrganization } from './registry-api.js';
import { TextBadge } from './section.js';

export function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text data-testid={testId}>{children || '—'}</Text>
    </div>
  );
}

function Count({ label, value, to, testId }: { label: string; value: number; to: string; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Anchor
        component={Link}
        to={to}
        fz="xl"
        fw={700}
        data-testid={testId}
        aria-label={`${label}: ${formatNumber(value)} — открыть список`}
      >
        {formatNumber(value)}
      </Anchor>
    </Card>
  );
}

function OrganizationView({ organization: o }: { organization: OrganizationCard }) {
  const people = `/registry/people?organizationId=${o.id}`;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="organization-name">
            {o.name}
          </Title>
          {o.shortName && <Text c="dimmed">{o.shortName}</Text>}
        </div>
        {o.can.includes('edit') && (
          <Button component={Link} to={`/registry/organizations/${o.id}/edit`} data-testid="edit-organization">
            Редактировать
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label="Код">{o.code}</Field>
        <Field label="Тип">{organizationKind.label(o.kind)}</Field>
        <Field label="Муниципалитет">
          <Anchor component={Link} to={`/registry/organizations?municipalityId=${o.municipalityId}`}>
            {o.municipalityName}
          </Anchor>
        </Field>
        <Field label="Адрес">{o.address}</Field>
      </SimpleGrid>
      <div>
        <Text size="xs" c="dimmed" mb={4}>
          Признаки{o.flagsReviewedAt ? ` (подтверждены ${formatDate(o.flagsReviewedAt)})` : ' (ещё не подтверждались)'}
        </Text>
        <Group gap={6} data-testid="organization-flags">
          {o.flags.length === 0 && <Text>—</Text>}
          {o.flags.map((flag) => (
            <TextBadge key={flag}>{organizationFlag.label(flag)}</TextBadge>
          ))}
        </Group>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Count label="Работников" value={o.staff} to={people} testId="count-staff" />
        <Count label="Педагогов" value={o.teachers} to={`${people}&category=teacher`} testId="count-teachers" />
        <Count label="Руководителей" value={o.managers} to={`${people}&category=manager`} testId="count-managers" />
        <Count label="Молодых педагогов" value={o.young} to={`${people}&category=teacher&young=true`} testId="count-young" />
      </SimpleGrid>
      <HistorySection subject={`organization:${o.id}`} />
    </Stack>
  );
}

export function OrganizationPage() {
  const { id } = useParams();
  const result = useOrganization(id);
  return (
    <QueryState isLoading={result.isLoading} error={result.error}>
      {() => result.data && <OrganizationView organization={result.data} />}
    </QueryState>
  );
}
