import { Anchor, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonRow } from '../../../shared/registry.js';
import { can, useMe } from '../../auth/use-me.js';
import type { Column } from '../../ui/data-table.js';
import { formatDate, fullName } from '../../ui/format.js';
import {
  categoryOptions,
  ExportButton,
  FilterGrid,
  FlagFilter,
  KindFilter,
  MunicipalityFilter,
  SearchFilter,
  SwitchFilter,
} from './filters.js';
import { useListParams } from './list-params.js';
import { PagedList } from './paged-list.js';
import { useOrganizationOptions, usePeople } from './registry-api.js';

const PAGE_SIZE = 50;
const filters = ['q', 'municipalityId', 'organizationId', 'kind', 'category', 'flag', 'young'] as const;

const youngBadge = (
  <Badge color="teal" variant="light" style={{ textTransform: 'none', minWidth: 'max-content' }}>
    Молодой педагог
  </Badge>
);

const columns: Column<PersonRow>[] = [
  {
    key: 'name',
    title: 'ФИО',
    sort: 'name',
    render: (row) => (
      <Anchor component={Link} to={`/registry/people/${row.id}`} fw={500}>
        {fullName(row)}
      </Anchor>
    ),
  },
  {
    key: 'organization',
    title: 'Организация и должность',
    sort: 'organization',
    render: (row) => (
      <Stack gap={2}>
        {row.organizations.map((o, index) => (
          <Text key={`${o.id}-${index}`} size="sm">
            {o.name}
            <Text span c="dimmed" size="sm">
              {' — '}
              {o.position}
            </Text>
          </Text>
        ))}
      </Stack>
    ),
  },
  { key: 'birthDate', title: 'Дата рождения', sort: 'birthDate', nowrap: true, render: (row) => formatDate(row.birthDate) },
  { key: 'careerStart', title: 'Начало педстажа', sort: 'careerStart', nowrap: true, render: (row) => formatDate(row.careerStart) },
  { key: 'young', title: 'Молодой педагог', nowrap: true, render: (row) => (row.young ? youngBadge : null) },
];

function OrganizationFilter({
  municipalityId,
  value,
  onChange,
}: {
  municipalityId: string;
  value: string;
  onChange: (value: string | null) => void;
}) {
  const organizations = useOrganizationOptions();
  const data = (organizations.data ?? [])
    .filter((o) => !municipalityId || String(o.municipalityId) === municipalityId)
    .map((o) => ({ value: String(o.id), label: o.name }));
  return (
    <Select
      label="Организация"
      placeholder="Все"
      data={data}
      value={value || null}
      onChange={onChange}
      clearable
      searchable
      limit={100}
      nothingFoundMessage="Не найдено"
      data-testid="organization-filter"
    />
  );
}

export function PeoplePage() {
  const { data: me } = useMe();
  const list = useListParams(filters, 'name');
  const organizations = useOrganizationOptions();
  const params = { ...list.values, sort: list.sort, order: list.order };
  const result = usePeople({ ...params, page: list.page, pageSize: PAGE_SIZE });

  function setMunicipality(municipalityId: string | null) {
    const organization = organizations.data?.find((o) => String(o.id) === list.values.organizationId);
    // An organization of another municipality would leave the list empty for no visible reason.
    const keep = !municipalityId || !organization || String(organization.municipalityId) === municipalityId;
    list.setFilters({ municipalityId, ...(keep ? {} : { organizationId: null }) });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Педагоги и руководители</Title>
        <Group gap="sm">
          <ExportButton path="/people/export.xlsx" params={params} fileName="Педагоги и руководители.xlsx" />
          {can(me, 'people.write') && (
            <Button component={Link} to="/registry/people/new" data-testid="add-person">
              Добавить работника
            </Button>
          )}
        </Group>
      </Group>
      <FilterGrid active={list.active}>
        <SearchFilter label="Поиск по ФИО" value={list.values.q} onChange={(q) => list.setFilter('q', q)} testId="people-search" />
        <MunicipalityFilter value={list.values.municipalityId} onChange={setMunicipality} />
        <OrganizationFilter
          municipalityId={list.values.municipalityId}
          value={list.values.organizationId}
          onChange={(v) => list.setFilter('organizationId', v)}
        />
        <KindFilter value={list.values.kind} onChange={(v) => list.setFilter('kind', v)} />
        <Select
          label="Категория"
          placeholder="Все"
          data={categoryOptions}
          value={list.values.category || null}
          onChange={(v) => list.setFilter('category', v)}
          clearable
          data-testid="category-filter"
        />
        <FlagFilter value={list.values.flag} onChange={(v) => list.setFilter('flag', v)} />
      </FilterGrid>
      <Group justify="space-between">
        <SwitchFilter
          label="Только молодые педагоги"
          checked={list.values.young === 'true'}
          onChange={(checked) => list.setFilter('young', checked ? 'true' : null)}
          testId="young-filter"
        />
        {list.active && (
          <Button variant="subtle" size="xs" onClick={list.reset}>
            Сбросить фильтры
          </Button>
        )}
      </Group>
      <PagedList
        testId="people-table"
        list={list}
        result={result}
        columns={columns}
        pageSize={PAGE_SIZE}
        href={(row) => `/registry/people/${row.id}`}
        minWidth={900}
      />
    </Stack>
  );
}
