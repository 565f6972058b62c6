// Small hand-made exchange packages for the indicator tests: each block is one municipality whose
// records exercise a few indicators and their edges, for the period 2024-01-01 … 2024-12-31.
import type { ExchangePackageInput } from '../../../shared/exchange.js';

export const P = { from: '2024-01-01', to: '2024-12-31' };
export const region = { code: 'R-MON', name: 'Тестовая область' };

type Lists = Omit<ExchangePackageInput, 'format' | 'version' | 'region'>;
export const pkg = (lists: Lists): ExchangePackageInput => ({ format: 'metodset-exchange', version: 1, region, ...lists });

export const person = (code: string, birthDate: string | null = '1980-01-01', careerStart: string | null = '2005-09-01') => ({
  code,
  lastName: `Фамилия-${code}`,
  firstName: 'Имя',
  birthDate,
  careerStart,
});
export const job = (
  p: string,
  organization: string,
  category: 'teacher' | 'manager' = 'teacher',
  start = '2010-09-01',
  end: string | null = null,
) => ({
  person: p,
  organization,
  position: category === 'teacher' ? 'Учитель' : 'Директор',
  category,
  start,
  end,
});
const org = (code: string, municipality: string, kind = 'school', flags: string[] = []) =>
  ({ code, municipality, name: `Организация ${code}`, kind, flags }) as NonNullable<Lists['organizations']>[number];
const event = (code: string, kind: string, level: string, start: string, extra: Record<string, unknown> = {}) =>
  ({ code, title: `Мероприятие ${code}`, kind, level, start, ...extra }) as NonNullable<Lists['events']>[number];
const attend = (e: string, p: string, role = 'participant', attended = true) =>
  ({ event: e, person: p, role, attended }) as NonNullable<Lists['participations']>[number];
const community = (code: string, kind: string, level: string, extra: Record<string, unknown>) =>
  ({ code, name: `Сообщество ${code}`, kind, level, ...extra }) as NonNullable<Lists['communities']>[number];

/** A: population edges (birthdays, career starts, employment ends), organizations and flags, dated facts. */
export const blockA = pkg({
  municipalities: [{ code: 'MA', name: 'Район А' }],
  organizations: [
    org('A-S1', 'MA', 'school', ['mentoring_model']),
    org('A-S2', 'MA', 'kindergarten', ['staff_plan', 'methodical_service']),
    org('A-MC', 'MA', 'methodical_center', ['staff_plan', 'mentoring_model', 'methodical_service']),
  ],
  people: [
    person('A1', '1989-12-31', '2023-01-01'), // 35 exactly on E: not young
    person('A2', '1995-01-01', '2021-12-31'), // career start exactly three years before E: not young
    person('A3', '1990-01-01', '2022-01-01'), // young
    person('A4', null, '2023-09-01'), // no birth date: not young
    person('A5'),
    person('A6'),
    person('A7'),
    person('A8'),
    person('A9'),
  ],
  employments: [
    job('A1', 'A-S1'),
    job('A1', 'A-S2'), // employed twice in the scope: once
    job('A2', 'A-S1'),
    job('A3', 'A-S1'),
    job('A4', 'A-S2'),
    job('A5', 'A-S1', 'teacher', '2010-09-01', '2024-12-31'), // ends on E: counted
    job('A6', 'A-S1', 'teacher', '2010-09-01', '2024-12-30'), // ends the day before: not
    job('A7', 'A-S1', 'manager'),
    job('A8', 'A-MC'), // a methodical centre's people are staff
    job('A9', 'A-S1', 'teacher', '2025-01-01'),
  ],
  attestations: [
    { person: 'A1', category: 'first', date: '2024-01-01' },
    { person: 'A2', category: 'highest', date: '2024-12-31' },
    { person: 'A3', category: 'first', date: '2025-01-01' },
    { person: 'A6', category: 'first', date: '2024-06-01' },
  ],
  diagnostics: [
    { code: 'A-D1', person: 'A7', date: '2024-03-01' },
    { code: 'A-D2', person: 'A5', date: '2023-12-31' },
  ],
  programmes: [{ code: 'A-PRG', title: 'Курсы ПК' }],
  completions: [
    { person: 'A7', programme: 'A-PRG', end: '2024-06-30' },
    { person: 'A1', programme: 'A-PRG', start: '2024-11-01', end: '2025-01-10' },
    { person: 'A2', programme: 'A-PRG', end: '2024-01-01' },
  ],
});

