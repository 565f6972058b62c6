import { describe, expect, it } from 'vitest';
import * as e from '../../../shared/enums.js';
import { exchangePackage, type ExchangePackage } from '../../../shared/exchange.js';
import { demoSize, generateRegion } from './generate.js';
import { packageProblems } from './integrity.js';
import { addYears, toDay, toIso } from './random.js';

const today = '2026-11-23';
const sizes = {
  small: { seed: 7, municipalities: 3, organizations: 14, staff: 300, years: 2, today },
  demo: { seed: 2026, ...demoSize, today },
};

const parsed = Object.fromEntries(
  Object.entries(sizes).map(([name, options]) => [name, exchangePackage.parse(generateRegion(options))]),
) as Record<keyof typeof sizes, ExchangePackage>;

describe.each(Object.keys(sizes) as (keyof typeof sizes)[])('generateRegion, %s size', (size) => {
  const pkg = parsed[size];

  it('passes the exchange schema and every reference, uniqueness and date check', () => {
    expect(exchangePackage.safeParse(generateRegion(sizes[size])).success).toBe(true);
    expect(packageProblems(pkg)).toEqual([]);
    expect(pkg.people).toHaveLength(sizes[size].staff);
    expect(pkg.organizations).toHaveLength(sizes[size].organizations);
    for (const list of Object.values(pkg)) if (Array.isArray(list)) expect(list.length).toBeGreaterThan(0);
  });

  it('uses every value of every enum', () => {
    const used = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => v != null))].sort();
    const all = (codes: readonly string[]) => [...codes].sort();
    expect(used(pkg.organizations.map((o) => o.kind))).toEqual(all(e.organizationKind.codes));
    expect(used(pkg.organizations.flatMap((o) => o.flags ?? []))).toEqual(all(e.organizationFlag.codes));
    expect(used(pkg.employments.map((x) => x.category))).toEqual(all(e.employmentCategory.codes));
    expect(used(pkg.attestations.map((x) => x.category))).toEqual(all(e.attestationCategory.codes));
    expect(used(pkg.activeMemberships.map((x) => x.kind))).toEqual(all(e.activeKind.codes));
    expect(used(pkg.activeMemberships.map((x) => x.level))).toEqual(all(e.activeLevel.codes));
    expect(used(pkg.routes.map((x) => x.status))).toEqual(all(e.routeStatus.codes));
    expect(used(pkg.routes.flatMap((x) => x.activities ?? []).map((a) => a.kind))).toEqual(all(e.activityKind.codes));
    expect(used(pkg.communities.map((x) => x.kind))).toEqual(all(e.communityKind.codes));
    expect(used(pkg.communities.map((x) => x.level))).toEqual(all(e.communityLevel.codes));
    expect(used(pkg.communityMembers.map((x) => x.role))).toEqual(all(e.communityRole.codes));
    expect(used(pkg.events.map((x) => x.kind))).toEqual(all(e.eventKind.codes));
    expect(used(pkg.events.map((x) => x.level))).toEqual(all(e.level.codes));
    expect(used(pkg.events.flatMap((x) => x.audience ?? []))).toEqual(all(e.eventAudience.codes));
    expect(used(pkg.participations.map((x) => x.role))).toEqual(all(e.participationRole.codes));
    expect(used(pkg.consultations.map((x) => x.outcome))).toEqual(all(e.consultationOutcome.codes));
    expect(used(pkg.consultations.map((x) => x.assigneeLevel))).toEqual(all(e.level.codes));
    expect(used(pkg.practices.map((x) => x.status))).toEqual(all(e.practiceStatus.codes));
    expect(used(pkg.participations.map((x) => String(x.attended)))).toEqual(['false', 'true']);
  });

  it('has one methodical centre per municipality and consistent people', () => {
    for (const mun of pkg.municipalities) {
      expect(pkg.organizations.filter((o) => o.municipality === mun.code && o.kind === 'methodical_center')).toHaveLength(1);
    }
    for (const person of pkg.people) {
      if (person.birthDate && person.careerStart) expect(toDay(person.careerStart)).toBeGreaterThan(addYears(toDay(person.birthDate), 20));
      if (person.birthDate) expect(person.birthDate >= '1958-01-01' && person.birthDate <= '2003-12-31').toBe(true);
      if (person.email) expect(person.email).toMatch(/^[a-z.0-9-]+@[a-z0-9.-]+$/);
    }
    const byCode = new Map(pkg.people.map((p) => [p.code, p]));
    // Mentors have at least ten years of career; mentees are mostly young, a few are newcomers to the organization.
    const tenYearsAgo = toIso(addYears(toDay(today), -10));
    for (const pair of pkg.mentoringPairs) expect(byCode.get(pair.mentor)!.careerStart! <= tenYearsAgo).toBe(true);
    const employer = new Map(pkg.employments.filter((x) => x.end == null).map((x) => [x.person, x.organization]));
    const sameOrg = pkg.mentoringPairs.filter((pair) => pair.organization && employer.get(pair.mentor) === pair.organization);
    expect(sameOrg.length / pkg.mentoringPairs.length).toBeGreaterThan(0.8);
    for (const practice of pkg.practices) expect(practice.publishedOn != null).toBe(practice.status === 'published');
    for (const event of pkg.events.filter((x) => x.kind === 'consilium' && x.level === 'municipal'))
      expect(event.municipality).not.toBeNull();
  });
});

