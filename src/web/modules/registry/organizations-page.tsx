import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { organizationFlag, organizationKind } from '../../../shared/enums.js';
import type { OrganizationRow } from '../../../shared/registry.js';
import { can, useMe } from '../../auth/use-me.js';
import type { Column } from '../../ui/data-table.js';
import { formatNumber } from '../../ui/format.js';
import { ExportButton, FilterGrid, FlagFilter, KindFilter, MunicipalityFilter, SearchFilter } from './filters.js';
import { useListParams } from './list-params.js';
import { PagedList } from './paged-list.js';
import { useOrganizations } from './registry-api.js';

const PAGE_SIZE = 50;
const filters = ['q', 'municipalityId', 'kind', 'flag'] as const;

const columns: Column<OrganizationRow>[] = [
  {
    key: 'name',
    title: 'Организация',
    sort: 'name',
    render: (row) => (
      <Anchor component={Link} to={`/registry/organizations/${row.id}`} fw={500}>
        {row.name}
      </Anchor>
    ),
  },
  { key: 'code', title: 'Код', sort: 'code', nowrap: true, render: (row) => row.code },
  { key: 'municipality', title: 'Муниципалитет', sort: 'municipality', render: (row) => row.municipalityName },
  { key: 'kind', title: 'Тип', sort: 'kind', render: (row) => organizationKind.label(row.kind) },
  {
    key: 'flags',
    title: 'Признаки',
    render: (row) => (
      <Stack gap={2}>
        {row.flags.map((flag) => (
          <Text key={flag} size="xs">
            {organizationFlag.label(flag)}
          </Text>
        ))}
      </Stack>
    ),
  },
  { key: 'staff', title: 'Работников', sort: 'staff', render: (row) => formatNumber(row.staff) },
  { key: 'young', title: 'Молодых педагогов', render: (row) => formatNumber(row.young) },
];

export function OrganizationsPage() {
  const { data: me } = useMe();
  const list = useListParams(filters, 'name');
  const params = { ...list.values, sort: list.sort, order: list.order };
  const result = useOrganizations({ ...params, page: list.page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Организации</Title>
        <Group gap="sm">
          <ExportButton path="/organizations/export.xlsx" params={params} fileName="Организации.xlsx" />
          {can(me, 'organizations.write') && (
            <Button component={Link} to="/registry/organizations/new" data-testid="add-organization">
              Добавить организацию
            </Button>
          )}
        </Group>
      </Group>
      <FilterGrid active={list.active} columns={4}>
        <SearchFilter
          label="Поиск по названию или коду"
          value={list.values.q}
          onChange={(q) => list.setFilter('q', q)}
          testId="organizations-search"
        />
        <MunicipalityFilter value={list.values.municipalityId} onChange={(v) => list.setFilter('municipalityId', v)} />
        <KindFilter value={list.values.kind} onChange={(v) => list.setFilter('kind', v)} />
        <FlagFilter value={list.values.flag} onChange={(v) => list.setFilter('flag', v)} />
      </FilterGrid>
      {list.active && (
        <Group>
          <Button variant="subtle" size="xs" onClick={list.reset}>
            Сбросить фильтры
          </Button>
        </Group>
      )}
      <PagedList
        testId="organizations-table"
        list={list}
        result={result}
        columns={columns}
        pageSize={PAGE_SIZE}
        href={(row) => `/registry/organizations/${row.id}`}
        minWidth={960}
      />
    </Stack>
  );
}