/** B: events on the edges of the period, attendance, roles, levels, consilia. */
export const blockB = pkg({
  municipalities: [{ code: 'MB', name: 'Район Б' }],
  organizations: [org('B-S1', 'MB')],
  people: [person('B1', '1995-05-05', '2023-09-01'), person('B2'), person('B3', '1996-05-05', '2024-09-01'), person('B4'), person('B5')],
  employments: [job('B1', 'B-S1'), job('B2', 'B-S1'), job('B3', 'B-S1'), job('B4', 'B-S1'), job('B5', 'B-S1', 'manager')],
  events: [
    event('B-E1', 'seminar', 'municipal', '2024-01-01', { municipality: 'MB', audience: ['young_teachers'] }),
    event('B-E2', 'conference', 'regional', '2024-12-31'),
    event('B-E3', 'seminar', 'municipal', '2025-01-01', { municipality: 'MB', audience: ['young_teachers'] }),
    event('B-E4', 'seminar', 'school', '2024-05-05'),
    event('B-E5', 'project', 'municipal', '2023-09-01', { end: '2024-01-01' }),
    event('B-E6', 'project', 'regional', '2023-01-01', { end: '2023-12-31' }),
    event('B-E7', 'conference', 'federal', '2024-03-03'),
    // Speaking counts at the municipal level only; an olympiad is for students, not a methodical event (000 §4.2–4.4).
    event('B-E8', 'seminar', 'municipal', '2024-06-06', { municipality: 'MB' }),
    event('B-E9', 'olympiad', 'municipal', '2024-04-04', { municipality: 'MB' }),
    event('B-C1', 'consilium', 'municipal', '2024-12-31', { municipality: 'MB' }),
    event('B-C2', 'consilium', 'municipal', '2025-01-01', { municipality: 'MB' }),
    event('B-C3', 'consilium', 'regional', '2024-05-01', { municipality: 'MB' }),
    event('B-C4', 'consilium', 'municipal', '2024-05-01'),
  ],
  participations: [
    attend('B-E1', 'B1'),
    attend('B-E2', 'B2', 'speaker'),
    attend('B-E1', 'B3', 'participant', false),
    attend('B-E3', 'B3'),
    attend('B-E4', 'B3', 'speaker'),
    attend('B-E7', 'B4', 'speaker'),
    attend('B-E5', 'B4'),
    attend('B-E5', 'B5'),
    attend('B-E6', 'B2'),
    attend('B-E8', 'B1', 'speaker'),
    attend('B-E9', 'B3'),
    attend('B-E9', 'B4'),
  ],
});

