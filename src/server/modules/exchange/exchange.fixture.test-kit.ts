// A small package that uses every field of every list (values, nulls and absent fields, arrays,
// every enum code somewhere), and the form an export gives it back in.
import * as e from '../../../shared/enums.js';
import { exchangeLists, type ExchangeList, type ExchangePackage, type ExchangePackageInput } from '../../../shared/exchange.js';
import { listRules } from './exchange.validate.js';

const pick = <T>(values: readonly T[], i: number): T => values[i % values.length]!;
const pad = (n: number) => String(n).padStart(2, '0');

export function exchangeFixture(): ExchangePackageInput {
  const people = Array.from({ length: 8 }, (_, i) => `P${pad(i + 1)}`);
  const orgs = e.organizationKind.codes.map((_, i) => `O${i + 1}`);
  return {
    format: 'metodset-exchange',
    version: 1,
    region: { code: 'R-TEST', name: 'Тестовая область' },
    municipalities: [
      { code: 'M1', name: 'Городской округ «Первый»' },
      { code: 'M2', name: 'Второй муниципальный район' },
    ],
    organizations: e.organizationKind.codes.map((kind, i) => ({
      code: orgs[i]!,
      municipality: i < 4 ? 'M1' : 'M2',
      name: `Организация № ${i + 1} (${kind})`,
      kind,
      ...(i === 2 ? {} : { flags: i === 3 ? null : i === 4 ? [] : e.organizationFlag.codes.filter((_, j) => j % 3 === i % 3) }),
    })),
    people: people.map((code, i) => ({
      code,
      lastName: pick(['Иванова', 'Петров', 'Сидорова', 'Ёлкин'], i),
      firstName: pick(['Мария', 'Иван', 'Ольга', 'Пётр'], i),
      ...(i % 3 === 0 ? {} : { middleName: i % 3 === 1 ? 'Сергеевна' : null }),
      ...(i % 2 ? { birthDate: `19${80 + i}-0${(i % 9) + 1}-1${i}`, careerStart: `20${pad(5 + i)}-09-01` } : { birthDate: null }),
      ...(i < 3 ? { email: `person${i}@example.ru` } : {}),
    })),
    employments: [
      ...people.map((person, i) => ({
        person,
        organization: orgs[i % orgs.length]!,
        position: i % 3 === 2 ? 'Директор' : 'Учитель',
        category: i % 3 === 2 ? ('manager' as const) : ('teacher' as const),
        start: `201${i}-09-01`,
        ...(i % 2 ? { end: `202${i % 5}-06-30` } : {}),
        ...(i === 0 ? { subjects: ['Математика', 'ИЗО "живопись" \\ графика', 'Физика, астрономия'] } : i === 1 ? { subjects: null } : {}),
        ...(i === 3 ? { type: 'main' as const, personnelNumber: '0003' } : i === 4 ? { type: null } : {}),
      })),
      // A part-timer: the same person, organization, position and start as a main job, told apart by the type.
      {
        person: people[0]!,
        organization: orgs[0]!,
        position: 'Учитель',
        category: 'teacher' as const,
        start: '2010-09-01',
        type: 'internal_part_time' as const,
        personnelNumber: '0100',
      },
    ],
    attestations: [
      { person: 'P01', category: 'first', date: '2022-05-10' },
      { person: 'P01', category: 'highest', date: '2025-05-10' },
      { person: 'P02', category: 'highest', date: '2023-01-15' },
      { person: 'P02', category: 'methodist', date: '2024-02-01' },
      { person: 'P03', category: 'mentor', date: '2024-03-01' },
      { person: 'P04', category: 'conformity', date: '2024-04-01' },
    ],
    activeMemberships: e.activeKind.codes.flatMap((kind, i) =>
      e.activeLevel.codes.map((level, j) => ({
        person: people[i * 2 + j]!,
        kind,
        level,
        start: '2021-09-01',
        ...(j ? { end: '2024-08-31' } : {}),
      })),
    ),
    diagnostics: [
      {
        code: 'D1',
        person: 'P01',
        date: '2023-10-01',
        deficits: [{ competency: 'Формирование функциональной грамотности', level: 'высокий' }, { competency: 'Работа с детьми с ОВЗ' }],
      },
      { code: 'D2', person: 'P02', date: '2023-10-02' },
      { code: 'D3', person: 'P03', date: '2024-02-29', deficits: [] },
      { code: 'D4', person: 'P04', date: '2024-03-01', deficits: null },
    ],
    programmes: [
      { code: 'G1', title: 'Функциональная грамотность: практикум', hours: 72, federalRegistry: true, forManagementTeams: false },
      { code: 'G2', title: 'Управление школой' },
      { code: 'G3', title: 'Школа современного учителя', hours: null, federalRegistry: null, forManagementTeams: true },
    ],
    completions: [
      { person: 'P01', programme: 'G1', start: '2023-11-01', end: '2023-12-01' },
      { person: 'P01', programme: 'G1', end: '2024-12-01', start: null },
      { person: 'P03', programme: 'G2', end: '2024-03-15' },
    ],
    routes: e.routeStatus.codes.map((status, i) => ({
      code: `RT${i + 1}`,
      person: people[i]!,
      status,
      ...(i % 2 ? {} : { start: '2024-01-10', end: i === 0 ? null : '2024-12-20' }),
      ...(i < 3 ? { methodist: 'P08' } : {}),
      ...(i === 0 ? { diagnostic: 'D1' } : i === 1 ? { diagnostic: null } : {}),
      ...(i === 4
        ? {}
        : {
            activities: e.activityKind.codes
              .filter((_, j) => j % 4 === i)
              .map((kind, j) => ({
                kind,
                ...(kind === 'course' ? { programme: 'G1', plannedEnd: '2024-05-01' } : { programme: null }),
                ...(j ? { completedOn: '2024-04-01' } : {}),
              })),
          }),
    })),
    mentoringPairs: [
      { mentor: 'P03', mentee: 'P04', organization: 'O1', start: '2022-09-01' },
      { mentor: 'P05', mentee: 'P06', start: '2023-09-01', end: '2024-06-01', organization: null },
    ],
    communities: e.communityKind.codes.map((kind, i) => ({
      code: `C${i + 1}`,
      name: `Сообщество ${i + 1}`,
      kind,
      level: pick(e.communityLevel.codes, i),
      ...(i % 3 === 1
        ? { municipality: pick(['M1', 'M2'], i) }
        : i % 3 === 0
          ? { organization: orgs[i % orgs.length]!, municipality: null }
          : {}),
      ...(i % 2 ? { start: '2020-01-01', end: i === 1 ? null : '2026-12-31' } : {}),
    })),
    communityMembers: [
      { community: 'C1', person: 'P01', role: 'leader', start: '2021-01-01' },
      { community: 'C1', person: 'P02', role: 'member', start: '2021-01-01', end: '2022-01-01' },
      { community: 'C2', person: 'P02', role: 'member', start: '2023-01-01', end: null },
    ],
    events: e.eventKind.codes.map((kind, i) => ({
      code: `E${pad(i + 1)}`,
      title: `Мероприятие ${i + 1}`,
      kind,
      level: pick(e.level.codes, i),
      ...(i % 2 ? { municipality: pick(['M1', 'M2'], i) } : {}),
      start: `2024-0${(i % 9) + 1}-15`,
      ...(i % 3 ? { end: `2024-0${(i % 9) + 1}-16` } : {}),
      ...(i % 4 === 3 ? {} : { audience: e.eventAudience.codes.filter((_, j) => j <= i % 4) }),
    })),
    participations: e.participationRole.codes.map((role, i) => ({ event: 'E01', person: people[i]!, role, attended: i % 2 === 0 })),
    consultations: [
      ...e.consultationOutcome.codes.map((outcome, i) => ({
        code: `K${i + 1}`,
        requester: people[i]!,
        date: '2024-02-01',
        assignee: 'P08',
        assigneeLevel: pick(e.level.codes, i + 1),
        resolvedOn: '2024-02-10',
        outcome,
      })),
      { code: 'K4', requester: 'P04', date: '2024-03-01', assigneeLevel: 'school', assignee: null },
    ],
    practices: e.practiceStatus.codes.map((status, i) => ({
      code: `PR${i + 1}`,
      title: `Практика ${i + 1}`,
      authors: i === 3 ? [] : people.slice(i, i + 2).reverse(),
      status,
      ...(status === 'published' ? { publishedOn: '2024-06-01' } : i === 0 ? { publishedOn: null } : {}),
    })),
    practiceAdoptions: [
      { practice: 'PR3', person: 'P05', date: '2024-09-01' },
      { practice: 'PR3', person: 'P06', date: '2024-09-02' },
    ],
  };
}

