import { describe, expect, it } from 'vitest';
import { exchangePackage, type ExchangePackage, type ExchangePackageInput } from '../../../../shared/exchange.js';
import { indicatorCodes, type IndicatorCode } from '../../../../shared/indicators.js';
import { percentage, plusDays, plusYears, referenceIndicators } from './reference.js';

// Period P = [B, E] of every case below.
const B = '2025-01-01';
const E = '2025-12-31';

/** Region r with municipalities m1, m2; school s1 in m1, school s2 in m2, methodical centre c1 in m1. */
function pkg(extra: Partial<ExchangePackageInput> = {}): ExchangePackage {
  return exchangePackage.parse({
    format: 'metodset-exchange',
    version: 1,
    region: { code: 'r', name: 'Область' },
    municipalities: [
      { code: 'm1', name: 'Первый район' },
      { code: 'm2', name: 'Второй район' },
    ],
    organizations: [
      { code: 's1', municipality: 'm1', name: 'Школа 1', kind: 'school', flags: ['staff_plan', 'methodical_service'] },
      { code: 's2', municipality: 'm2', name: 'Школа 2', kind: 'school', flags: [] },
      { code: 'c1', municipality: 'm1', name: 'ИМЦ', kind: 'methodical_center', flags: ['staff_plan', 'methodical_service'] },
    ],
    ...extra,
  });
}

const person = (code: string, birthDate: string | null = '1980-05-05', careerStart: string | null = '2005-09-01') => ({
  code,
  lastName: 'Иванова',
  firstName: 'Анна',
  birthDate,
  careerStart,
});
const job = (
  p: string,
  organization: string,
  category: 'teacher' | 'manager' = 'teacher',
  start = '2010-09-01',
  end: string | null = null,
) => ({
  person: p,
  organization,
  position: category === 'teacher' ? 'учитель' : 'директор',
  category,
  start,
  end,
});
const attend = (event: string, p: string, role: 'participant' | 'speaker' = 'participant', attended = true) => ({
  event,
  person: p,
  role,
  attended,
});

function indicator(p: ExchangePackage, code: IndicatorCode, scopeCode = 'r', from = B, to = E) {
  const found = referenceIndicators(p, { scopeCode, from, to }).find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
}