/** C: routes, diagnostics, programmes, the methodical active, mentoring and communities. */
export const blockC = pkg({
  municipalities: [{ code: 'MC', name: 'Район В' }],
  organizations: [org('C-S1', 'MC'), org('C-S2', 'MC')],
  people: [
    person('C1'),
    person('C2', '1996-01-01', '2023-09-01'),
    person('C3'),
    person('C4', '1997-01-01', '2024-09-01'),
    person('C5', '1998-01-01', '2024-09-01'),
    person('C6', '1970-01-01', '2024-09-01'),
    person('C7'),
    person('C8'),
    person('C9'),
    person('C10'),
  ],
  employments: [
    ...['C1', 'C2', 'C3'].map((p) => job(p, 'C-S1')),
    ...['C4', 'C5', 'C6'].map((p) => job(p, 'C-S2')),
    job('C9', 'C-S1', 'manager'),
    job('C10', 'C-S2', 'manager'),
  ],
  activeMemberships: [
    { person: 'C7', kind: 'methodical', level: 'regional', start: '2020-01-01' },
    { person: 'C8', kind: 'methodical', level: 'municipal', start: '2020-01-01' },
    { person: 'C3', kind: 'expert', level: 'municipal', start: '2024-12-31' },
    { person: 'C5', kind: 'methodical', level: 'regional', start: '2020-01-01', end: '2024-12-30' },
  ],
  diagnostics: [
    { code: 'C-D1', person: 'C1', date: '2023-05-01' },
    { code: 'C-D2', person: 'C4', date: '2023-01-01' },
    { code: 'C-D3', person: 'C3', date: '2023-06-01' },
  ],
  programmes: [
    { code: 'C-PF', title: 'Программа из реестра', federalRegistry: true },
    { code: 'C-PN', title: 'Программа не из реестра' },
    { code: 'C-PM', title: 'Программа для управленческих команд', forManagementTeams: true },
  ],
  completions: [
    { person: 'C1', programme: 'C-PF', end: '2024-10-01' },
    { person: 'C3', programme: 'C-PF', end: '2024-05-01' },
    { person: 'C2', programme: 'C-PF', end: '2024-05-01' },
    { person: 'C4', programme: 'C-PN', end: '2024-05-01' },
    { person: 'C9', programme: 'C-PM', end: '2024-04-01' },
    { person: 'C10', programme: 'C-PM', end: '2023-12-31' },
  ],
  routes: [
    {
      code: 'C-R1',
      person: 'C1',
      status: 'agreed',
      start: '2024-03-01',
      methodist: 'C7',
      diagnostic: 'C-D1',
      activities: [{ kind: 'course', programme: 'C-PF' }],
    },
    { code: 'C-R2', person: 'C2', status: 'in_progress' }, // no start: not live
    {
      code: 'C-R3',
      person: 'C3',
      status: 'draft',
      start: '2024-01-01',
      diagnostic: 'C-D3',
      activities: [{ kind: 'course', programme: 'C-PF' }],
    },
    {
      code: 'C-R4',
      person: 'C4',
      status: 'completed',
      start: '2023-01-01',
      end: '2024-01-01',
      diagnostic: 'C-D2',
      activities: [{ kind: 'course', programme: 'C-PN' }],
    },
    { code: 'C-R5', person: 'C5', status: 'cancelled', start: '2024-01-01' },
    { code: 'C-R6', person: 'C6', status: 'agreed', start: '2025-01-01' },
    { code: 'C-R7', person: 'C6', status: 'agreed', start: '2022-01-01', end: '2023-12-31' },
    {
      code: 'C-R8',
      person: 'C2',
      status: 'agreed',
      start: '2024-02-01',
      methodist: 'C8',
      activities: [{ kind: 'course', programme: 'C-PF' }],
    },
  ],
  mentoringPairs: [
    { mentor: 'C1', mentee: 'C2', start: '2024-12-31' },
    { mentor: 'C3', mentee: 'C5', start: '2022-01-01', end: '2023-12-31' },
    { mentor: 'C7', mentee: 'C6', start: '2020-01-01' },
  ],
  communities: [
    community('C-CM1', 'association', 'municipal', { municipality: 'MC', start: '2020-01-01' }),
    community('C-CM2', 'council', 'municipal', { municipality: 'MC', start: '2020-01-01' }),
    community('C-CM3', 'young_teacher_school', 'municipal', { municipality: 'MC', start: '2024-01-01' }),
    community('C-CM4', 'association', 'regional', { municipality: 'MC', start: '2020-01-01' }),
    community('C-CM5', 'creative_group', 'school', { organization: 'C-S2', start: '2024-12-31' }),
    community('C-CM6', 'association', 'municipal', { municipality: 'MC' }), // no start: never overlaps
    community('C-CM7', 'virtual', 'municipal', { municipality: 'MC', start: '2020-01-01', end: '2023-12-31' }),
    community('C-CM8', 'association', 'municipal', { municipality: 'MA', start: '2020-01-01' }),
  ],
  communityMembers: [
    { community: 'C-CM1', person: 'C3', role: 'member', start: '2024-01-01' },
    { community: 'C-CM2', person: 'C4', role: 'member', start: '2020-01-01' },
    { community: 'C-CM3', person: 'C5', role: 'member', start: '2024-06-01' },
    { community: 'C-CM1', person: 'C6', role: 'member', start: '2020-01-01', end: '2023-12-31' },
  ],
});