/** Fields each list writes: nulls for absent scalars, [] for absent lists, false for absent flags. */
const fields: Record<ExchangeList, string[]> = {
  municipalities: ['code', 'name'],
  organizations: ['code', 'municipality', 'name', 'kind', 'flags[]'],
  people: ['code', 'lastName', 'firstName', 'middleName', 'birthDate', 'careerStart', 'email'],
  employments: ['person', 'organization', 'position', 'category', 'start', 'end', 'subjects[]', 'type=main', 'personnelNumber'],
  attestations: ['person', 'category', 'date'],
  activeMemberships: ['person', 'kind', 'level', 'start', 'end'],
  diagnostics: ['code', 'person', 'date', 'deficits[]'],
  programmes: ['code', 'title', 'hours', 'federalRegistry?', 'forManagementTeams?'],
  completions: ['person', 'programme', 'start', 'end'],
  routes: ['code', 'person', 'status', 'start', 'end', 'methodist', 'diagnostic', 'activities[]'],
  mentoringPairs: ['mentor', 'mentee', 'organization', 'start', 'end'],
  communities: ['code', 'name', 'kind', 'level', 'municipality', 'organization', 'start', 'end'],
  communityMembers: ['community', 'person', 'role', 'start', 'end'],
  events: ['code', 'title', 'kind', 'level', 'municipality', 'start', 'end', 'audience[]'],
  participations: ['event', 'person', 'role', 'attended'],
  consultations: ['code', 'requester', 'date', 'assignee', 'assigneeLevel', 'resolvedOn', 'outcome'],
  practices: ['code', 'title', 'authors[]', 'status', 'publishedOn'],
  practiceAdoptions: ['practice', 'person', 'date'],
};

