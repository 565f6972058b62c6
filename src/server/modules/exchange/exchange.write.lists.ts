// How each list of the package maps onto its table: match key, columns, code → id joins.
import { exchangeLists, type ExchangeList, type ExchangePackage } from '../../../shared/exchange.js';
import type { Executor } from '../../db/client.js';
import { replaceOwned, touch, upsert, type OwnedSpec, type UpsertSpec } from './exchange.write.queries.js';

type Row = Record<string, unknown>;

const person = (alias: string, field: string, optional = false) =>
  `${optional ? 'left ' : ''}join people ${alias} on ${alias}.code = u."${field}"`;

const specs: Record<ExchangeList, UpsertSpec> = {
  municipalities: {
    table: 'municipalities',
    inputs: { code: 'text', name: 'text' },
    columns: { code: 'u.code', region_id: '(select id from regions order by id limit 1)', name: 'u.name' },
    conflict: ['code'],
  },
  organizations: {
    table: 'organizations',
    inputs: { code: 'text', municipality: 'text', name: 'text', kind: 'text', flags: 'array' },
    joins: 'join municipalities m on m.code = u.municipality',
    columns: {
      code: 'u.code',
      municipality_id: 'm.id',
      name: 'u.name',
      kind: 'u.kind::organization_kind',
      flags: 'u.flags::organization_flag[]',
    },
    conflict: ['code'],
  },
  people: {
    table: 'people',
    inputs: {
      code: 'text',
      lastName: 'text',
      firstName: 'text',
      middleName: 'text',
      birthDate: 'date',
      careerStart: 'date',
      email: 'text',
    },
    columns: {
      code: 'u.code',
      last_name: 'u."lastName"',
      first_name: 'u."firstName"',
      middle_name: 'u."middleName"',
      birth_date: 'u."birthDate"',
      career_start: 'u."careerStart"',
      email: 'u.email',
    },
    conflict: ['code'],
  },
  employments: {
    table: 'employments',
    inputs: {
      person: 'text',
      organization: 'text',
      position: 'text',
      category: 'text',
      start: 'date',
      end: 'date',
      subjects: 'array',
      type: 'text',
      personnelNumber: 'text',
    },
    joins: `${person('p', 'person')} join organizations o on o.code = u.organization`,
    columns: {
      person_id: 'p.id',
      organization_id: 'o.id',
      position: 'u.position',
      category: 'u.category::employment_category',
      start: 'u.start',
      end: 'u."end"',
      subjects: 'u.subjects::text[]',
      type: "coalesce(u.type, 'main')::employment_type",
      personnel_number: 'u."personnelNumber"',
    },
    conflict: ['person_id', 'organization_id', 'position', 'start', 'type'],
  },
  attestations: {
    table: 'attestations',
    inputs: { person: 'text', category: 'text', date: 'date' },
    joins: person('p', 'person'),
    columns: { person_id: 'p.id', category: 'u.category::attestation_category', date: 'u.date' },
    conflict: ['person_id', 'category', 'date'],
  },
  activeMemberships: {
    table: 'active_memberships',
    inputs: { person: 'text', kind: 'text', level: 'text', start: 'date', end: 'date' },
    joins: person('p', 'person'),
    columns: { person_id: 'p.id', kind: 'u.kind::active_kind', level: 'u.level::active_level', start: 'u.start', end: 'u."end"' },
    conflict: ['person_id', 'kind', 'level', 'start'],
  },
  diagnostics: {
    table: 'diagnostics',
    inputs: { code: 'text', person: 'text', date: 'date' },
    joins: person('p', 'person'),
    columns: { code: 'u.code', person_id: 'p.id', date: 'u.date' },
    conflict: ['code'],
  },
  programmes: {
    table: 'programmes',
    inputs: { code: 'text', title: 'text', hours: 'int', federalRegistry: 'bool', forManagementTeams: 'bool' },
    columns: {
      code: 'u.code',
      title: 'u.title',
      hours: 'u.hours',
      federal_registry: 'coalesce(u."federalRegistry", false)',
      for_management_teams: 'coalesce(u."forManagementTeams", false)',
    },
    conflict: ['code'],
  },
  completions: {
    table: 'completions',
    inputs: { person: 'text', programme: 'text', start: 'date', end: 'date' },
    joins: `${person('p', 'person')} join programmes g on g.code = u.programme`,
    columns: { person_id: 'p.id', programme_id: 'g.id', start: 'u.start', end: 'u."end"' },
    conflict: ['person_id', 'programme_id', 'end'],
  },
  routes: {
    table: 'routes',
    inputs: { code: 'text', person: 'text', status: 'text', start: 'date', end: 'date', methodist: 'text', diagnostic: 'text' },
    joins: `${person('p', 'person')} ${person('mp', 'methodist', true)} left join diagnostics d on d.code = u.diagnostic`,
    columns: {
      code: 'u.code',
      person_id: 'p.id',
      status: 'u.status::route_status',
      start: 'u.start',
      end: 'u."end"',
      methodist_id: 'mp.id',
      diagnostic_id: 'd.id',
    },
    conflict: ['code'],
  },
  mentoringPairs: {
    table: 'mentoring_pairs',
    inputs: { mentor: 'text', mentee: 'text', organization: 'text', start: 'date', end: 'date' },
    joins: `${person('a', 'mentor')} ${person('b', 'mentee')} left join organizations o on o.code = u.organization`,
    columns: { mentor_id: 'a.id', mentee_id: 'b.id', organization_id: 'o.id', start: 'u.start', end: 'u."end"' },
    conflict: ['mentor_id', 'mentee_id', 'start'],
  },
  communities: {
    table: 'communities',
    inputs: {
      code: 'text',
      name: 'text',
      kind: 'text',
      level: 'text',
      municipality: 'text',
      organization: 'text',
      start: 'date',
      end: 'date',
    },
    joins: 'left join municipalities m on m.code = u.municipality left join organizations o on o.code = u.organization',
    columns: {
      code: 'u.code',
      name: 'u.name',
      kind: 'u.kind::community_kind',
      level: 'u.level::community_level',
      municipality_id: 'm.id',
      organization_id: 'o.id',
      start: 'u.start',
      end: 'u."end"',
    },
    conflict: ['code'],
  },
  communityMembers: {
    table: 'community_members',
    inputs: { community: 'text', person: 'text', role: 'text', start: 'date', end: 'date' },
    joins: `join communities c on c.code = u.community ${person('p', 'person')}`,
    columns: { community_id: 'c.id', person_id: 'p.id', role: 'u.role::community_role', start: 'u.start', end: 'u."end"' },
    conflict: ['community_id', 'person_id', 'start'],
  },
  events: {
    table: 'events',
    inputs: {
      code: 'text',
      title: 'text',
      kind: 'text',
      level: 'text',
      municipality: 'text',
      start: 'date',
      end: 'date',
      audience: 'array',
    },
    joins: 'left join municipalities m on m.code = u.municipality',
    columns: {
      code: 'u.code',
      title: 'u.title',
      kind: 'u.kind::event_kind',
      level: 'u.level::level',
      municipality_id: 'm.id',
      start: 'u.start',
      end: 'u."end"',
      audience: 'u.audience::event_audience[]',
    },
    conflict: ['code'],
  },
  participations: {
    table: 'participations',
    inputs: { event: 'text', person: 'text', role: 'text', attended: 'bool' },
    joins: `join events e on e.code = u.event ${person('p', 'person')}`,
    columns: { event_id: 'e.id', person_id: 'p.id', role: 'u.role::participation_role', attended: 'u.attended' },
    conflict: ['event_id', 'person_id'],
  },
  consultations: {
    table: 'consultations',
    inputs: { code: 'text', requester: 'text', date: 'date', assignee: 'text', assigneeLevel: 'text', resolvedOn: 'date', outcome: 'text' },
    joins: `${person('r', 'requester')} ${person('a', 'assignee', true)}`,
    columns: {
      code: 'u.code',
      requester_id: 'r.id',
      date: 'u.date',
      assignee_id: 'a.id',
      assignee_level: 'u."assigneeLevel"::level',
      resolved_on: 'u."resolvedOn"',
      outcome: 'u.outcome::consultation_outcome',
    },
    conflict: ['code'],
  },
  practices: {
    table: 'practices',
    inputs: { code: 'text', title: 'text', status: 'text', publishedOn: 'date' },
    columns: { code: 'u.code', title: 'u.title', status: 'u.status::practice_status', published_on: 'u."publishedOn"' },
    conflict: ['code'],
  },
  practiceAdoptions: {
    table: 'practice_adoptions',
    inputs: { practice: 'text', person: 'text', date: 'date' },
    joins: `join practices pr on pr.code = u.practice ${person('p', 'person')}`,
    columns: { practice_id: 'pr.id', person_id: 'p.id', date: 'u.date' },
    conflict: ['practice_id', 'person_id'],
  },
};