/** D: consultations, practices and their adoption; outsider X is staff nowhere. */
export const blockD = pkg({
  municipalities: [{ code: 'MD', name: 'Район Г' }],
  organizations: [org('D-S1', 'MD')],
  people: [person('D1'), person('D2'), person('D3'), person('D4'), person('D5'), person('DX')],
  employments: [...['D1', 'D2', 'D3', 'D4'].map((p) => job(p, 'D-S1')), job('D5', 'D-S1', 'manager')],
  // Only adopters who took part in a municipal or regional project count (000 §4.2): D5 did, D2 did not.
  events: [event('D-P1', 'project', 'municipal', '2024-02-01', { municipality: 'MD', end: '2024-10-01' })],
  participations: [attend('D-P1', 'D5')],
  consultations: [
    { code: 'D-K1', requester: 'D1', date: '2024-02-01', assigneeLevel: 'municipal', outcome: 'full' },
    { code: 'D-K2', requester: 'D2', date: '2024-03-01', assigneeLevel: 'municipal', outcome: 'partial' },
    { code: 'D-K3', requester: 'D2', date: '2023-12-31', assigneeLevel: 'municipal', outcome: 'full' },
    { code: 'D-K4', requester: 'D3', date: '2024-04-01', assigneeLevel: 'regional', outcome: 'full' },
    { code: 'D-K5', requester: 'D4', date: '2025-01-01', assigneeLevel: 'municipal', outcome: 'full' },
    { code: 'D-K6', requester: 'D5', date: '2024-04-01', assigneeLevel: 'municipal', outcome: 'full' },
  ],
  practices: [
    { code: 'D-PR1', title: 'Практика 1', authors: ['D1', 'DX'], status: 'published', publishedOn: '2024-12-31' },
    { code: 'D-PR2', title: 'Практика 2', authors: ['D5'], status: 'published', publishedOn: '2024-05-01' },
    { code: 'D-PR3', title: 'Практика 3', authors: ['D1'], status: 'published', publishedOn: '2025-01-01' },
    { code: 'D-PR4', title: 'Практика 4', authors: ['DX'], status: 'published', publishedOn: '2024-05-01' },
    { code: 'D-PR5', title: 'Практика 5', authors: ['D2'], status: 'submitted' },
  ],
  practiceAdoptions: [
    { practice: 'D-PR4', person: 'D2', date: '2024-01-01' },
    { practice: 'D-PR1', person: 'D5', date: '2024-12-31' },
    { practice: 'D-PR2', person: 'D3', date: '2023-12-31' },
    { practice: 'D-PR2', person: 'DX', date: '2024-05-01' },
  ],
});

/** E: an organization with nobody employed: every people share has a zero denominator. */
export const blockE = pkg({
  municipalities: [{ code: 'ME', name: 'Район Д' }],
  organizations: [org('E-S1', 'ME', 'school', ['staff_plan'])],
});

/** A separate region: a person in two municipalities, regional communities, a 29 February birthday. */
export const twoMunicipalities: ExchangePackageInput = {
  format: 'metodset-exchange',
  version: 1,
  region: { code: 'R-TWO', name: 'Вторая область' },
  municipalities: [
    { code: 'RA', name: 'Район 1' },
    { code: 'RB', name: 'Район 2' },
  ],
  organizations: [org('RA-S', 'RA'), org('RB-S', 'RB')],
  people: [person('T1'), person('T2'), person('T3', '1988-02-29', '2022-01-01')],
  employments: [job('T1', 'RA-S'), job('T1', 'RB-S'), job('T2', 'RA-S'), job('T3', 'RB-S')],
  attestations: [{ person: 'T1', category: 'first', date: '2024-05-01' }],
  events: [
    event('R-C1', 'consilium', 'municipal', '2024-05-01', { municipality: 'RA' }),
    event('R-E1', 'seminar', 'municipal', '2023-02-01', { municipality: 'RB' }),
  ],
  participations: [attend('R-E1', 'T3')],
  communities: [
    community('R-CM1', 'association', 'regional', { start: '2020-01-01' }),
    community('R-CM2', 'association', 'regional', { municipality: 'RA', start: '2020-01-01' }),
    community('R-CM3', 'association', 'municipal', { municipality: 'RA', start: '2020-01-01' }),
    community('R-CM4', 'council', 'regional', { start: '2020-01-01' }),
  ],
};