describe('generateRegion, demo size in detail', () => {
  const pkg = parsed.demo;
  const day = toDay(today);
  const current = pkg.employments.filter((x) => x.start <= today && (x.end == null || x.end >= today));
  const teacherCodes = new Set(current.filter((x) => x.category === 'teacher').map((x) => x.person));
  const people = new Map(pkg.people.map((p) => [p.code, p]));
  const isYoung = (code: string) => {
    const p = people.get(code)!;
    return !!p.birthDate && !!p.careerStart && addYears(toDay(p.birthDate), 35) > day && addYears(toDay(p.careerStart), 3) > day;
  };

  it('has about 15 % young teachers and about 12 % managers', () => {
    const young = [...teacherCodes].filter(isYoung).length / teacherCodes.size;
    expect(young).toBeGreaterThan(0.1);
    expect(young).toBeLessThan(0.22);
    const managers =
      new Set(current.filter((x) => x.category === 'manager').map((x) => x.person)).size / new Set(current.map((x) => x.person)).size;
    expect(managers).toBeGreaterThan(0.07);
    expect(managers).toBeLessThan(0.17);
  });

  it('has people who left, people in two organizations and in two municipalities', () => {
    const orgMun = new Map(pkg.organizations.map((o) => [o.code, o.municipality]));
    expect(pkg.employments.some((x) => x.end != null)).toBe(true);
    const places = new Map<string, Set<string>>();
    for (const x of current) places.set(x.person, (places.get(x.person) ?? new Set()).add(x.organization));
    const twoOrgs = [...places.values()].filter((orgs) => orgs.size > 1);
    expect(twoOrgs.length / places.size).toBeGreaterThan(0.01);
    expect(twoOrgs.some((orgs) => new Set([...orgs].map((o) => orgMun.get(o))).size > 1)).toBe(true);
  });

  it('leaves every optional field null somewhere', () => {
    const someNull = <T>(list: T[], field: keyof T) => list.some((item) => item[field] == null);
    expect(someNull(pkg.organizations, 'flags')).toBe(true);
    for (const f of ['middleName', 'birthDate', 'careerStart', 'email'] as const) expect(someNull(pkg.people, f), f).toBe(true);
    for (const f of ['end', 'subjects'] as const) expect(someNull(pkg.employments, f), f).toBe(true);
    expect(someNull(pkg.activeMemberships, 'end')).toBe(true);
    expect(
      someNull(
        pkg.diagnostics.flatMap((d) => d.deficits ?? []),
        'level',
      ),
    ).toBe(true);
    for (const f of ['hours', 'federalRegistry', 'forManagementTeams'] as const) expect(someNull(pkg.programmes, f), f).toBe(true);
    expect(someNull(pkg.completions, 'start')).toBe(true);
    for (const f of ['start', 'end', 'methodist', 'diagnostic'] as const) expect(someNull(pkg.routes, f), f).toBe(true);
    for (const f of ['programme', 'plannedEnd', 'completedOn'] as const)
      expect(
        someNull(
          pkg.routes.flatMap((r) => r.activities ?? []),
          f,
        ),
        f,
      ).toBe(true);
    for (const f of ['organization', 'end'] as const) expect(someNull(pkg.mentoringPairs, f), f).toBe(true);
    for (const f of ['municipality', 'organization', 'start', 'end'] as const) expect(someNull(pkg.communities, f), f).toBe(true);
    expect(someNull(pkg.communityMembers, 'end')).toBe(true);
    for (const f of ['municipality', 'end', 'audience'] as const) expect(someNull(pkg.events, f), f).toBe(true);
    for (const f of ['assignee', 'assigneeLevel', 'resolvedOn', 'outcome'] as const) expect(someNull(pkg.consultations, f), f).toBe(true);
    expect(someNull(pkg.practices, 'publishedOn')).toBe(true);
  });

  it('gives routes methodists from the regional methodical active and bases many on diagnostics of the same person', () => {
    const regional = new Set(
      pkg.activeMemberships.filter((m) => m.kind === 'methodical' && m.level === 'regional' && m.end == null).map((m) => m.person),
    );
    expect(pkg.routes.some((r) => r.methodist && regional.has(r.methodist))).toBe(true);
    const diagnosticOwner = new Map(pkg.diagnostics.map((d) => [d.code, d.person]));
    const based = pkg.routes.filter((r) => r.diagnostic);
    expect(based.length / pkg.routes.length).toBeGreaterThan(0.5);
    for (const route of based) expect(diagnosticOwner.get(route.diagnostic!)).toBe(route.person);
    for (const route of pkg.routes) expect(route.activities!.length).toBeGreaterThanOrEqual(2);
  });
});

describe('generateRegion determinism', () => {
  it('gives byte-identical JSON for the same options and a different region for another seed', () => {
    const options = sizes.small;
    const first = JSON.stringify(generateRegion(options));
    expect(JSON.stringify(generateRegion({ ...options }))).toBe(first);
    expect(JSON.stringify(generateRegion({ ...options, seed: options.seed + 1 }))).not.toBe(first);
  });
});