describe('reference helpers', () => {
  it('adds years the way PostgreSQL does: 29 February becomes 28 February', () => {
    expect(plusYears('1992-02-29', 35)).toBe('2027-02-28');
    expect(plusYears('1992-02-29', 32)).toBe('2024-02-29');
    expect(plusYears('1990-12-31', 35)).toBe('2025-12-31');
    expect(plusDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(plusDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('rounds to one decimal, half away from zero, and gives null for a zero denominator', () => {
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(1, 8)).toBe(12.5);
    expect(percentage(1, 16)).toBe(6.3); // 6.25
    expect(percentage(1, 80)).toBe(1.3); // 1.25
    expect(percentage(0, 5)).toBe(0);
    expect(percentage(5, 5)).toBe(100);
    expect(percentage(0, 0)).toBeNull();
  });
});

describe('referenceIndicators', () => {
  it('answers all 27 indicators in catalog order, counts without a denominator', () => {
    const result = referenceIndicators(pkg(), { scopeCode: 'r', from: B, to: E });
    expect(result.map((r) => r.code)).toEqual(indicatorCodes);
    expect(result.find((r) => r.code === 'community_count')).toEqual({
      code: 'community_count',
      value: 0,
      numerator: 0,
      denominator: null,
    });
    expect(result.find((r) => r.code === 'teacher_iom_share')).toEqual({
      code: 'teacher_iom_share',
      value: null,
      numerator: 0,
      denominator: 0,
    });
    expect(() => referenceIndicators(pkg(), { scopeCode: 'nope', from: B, to: E })).toThrow();
  });

  it('young: a 35th birthday exactly on E is not young, the day after is', () => {
    const p = pkg({
      people: [person('old', '1990-12-31', '2024-01-01'), person('young', '1991-01-01', '2024-01-01')],
      employments: [job('old', 's1'), job('young', 's1')],
    });
    expect(indicator(p, 'young_activity_share')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('young: a career start exactly three years before E is not young, a day later is', () => {
    const p = pkg({
      people: [person('a', '1995-01-01', '2022-12-31'), person('b', '1995-01-01', '2023-01-01')],
      employments: [job('a', 's1'), job('b', 's1')],
      events: [{ code: 'e1', title: 'Семинар', kind: 'seminar', level: 'municipal', start: B }],
      participations: [attend('e1', 'a'), attend('e1', 'b')],
    });
    expect(indicator(p, 'young_activity_share')).toEqual({ code: 'young_activity_share', value: 100, numerator: 1, denominator: 1 });
  });

  it('young: a 29 February birthday turns 35 on 28 February (PostgreSQL interval arithmetic)', () => {
    const p = pkg({ people: [person('leap', '1992-02-29', '2025-09-01')], employments: [job('leap', 's1')] });
    expect(indicator(p, 'young_activity_share', 'r', '2027-01-01', '2027-02-27').denominator).toBe(1);
    expect(indicator(p, 'young_activity_share', 'r', '2027-01-01', '2027-02-28').denominator).toBe(0);
  });

  it('young: without a birth date or a career start nobody is young', () => {
    const p = pkg({
      people: [person('nb', null, '2024-01-01'), person('nc', '1999-01-01', null)],
      employments: [job('nb', 's1'), job('nc', 's1')],
    });
    expect(indicator(p, 'young_teacher_support_share')).toMatchObject({ value: null, denominator: 0 });
    expect(indicator(p, 'attestation_share').denominator).toBe(2);
  });

  it('staff: an employment ending on E counts; ending the day before or starting after E does not', () => {
    const p = pkg({
      people: [person('onE'), person('beforeE'), person('afterE')],
      employments: [
        job('onE', 's1', 'teacher', '2010-01-01', E),
        job('beforeE', 's1', 'teacher', '2010-01-01', plusDays(E, -1)),
        job('afterE', 's1', 'teacher', plusDays(E, 1)),
      ],
    });
    expect(indicator(p, 'attestation_share').denominator).toBe(1);
    expect(indicator(p, 'diagnostics_share').denominator).toBe(1);
  });

  it('attestation_share counts the first and highest categories only', () => {
    const p = pkg({
      people: [person('first'), person('methodist'), person('mentor'), person('conformity')],
      employments: [job('first', 's1'), job('methodist', 's1'), job('mentor', 's1'), job('conformity', 's1')],
      attestations: [
        { person: 'first', category: 'first', date: '2025-06-01' },
        { person: 'methodist', category: 'methodist', date: '2025-06-01' },
        { person: 'mentor', category: 'mentor', date: '2025-06-01' },
        { person: 'conformity', category: 'conformity', date: '2025-06-01' },
      ],
    });
    expect(indicator(p, 'attestation_share', 'r')).toMatchObject({ numerator: 1, denominator: 4, value: 25 });
  });

  it('a person in two municipalities counts once for the region and in each municipality', () => {
    const p = pkg({
      people: [person('twice')],
      employments: [job('twice', 's1'), job('twice', 's2'), { ...job('twice', 's1'), position: 'педагог-организатор' }],
      attestations: [{ person: 'twice', category: 'first', date: '2025-06-01' }],
    });
    expect(indicator(p, 'attestation_share', 'r')).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
    expect(indicator(p, 'attestation_share', 'm1')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(indicator(p, 'attestation_share', 'm2')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(indicator(p, 'attestation_share', 's2')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('teachers: a manager is staff but not a teacher; teaching anywhere in the scope makes one', () => {
    const p = pkg({
      people: [person('boss'), person('both')],
      employments: [job('boss', 's1', 'manager'), job('both', 's1', 'manager'), job('both', 's2')],
    });
    expect(indicator(p, 'diagnostics_share', 'm1').denominator).toBe(2);
    expect(indicator(p, 'attestation_share', 'm1').denominator).toBe(0);
    expect(indicator(p, 'attestation_share', 'r').denominator).toBe(1);
  });

  it('a methodical centre is excluded from organization shares and counts, not from staff', () => {
    const p = pkg({ people: [person('m')], employments: [job('m', 'c1')] });
    expect(indicator(p, 'org_staff_plan_share', 'm1')).toEqual({ code: 'org_staff_plan_share', value: 100, numerator: 1, denominator: 1 });
    expect(indicator(p, 'org_staff_plan_share', 'r')).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(indicator(p, 'org_methodical_service_count', 'r')).toEqual({
      code: 'org_methodical_service_count',
      value: 1,
      numerator: 1,
      denominator: null,
    });
    expect(indicator(p, 'org_staff_plan_share', 'c1')).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(indicator(p, 'attestation_share', 'c1').denominator).toBe(1);
  });

  it('events starting on B and on E are in the period, on B-1 and E+1 out', () => {
    const ev = (code: string, start: string) => ({ code, title: code, kind: 'seminar' as const, level: 'regional' as const, start });
    const codes = ['pb', 'pe', 'pb1', 'pe1'];
    const p = pkg({
      people: codes.map((c) => person(c)),
      employments: codes.map((c) => job(c, 's1')),
      events: [ev('eB', B), ev('eE', E), ev('eB1', plusDays(B, -1)), ev('eE1', plusDays(E, 1))],
      participations: [attend('eB', 'pb'), attend('eE', 'pe'), attend('eB1', 'pb1'), attend('eE1', 'pe1')],
    });
    expect(indicator(p, 'event_participation_share')).toEqual({
      code: 'event_participation_share',
      value: 50,
      numerator: 2,
      denominator: 4,
    });
  });

  it('attending means attended = true; speaking counts at the municipal level only (000 §4.2)', () => {
    const ev = (code: string, level: 'school' | 'municipal' | 'regional' | 'federal') => ({
      code,
      title: code,
      kind: 'conference' as const,
      level,
      start: '2025-03-01',
    });
    const p = pkg({
      people: [person('a'), person('b'), person('c'), person('d'), person('e')],
      employments: [job('a', 's1'), job('b', 's1'), job('c', 's1'), job('d', 's1'), job('e', 's1')],
      events: [ev('mun', 'municipal'), ev('reg', 'regional'), ev('fed', 'federal'), ev('sch', 'school')],
      participations: [
        attend('mun', 'a', 'speaker'),
        attend('mun', 'b', 'speaker', false),
        attend('reg', 'c', 'speaker'),
        attend('fed', 'd', 'speaker'),
        attend('sch', 'e', 'speaker'),
      ],
    });
    expect(indicator(p, 'practice_demonstrated_share')).toMatchObject({ value: 20, numerator: 1, denominator: 5 });
  });

  it('methodical events are every kind but olympiads, which are for students (000 §4.3–4.4)', () => {
    const ev = (code: string, kind: 'olympiad' | 'seminar' | 'contest') => ({
      code,
      title: code,
      kind,
      level: 'municipal' as const,
      start: '2025-03-01',
    });
    const p = pkg({
      people: [person('a'), person('b'), person('c')],
      employments: [job('a', 's1'), job('b', 's1'), job('c', 's1')],
      events: [ev('ol', 'olympiad'), ev('se', 'seminar'), ev('co', 'contest')],
      participations: [attend('ol', 'a'), attend('se', 'b'), attend('co', 'c')],
    });
    expect(indicator(p, 'event_participation_share')).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('practice adopters count only when they took part in a municipal or regional project overlapping the period (000 §4.2)', () => {
    const project = (code: string, level: 'municipal' | 'school', start: string, end: string) => ({
      code,
      title: code,
      kind: 'project' as const,
      level,
      start,
      end,
    });
    const p = pkg({
      people: [person('a'), person('b'), person('c'), person('d')],
      employments: [job('a', 's1'), job('b', 's1'), job('c', 's1'), job('d', 's1')],
      events: [
        project('in', 'municipal', '2024-09-01', '2025-01-01'),
        project('sch', 'school', '2025-02-01', '2025-03-01'),
        project('old', 'municipal', '2023-01-01', '2023-12-31'),
      ],
      participations: [attend('in', 'a'), attend('sch', 'b'), attend('old', 'c')],
      practices: [{ code: 'pr', title: 'pr', authors: ['d'], status: 'published', publishedOn: '2024-01-01' }],
      practiceAdoptions: ['a', 'b', 'c', 'd'].map((who) => ({ practice: 'pr', person: who, date: '2025-04-01' })),
    });
    expect(indicator(p, 'practice_adopters_count')).toMatchObject({ numerator: 1, denominator: null });
  });

  it('community_count: regional communities only for the region; councils and undated communities never', () => {
    const c = (code: string, level: 'school' | 'municipal' | 'regional', extra: object = {}) => ({
      code,
      name: code,
      kind: 'association' as const,
      level,
      start: '2020-01-01',
      ...extra,
    });
    const p = pkg({
      communities: [
        c('reg', 'regional'),
        c('regInM1', 'regional', { municipality: 'm1', organization: 's1' }),
        c('mun1', 'municipal', { municipality: 'm1' }),
        c('sch1', 'school', { organization: 's1' }),
        c('sch2', 'school', { municipality: 'm2', organization: 's2' }),
        c('council', 'municipal', { municipality: 'm1', kind: 'council' }),
        c('undated', 'municipal', { municipality: 'm1', start: null }),
        c('ended', 'municipal', { municipality: 'm1', end: plusDays(B, -1) }),
        c('endsOnB', 'municipal', { municipality: 'm1', end: B }),
        c('startsAfter', 'municipal', { municipality: 'm1', start: plusDays(E, 1) }),
      ],
    });
    expect(indicator(p, 'community_count', 'r').value).toBe(6);
    expect(indicator(p, 'community_count', 'm1').value).toBe(3);
    expect(indicator(p, 'community_count', 'm2').value).toBe(1);
    expect(indicator(p, 'community_count', 's1').value).toBe(1);
    expect(indicator(p, 'community_count', 'c1').value).toBe(0);
  });

  it('live routes: agreed, in progress or completed, overlapping P; a route without a start is never live', () => {
    const route = (
      code: string,
      p: string,
      status: 'agreed' | 'in_progress' | 'completed' | 'draft' | 'cancelled',
      start: string | null,
      end: string | null = null,
    ) => ({
      code,
      person: p,
      status,
      start,
      end,
    });
    const codes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const p = pkg({
      people: codes.map((x) => person(x)),
      employments: codes.map((x) => job(x, 's1')),
      routes: [
        route('r1', 'a', 'agreed', E),
        route('r2', 'b', 'completed', '2024-01-01', B),
        route('r3', 'c', 'draft', '2025-02-01'),
        route('r4', 'd', 'in_progress', null, '2025-06-01'),
        route('r5', 'e', 'in_progress', '2024-01-01', plusDays(B, -1)),
        route('r6', 'f', 'cancelled', '2025-02-01'),
      ],
    });
    expect(indicator(p, 'teacher_iom_share')).toMatchObject({ value: 33.3, numerator: 2, denominator: 6 });
  });

  it('zero denominators give null; help_received_share counts among those who asked in P', () => {
    const p = pkg({
      people: [person('a'), person('b'), person('c')],
      employments: [job('a', 's1'), job('b', 's1'), job('c', 's2')],
      consultations: [
        { code: 'k1', requester: 'a', date: B, outcome: 'full', assigneeLevel: 'municipal' },
        { code: 'k2', requester: 'b', date: E, outcome: 'partial', assigneeLevel: 'school' },
        { code: 'k3', requester: 'c', date: plusDays(E, 1), outcome: 'full', assigneeLevel: 'municipal' },
      ],
    });
    expect(indicator(p, 'help_received_share', 'r')).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(indicator(p, 'help_received_share', 'm2')).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(indicator(p, 'individual_help_share', 'r')).toMatchObject({ value: 33.3, numerator: 1, denominator: 3 });
  });

  it('management-team training: the manager works in the organization on E and finished in P', () => {
    const p = pkg({
      people: [person('d1'), person('d2')],
      employments: [job('d1', 's1', 'manager'), job('d2', 's2', 'manager', '2010-01-01', plusDays(E, -1))],
      programmes: [{ code: 'mg', title: 'Управление', forManagementTeams: true }],
      completions: [
        { person: 'd1', programme: 'mg', end: E },
        { person: 'd2', programme: 'mg', end: B },
      ],
    });
    expect(indicator(p, 'org_mgmt_team_pd_share', 'r')).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(indicator(p, 'mgmt_team_pd_count', 'r')).toEqual({ code: 'mgmt_team_pd_count', value: 1, numerator: 1, denominator: null });
    expect(indicator(p, 'staff_pd_share', 'r')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('consilium_count: municipal consilia starting in P, by their municipality; none for an organization', () => {
    const ev = (code: string, municipality: string | null, start = '2025-04-01') => ({
      code,
      title: code,
      kind: 'consilium' as const,
      level: 'municipal' as const,
      municipality,
      start,
    });
    const p = pkg({ events: [ev('k1', 'm1'), ev('k2', 'm2'), ev('k3', 'm1', plusDays(E, 1)), ev('k4', null)] });
    expect(indicator(p, 'consilium_count', 'r').value).toBe(2);
    expect(indicator(p, 'consilium_count', 'm1').value).toBe(1);
    expect(indicator(p, 'consilium_count', 's1').value).toBe(0);
  });

  it('registry programmes count only when an activity of a route based on diagnostics names them', () => {
    const p = pkg({
      people: [person('a'), person('b')],
      employments: [job('a', 's1'), job('b', 's1')],
      diagnostics: [{ code: 'd1', person: 'a', date: '2024-05-01' }],
      programmes: [{ code: 'fr', title: 'Реестровая', federalRegistry: true }],
      completions: [
        { person: 'a', programme: 'fr', end: '2025-05-01' },
        { person: 'b', programme: 'fr', end: '2025-05-01' },
      ],
      routes: [
        {
          code: 'ra',
          person: 'a',
          status: 'completed',
          start: '2024-06-01',
          end: '2024-12-01',
          diagnostic: 'd1',
          activities: [{ kind: 'course', programme: 'fr' }],
        },
        { code: 'rb', person: 'b', status: 'completed', start: '2024-06-01', activities: [{ kind: 'course', programme: 'fr' }] },
      ],
    });
    expect(indicator(p, 'registry_pd_after_diagnostics_share')).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(indicator(p, 'diagnostics_share')).toMatchObject({ numerator: 0, denominator: 2 });
    expect(indicator(p, 'iom_after_diagnostics_share')).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('memberships and pairs overlap P; active memberships must cover E', () => {
    const p = pkg({
      people: ['a', 'b', 'c', 'mentor'].map((x) => person(x)),
      employments: ['a', 'b', 'c'].map((x) => job(x, 's1')),
      activeMemberships: [
        { person: 'a', kind: 'methodical', level: 'regional', start: '2024-01-01', end: E },
        { person: 'b', kind: 'expert', level: 'municipal', start: '2024-01-01', end: plusDays(E, -1) },
      ],
      mentoringPairs: [
        { mentor: 'mentor', mentee: 'b', start: '2024-01-01', end: B },
        { mentor: 'c', mentee: 'mentor', start: E },
      ],
      routes: [{ code: 'r1', person: 'c', status: 'agreed', start: '2025-02-01', methodist: 'a' }],
    });
    expect(indicator(p, 'teacher_active_share').numerator).toBe(1);
    expect(indicator(p, 'teacher_mentoring_share').numerator).toBe(2);
    expect(indicator(p, 'teacher_methodist_supported_share').numerator).toBe(1);
  });
});
