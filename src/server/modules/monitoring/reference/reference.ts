// A second, deliberately plain implementation of the indicator catalog (docs/indicators.md),
// over the exchange package instead of the database. It exists only for tests: the property test
// compares it with the SQL engine, so it is written from the spec alone, with loops and Sets,
// clarity over speed. Never import it from production code.
import type { ExchangePackage } from '../../../../shared/exchange.js';
import { indicatorCatalog, type IndicatorCode, type IndicatorValue } from '../../../../shared/indicators.js';

export interface ReferenceRequest {
  /** The region's, a municipality's or an organization's code. */
  scopeCode: string;
  /** B, YYYY-MM-DD */
  from: string;
  /** E, YYYY-MM-DD */
  to: string;
}

/** `date` plus whole years; 29 Feb lands on 28 Feb, as PostgreSQL's `date + interval 'N years'` does. */
export function plusYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, daysInMonth);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus whole days (negative to go back). */
export function plusDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** numerator / denominator as a percentage with one decimal, half away from zero, in integers (no float drift). */
export function percentage(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const tenths = Math.floor((2 * numerator * 1000 + denominator) / (2 * denominator));
  return tenths / 10;
}

type Blank = string | null | undefined;

/** Dates are YYYY-MM-DD, so string comparison is date comparison. */
const inPeriod = (date: Blank, b: string, e: string) => date != null && b <= date && date <= e;
/**
 * [start, end] overlaps [b, e]. A null start cannot be placed in any period: such an interval
 * (a route or a community without dates) overlaps nothing, so the route is not live.
 */
const overlaps = (start: Blank, end: Blank, b: string, e: string) => start != null && start <= e && (end == null || end >= b);
/** [start, end] holds the day `e`. */
const covers = (start: Blank, end: Blank, e: string) => start != null && start <= e && (end == null || end >= e);