type Row = Record<string, unknown>;

function fill(row: Row, list: ExchangeList): Row {
  const out: Row = {};
  for (const spec of fields[list]) {
    const [name, fallback] = spec.replace(/[[\]?]/g, '').split('=') as [string, string | undefined];
    const value = row[name];
    if (fallback !== undefined) out[name] = value ?? fallback;
    else if (spec.endsWith('[]')) out[name] = ((value as unknown[] | null | undefined) ?? []).map((item) => nested(list, item));
    else if (spec.endsWith('?')) out[name] = value ?? false;
    else out[name] = value ?? null;
  }
  return out;
}

function nested(list: ExchangeList, item: unknown): unknown {
  const r = item as Row;
  if (list === 'diagnostics') return { competency: r.competency, level: r.level ?? null };
  if (list === 'routes')
    return { kind: r.kind, programme: r.programme ?? null, plannedEnd: r.plannedEnd ?? null, completedOn: r.completedOn ?? null };
  return item;
}

const sortKey = (list: ExchangeList, row: Row) => (listRules[list].key ?? ['code']).map((field) => String(row[field]));

function compare(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** The package as an export writes it: every field explicit, every list in export order. */
export function normalizePackage(pkg: ExchangePackageInput): ExchangePackage {
  const out: Record<string, unknown> = {
    format: pkg.format,
    version: pkg.version,
    region: { code: pkg.region.code, name: pkg.region.name },
  };
  for (const list of exchangeLists) {
    const rows = ((pkg[list] ?? []) as Row[]).map((row) => fill(row, list));
    out[list] = rows.sort((a, b) => compare(sortKey(list, a), sortKey(list, b)));
  }
  return out as unknown as ExchangePackage;
}
