// Checks what the zod schema cannot: references, unique codes and natural keys, ordered dates.
import type { ExchangePackage } from '../../../shared/exchange.js';

type Pkg = ExchangePackage;

/** Problems of a package, as `list[index].field: message`; empty when it is consistent. */
export function packageProblems(pkg: Pkg): string[] {
  const problems: string[] = [];
  const codes = (list: { code: string }[], name: string) => {
    const set = new Set<string>();
    list.forEach((item, i) => {
      if (set.has(item.code)) problems.push(`${name}[${i}].code: повтор ${item.code}`);
      set.add(item.code);
    });
    return set;
  };
  const municipalities = codes(pkg.municipalities, 'municipalities');
  const organizations = codes(pkg.organizations, 'organizations');
  const people = codes(pkg.people, 'people');
  const diagnostics = codes(pkg.diagnostics, 'diagnostics');
  const programmes = codes(pkg.programmes, 'programmes');
  const communities = codes(pkg.communities, 'communities');
  const events = codes(pkg.events, 'events');
  const practices = codes(pkg.practices, 'practices');
  codes(pkg.routes, 'routes');
  codes(pkg.consultations, 'consultations');

  const ref = (set: Set<string>, value: string | null | undefined, where: string) => {
    if (value != null && !set.has(value)) problems.push(`${where}: нет записи ${value}`);
  };
  const ordered = (start: string | null | undefined, end: string | null | undefined, where: string, strict = false) => {
    if (start != null && end != null && (strict ? end <= start : end < start)) problems.push(`${where}: ${end} раньше ${start}`);
  };
  const keys = <T>(list: T[], name: string, key: (item: T) => string) => {
    const set = new Set<string>();
    list.forEach((item, i) => {
      const k = key(item);
      if (set.has(k)) problems.push(`${name}[${i}]: повтор ключа ${k}`);
      set.add(k);
    });
  };

  pkg.organizations.forEach((o, i) => ref(municipalities, o.municipality, `organizations[${i}].municipality`));
  pkg.people.forEach((p, i) => ordered(p.birthDate, p.careerStart, `people[${i}].careerStart`, true));
  pkg.employments.forEach((e, i) => {
    ref(people, e.person, `employments[${i}].person`);
    ref(organizations, e.organization, `employments[${i}].organization`);
    ordered(e.start, e.end, `employments[${i}].end`);
  });
  keys(pkg.employments, 'employments', (e) => `${e.person}|${e.organization}|${e.position}|${e.start}|${e.type}`);
  pkg.attestations.forEach((a, i) => ref(people, a.person, `attestations[${i}].person`));
  keys(pkg.attestations, 'attestations', (a) => `${a.person}|${a.category}|${a.date}`);
  pkg.activeMemberships.forEach((m, i) => {
    ref(people, m.person, `activeMemberships[${i}].person`);
    ordered(m.start, m.end, `activeMemberships[${i}].end`);
  });
  keys(pkg.activeMemberships, 'activeMemberships', (m) => `${m.person}|${m.kind}|${m.level}|${m.start}`);
  pkg.diagnostics.forEach((d, i) => ref(people, d.person, `diagnostics[${i}].person`));
  pkg.completions.forEach((c, i) => {
    ref(people, c.person, `completions[${i}].person`);
    ref(programmes, c.programme, `completions[${i}].programme`);
    ordered(c.start, c.end, `completions[${i}].end`);
  });
  keys(pkg.completions, 'completions', (c) => `${c.person}|${c.programme}|${c.end}`);
  pkg.routes.forEach((r, i) => {
    ref(people, r.person, `routes[${i}].person`);
    ref(people, r.methodist, `routes[${i}].methodist`);
    ref(diagnostics, r.diagnostic, `routes[${i}].diagnostic`);
    ordered(r.start, r.end, `routes[${i}].end`);
    r.activities?.forEach((a, j) => ref(programmes, a.programme, `routes[${i}].activities[${j}].programme`));
  });
  pkg.mentoringPairs.forEach((m, i) => {
    ref(people, m.mentor, `mentoringPairs[${i}].mentor`);
    ref(people, m.mentee, `mentoringPairs[${i}].mentee`);
    ref(organizations, m.organization, `mentoringPairs[${i}].organization`);
    ordered(m.start, m.end, `mentoringPairs[${i}].end`);
    if (m.mentor === m.mentee) problems.push(`mentoringPairs[${i}]: наставник и наставляемый совпадают`);
  });
  keys(pkg.mentoringPairs, 'mentoringPairs', (m) => `${m.mentor}|${m.mentee}|${m.start}`);
  pkg.communities.forEach((c, i) => {
    ref(municipalities, c.municipality, `communities[${i}].municipality`);
    ref(organizations, c.organization, `communities[${i}].organization`);
    ordered(c.start, c.end, `communities[${i}].end`);
  });
  pkg.communityMembers.forEach((m, i) => {
    ref(communities, m.community, `communityMembers[${i}].community`);
    ref(people, m.person, `communityMembers[${i}].person`);
    ordered(m.start, m.end, `communityMembers[${i}].end`);
  });
  keys(pkg.communityMembers, 'communityMembers', (m) => `${m.community}|${m.person}|${m.start}`);
  pkg.events.forEach((e, i) => {
    ref(municipalities, e.municipality, `events[${i}].municipality`);
    ordered(e.start, e.end, `events[${i}].end`);
  });
  pkg.participations.forEach((p, i) => {
    ref(events, p.event, `participations[${i}].event`);
    ref(people, p.person, `participations[${i}].person`);
  });
  keys(pkg.participations, 'participations', (p) => `${p.event}|${p.person}`);
  pkg.consultations.forEach((c, i) => {
    ref(people, c.requester, `consultations[${i}].requester`);
    ref(people, c.assignee, `consultations[${i}].assignee`);
    ordered(c.date, c.resolvedOn, `consultations[${i}].resolvedOn`);
  });
  pkg.practices.forEach((p, i) => {
    p.authors.forEach((a, j) => ref(people, a, `practices[${i}].authors[${j}]`));
    if (new Set(p.authors).size !== p.authors.length) problems.push(`practices[${i}].authors: автор повторяется`);
  });
  pkg.practiceAdoptions.forEach((a, i) => {
    ref(practices, a.practice, `practiceAdoptions[${i}].practice`);
    ref(people, a.person, `practiceAdoptions[${i}].person`);
  });
  keys(pkg.practiceAdoptions, 'practiceAdoptions', (a) => `${a.practice}|${a.person}`);
  return problems;
}