export function referenceIndicators(pkg: ExchangePackage, request: ReferenceRequest): IndicatorValue[] {
  const { scopeCode, from: B, to: E } = request;

  // --- the scope: which organizations it holds ---
  let scopeOrgs: Set<string>;
  let scopeKind: 'region' | 'municipality' | 'organization';
  let scopeMunicipality: string | null = null;
  if (pkg.region.code === scopeCode) {
    scopeKind = 'region';
    scopeOrgs = new Set(pkg.organizations.map((o) => o.code));
  } else if (pkg.municipalities.some((m) => m.code === scopeCode)) {
    scopeKind = 'municipality';
    scopeMunicipality = scopeCode;
    scopeOrgs = new Set(pkg.organizations.filter((o) => o.municipality === scopeCode).map((o) => o.code));
  } else if (pkg.organizations.some((o) => o.code === scopeCode)) {
    scopeKind = 'organization';
    scopeOrgs = new Set([scopeCode]);
  } else {
    throw new Error(`Unknown scope ${scopeCode}`);
  }

  // --- populations on E ---
  const staff = new Set<string>();
  const teachers = new Set<string>();
  for (const job of pkg.employments) {
    if (!scopeOrgs.has(job.organization)) continue;
    if (!covers(job.start, job.end, E)) continue;
    staff.add(job.person);
    if (job.category === 'teacher') teachers.add(job.person);
  }
  const personByCode = new Map(pkg.people.map((p) => [p.code, p]));
  const young = new Set<string>();
  for (const code of teachers) {
    const person = personByCode.get(code);
    if (!person?.birthDate || !person.careerStart) continue; // unknown age or career: not young
    if (plusYears(person.birthDate, 35) > E && plusYears(person.careerStart, 3) > E) young.add(code);
  }
  const orgs = new Set<string>();
  for (const org of pkg.organizations) if (scopeOrgs.has(org.code) && org.kind !== 'methodical_center') orgs.add(org.code);
  const orgByCode = new Map(pkg.organizations.map((o) => [o.code, o]));
  const hasFlag = (org: string, flag: string) => (orgByCode.get(org)?.flags ?? []).includes(flag as never);

  // --- facts per person ---
  const programmeByCode = new Map(pkg.programmes.map((p) => [p.code, p]));
  const completedInP = new Set<string>();
  const completedMgmtInP = new Set<string>();
  for (const c of pkg.completions) {
    if (!inPeriod(c.end, B, E)) continue;
    completedInP.add(c.person);
    if (programmeByCode.get(c.programme)?.forManagementTeams === true) completedMgmtInP.add(c.person);
  }

  const regionalMethodists = new Set<string>();
  const activeOnE = new Set<string>();
  for (const m of pkg.activeMemberships) {
    if (!covers(m.start, m.end, E)) continue;
    activeOnE.add(m.person);
    if (m.kind === 'methodical' && m.level === 'regional') regionalMethodists.add(m.person);
  }

  const liveStatuses = new Set(['agreed', 'in_progress', 'completed']);
  const withLiveRoute = new Set<string>();
  const withLiveRouteByRegionalMethodist = new Set<string>();
  const withLiveDiagnosticRoute = new Set<string>();
  const withLiveDiagnosticRouteAndMethodist = new Set<string>();
  // programme codes named by activities of a person's routes based on diagnostics (any status, any dates)
  const diagnosticRouteProgrammes = new Map<string, Set<string>>();
  for (const r of pkg.routes) {
    if (r.diagnostic != null) {
      const set = diagnosticRouteProgrammes.get(r.person) ?? new Set<string>();
      for (const a of r.activities ?? []) if (a.programme != null) set.add(a.programme);
      diagnosticRouteProgrammes.set(r.person, set);
    }
    const live = liveStatuses.has(r.status) && overlaps(r.start, r.end, B, E);
    if (!live) continue;
    withLiveRoute.add(r.person);
    if (r.methodist != null && regionalMethodists.has(r.methodist)) withLiveRouteByRegionalMethodist.add(r.person);
    if (r.diagnostic != null) {
      withLiveDiagnosticRoute.add(r.person);
      if (r.methodist != null) withLiveDiagnosticRouteAndMethodist.add(r.person);
    }
  }
  const registryAfterDiagnostics = new Set<string>();
  for (const c of pkg.completions) {
    if (!inPeriod(c.end, B, E)) continue;
    if (programmeByCode.get(c.programme)?.federalRegistry !== true) continue;
    if (diagnosticRouteProgrammes.get(c.person)?.has(c.programme)) registryAfterDiagnostics.add(c.person);
  }

  const inPairOverlapping = new Set<string>();
  const menteeOverlapping = new Set<string>();
  for (const pair of pkg.mentoringPairs) {
    if (!overlaps(pair.start, pair.end, B, E)) continue;
    inPairOverlapping.add(pair.mentor);
    inPairOverlapping.add(pair.mentee);
    menteeOverlapping.add(pair.mentee);
  }

  const communityByCode = new Map(pkg.communities.map((c) => [c.code, c]));
  const inYoungSchool = new Set<string>();
  const inNonCouncilCommunity = new Set<string>();
  for (const m of pkg.communityMembers) {
    if (!overlaps(m.start, m.end, B, E)) continue;
    const community = communityByCode.get(m.community);
    if (!community) continue;
    if (community.kind === 'young_teacher_school') inYoungSchool.add(m.person);
    if (community.kind !== 'council') inNonCouncilCommunity.add(m.person);
  }

  const eventByCode = new Map(pkg.events.map((ev) => [ev.code, ev]));
  const attendedYoungAudience = new Set<string>();
  const spokeAtMunicipal = new Set<string>();
  const inProject = new Set<string>();
  const attendedMethodical = new Set<string>();
  for (const p of pkg.participations) {
    if (!p.attended) continue;
    const ev = eventByCode.get(p.event);
    if (!ev) continue;
    const startsInP = inPeriod(ev.start, B, E);
    const municipalOrRegional = ev.level === 'municipal' || ev.level === 'regional';
    if (startsInP && (ev.audience ?? []).includes('young_teachers')) attendedYoungAudience.add(p.person);
    if (startsInP && p.role === 'speaker' && ev.level === 'municipal') spokeAtMunicipal.add(p.person);
    if (ev.kind === 'project' && municipalOrRegional && overlaps(ev.start, ev.end, B, E)) inProject.add(p.person);
    // Olympiads are for students: not a methodical event (000 §4.3–4.4).
    if (startsInP && municipalOrRegional && ev.kind !== 'olympiad') attendedMethodical.add(p.person);
  }

  const consulted = new Set<string>();
  const consultedFull = new Set<string>();
  const municipalHelp = new Set<string>();
  for (const c of pkg.consultations) {
    if (!inPeriod(c.date, B, E)) continue;
    consulted.add(c.requester);
    if (c.outcome === 'full') consultedFull.add(c.requester);
    if (c.assigneeLevel === 'municipal' && (c.outcome === 'full' || c.outcome === 'partial')) municipalHelp.add(c.requester);
  }

  const attestedInP = new Set<string>();
  for (const a of pkg.attestations) {
    if ((a.category === 'first' || a.category === 'highest') && inPeriod(a.date, B, E)) attestedInP.add(a.person);
  }
  const diagnosedInP = new Set<string>();
  for (const d of pkg.diagnostics) if (inPeriod(d.date, B, E)) diagnosedInP.add(d.person);
  const adoptedInP = new Set<string>();
  // Only participants of a municipal or regional project count (000 §4.2).
  for (const a of pkg.practiceAdoptions) if (inPeriod(a.date, B, E) && inProject.has(a.person)) adoptedInP.add(a.person);

  // --- organizations whose manager (employed there on E) completed a management-team programme in P ---
  const mgmtTeamOrgs = new Set<string>();
  for (const job of pkg.employments) {
    if (!orgs.has(job.organization)) continue;
    if (job.category !== 'manager' || !covers(job.start, job.end, E)) continue;
    if (completedMgmtInP.has(job.person)) mgmtTeamOrgs.add(job.organization);
  }

  // --- counts of things other than people ---
  let communityCount = 0;
  for (const c of pkg.communities) {
    if (c.kind === 'council' || !overlaps(c.start, c.end, B, E)) continue;
    let belongs: boolean;
    if (scopeKind === 'region') belongs = true;
    else if (c.level === 'regional')
      belongs = false; // regional ones count for the region only
    else if (scopeKind === 'municipality')
      belongs = c.municipality === scopeMunicipality || (c.organization != null && scopeOrgs.has(c.organization));
    else belongs = c.organization != null && scopeOrgs.has(c.organization);
    if (belongs) communityCount++;
  }

  let practiceCount = 0;
  for (const pr of pkg.practices) {
    if (!inPeriod(pr.publishedOn, B, E)) continue;
    if (pr.authors.some((a) => staff.has(a))) practiceCount++;
  }

  // A municipality is never "in" an organization: an organization scope has no consilia.
  let consiliumCount = 0;
  for (const ev of pkg.events) {
    if (ev.kind !== 'consilium' || ev.level !== 'municipal' || !inPeriod(ev.start, B, E) || ev.municipality == null) continue;
    if (scopeKind === 'region' || (scopeKind === 'municipality' && ev.municipality === scopeMunicipality)) consiliumCount++;
  }

  let methodicalServiceCount = 0;
  for (const org of orgs) if (hasFlag(org, 'methodical_service')) methodicalServiceCount++;

  // --- assemble ---
  const countIn = (population: Set<string>, members: Set<string>) => {
    let n = 0;
    for (const x of population) if (members.has(x)) n++;
    return n;
  };
  const orgsWithFlag = (flag: string) => {
    let n = 0;
    for (const org of orgs) if (hasFlag(org, flag)) n++;
    return n;
  };
  const youngSupported = new Set([...menteeOverlapping, ...inYoungSchool, ...attendedYoungAudience]);

  type Part = { numerator: number; denominator: number | null };
  const share = (numerator: number, denominator: number): Part => ({ numerator, denominator });
  const count = (numerator: number): Part => ({ numerator, denominator: null });
  const parts: Record<IndicatorCode, Part> = {
    org_mgmt_team_pd_share: share(mgmtTeamOrgs.size, orgs.size),
    org_staff_plan_share: share(orgsWithFlag('staff_plan'), orgs.size),
    org_mentoring_model_share: share(orgsWithFlag('mentoring_model'), orgs.size),
    staff_pd_share: share(countIn(staff, completedInP), staff.size),
    teacher_iom_share: share(countIn(teachers, withLiveRoute), teachers.size),
    teacher_mentoring_share: share(countIn(teachers, inPairOverlapping), teachers.size),
    young_teacher_support_share: share(countIn(young, youngSupported), young.size),
    teacher_community_share: share(countIn(teachers, inNonCouncilCommunity), teachers.size),
    community_count: count(communityCount),
    teacher_active_share: share(countIn(teachers, activeOnE), teachers.size),
    teacher_methodist_supported_share: share(countIn(teachers, withLiveRouteByRegionalMethodist), teachers.size),
    practice_products_count: count(practiceCount),
    help_received_share: share(countIn(teachers, consultedFull), countIn(teachers, consulted)),
    iom_diagnostics_support_share: share(countIn(teachers, withLiveDiagnosticRouteAndMethodist), teachers.size),
    practice_demonstrated_share: share(countIn(teachers, spokeAtMunicipal), teachers.size),
    project_participants_count: count(countIn(staff, inProject)),
    practice_adopters_count: count(countIn(staff, adoptedInP)),
    event_participation_share: share(countIn(teachers, attendedMethodical), teachers.size),
    attestation_share: share(countIn(teachers, attestedInP), teachers.size),
    young_activity_share: share(countIn(young, attendedMethodical), young.size),
    mgmt_team_pd_count: count(mgmtTeamOrgs.size),
    individual_help_share: share(countIn(teachers, municipalHelp), teachers.size),
    consilium_count: count(consiliumCount),
    org_methodical_service_count: count(methodicalServiceCount),
    registry_pd_after_diagnostics_share: share(countIn(teachers, registryAfterDiagnostics), teachers.size),
    diagnostics_share: share(countIn(staff, diagnosedInP), staff.size),
    iom_after_diagnostics_share: share(countIn(staff, withLiveDiagnosticRoute), staff.size),
  };

  return indicatorCatalog.map((definition) => {
    const part = parts[definition.code];
    if (!part) throw new Error(`No reference definition for ${definition.code}`);
    const { numerator, denominator } = part;
    const value = denominator === null ? numerator : percentage(numerator, denominator);
    return { code: definition.code, value, numerator, denominator };
  });
}