/** Children that belong to a record of a list and are replaced with it as a whole. */
const owned: Partial<Record<ExchangeList, { spec: OwnedSpec; rows: (record: Row) => Row[] }>> = {
  diagnostics: {
    spec: {
      parent: 'diagnostics',
      child: 'deficits',
      fk: 'diagnostic_id',
      inputs: { competency: 'text', level: 'text' },
      columns: { competency: 'u.competency', level: 'u.level' },
    },
    rows: (d) => ((d.deficits as Row[] | null) ?? []).map((x) => ({ competency: x.competency, level: x.level ?? null })),
  },
  routes: {
    spec: {
      parent: 'routes',
      child: 'route_activities',
      fk: 'route_id',
      inputs: { kind: 'text', programme: 'text', plannedEnd: 'date', completedOn: 'date' },
      joins: 'left join programmes g on g.code = u.programme',
      columns: { kind: 'u.kind::activity_kind', programme_id: 'g.id', planned_end: 'u."plannedEnd"', completed_on: 'u."completedOn"' },
    },
    rows: (r) =>
      ((r.activities as Row[] | null) ?? []).map((a) => ({
        kind: a.kind,
        programme: a.programme ?? null,
        plannedEnd: a.plannedEnd ?? null,
        completedOn: a.completedOn ?? null,
      })),
  },
  practices: {
    spec: {
      parent: 'practices',
      child: 'practice_authors',
      fk: 'practice_id',
      inputs: { person: 'text' },
      joins: person('p', 'person'),
      columns: { person_id: 'p.id' },
    },
    rows: (p) => (p.authors as string[]).map((code) => ({ person: code })),
  },
};

export interface ListCounts {
  total: number;
  created: number;
  updated: number;
}

/** Writes every list in dependency order; the caller holds the transaction. */
export async function writeLists(tx: Executor, pkg: ExchangePackage): Promise<Record<ExchangeList, ListCounts>> {
  const counts = {} as Record<ExchangeList, ListCounts>;
  for (const list of exchangeLists) {
    const rows = pkg[list] as unknown as Row[];
    const result = await upsert(tx, specs[list], rows);
    let updated = result.updated;
    const children = owned[list];
    if (children) {
      const flat = rows.flatMap((record) => children.rows(record).map((child, position) => ({ ...child, parent: record.code, position })));
      const changed = await replaceOwned(
        tx,
        children.spec,
        rows.map((r) => r.code as string),
        flat,
      );
      const already = new Set([...result.createdIds, ...result.updatedIds]);
      const onlyChildren = changed.filter((id) => !already.has(id));
      await touch(tx, specs[list].table, onlyChildren);
      updated += onlyChildren.length;
    }
    counts[list] = { total: rows.length, created: result.created, updated };
  }
  return counts;
}
