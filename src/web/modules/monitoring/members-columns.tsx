import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { DrilldownOrganization, DrilldownPage, DrilldownPerson, DrilldownRecord } from '../../../shared/monitoring.js';
import type { Column } from '../../ui/data-table.js';
import { formatDate, fullName } from '../../ui/format.js';

export type MemberRow = DrilldownPerson | DrilldownOrganization | DrilldownRecord;

const personColumns: Column<DrilldownPerson>[] = [
  {
    key: 'name',
    title: 'Фамилия Имя Отчество',
    render: (p) => (
      <Anchor component={Link} to={`/registry/people/${p.id}`}>
        {fullName(p)}
      </Anchor>
    ),
  },
  { key: 'birthDate', title: 'Дата рождения', nowrap: true, render: (p) => formatDate(p.birthDate) },
  {
    key: 'organizations',
    title: 'Организация и должность',
    render: (p) =>
      p.organizations.map((o) => (
        <div key={`${o.id}-${o.position}`}>
          <Anchor component={Link} to={`/registry/organizations/${o.id}`} fz="sm">
            {o.name}
          </Anchor>
          {o.position ? `, ${o.position}` : ''}
        </div>
      )),
  },
];

const organizationColumns: Column<DrilldownOrganization>[] = [
  {
    key: 'name',
    title: 'Организация',
    render: (o) => (
      <Anchor component={Link} to={`/registry/organizations/${o.id}`}>
        {o.name}
      </Anchor>
    ),
  },
  { key: 'municipality', title: 'Муниципалитет', render: (o) => o.municipalityName },
];

const recordColumns: Column<DrilldownRecord>[] = [
  { key: 'code', title: 'Код', nowrap: true, render: (r) => r.code },
  { key: 'name', title: 'Наименование', render: (r) => r.name },
  { key: 'date', title: 'Дата', nowrap: true, render: (r) => formatDate(r.date) },
];

/** The columns fitting what the indicator counts. */
export function membersColumns(subject: DrilldownPage['subject']): Column<MemberRow>[] {
  if (subject === 'people') return personColumns as Column<MemberRow>[];
  if (subject === 'organizations') return organizationColumns as Column<MemberRow>[];
  return recordColumns as Column<MemberRow>[];
}
