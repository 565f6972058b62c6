// Attestations, the methodical and expert active, diagnostics, the programme catalogue and completions.
import * as c from './catalogues.js';
import { type Context, pad, type Records, type Staff, workWindow } from './model.js';
import { addYears, dayOfDate, toIso } from './random.js';

/** The first педагог-методист and педагог-наставник categories were awarded after приказ № 196 (24.03.2023). */
const newCategoriesFrom = dayOfDate(2023, 9, 1);

export function buildAttestations(ctx: Context): void {
  const { rnd, today } = ctx;
  for (const person of ctx.staff) {
    if (person.manager || person.org.kind === 'methodical_center') continue;
    const [from, to] = workWindow(ctx, person);
    if (to - from < 60) continue;
    const earliest = person.young ? Math.max(from, (person.career ?? from) + 730) : from;
    if (earliest > to || !rnd.chance(Math.min(0.9, ((to - earliest) / 365 / 5) * 0.85))) {
      // Some without a category are attested for conformity to their position (by index, so the
      // random draws of everything else stay as they were).
      if (!person.young && person.index % 6 === 0 && to - from > 400) {
        ctx.out.attestations.push({ person: person.code, category: 'conformity', date: toIso(from + 365) });
      }
      continue;
    }
    const date = rnd.int(earliest, to);
    const first = rnd.chance(person.young ? 1 : 0.55);
    ctx.out.attestations.push({ person: person.code, category: first ? 'first' : 'highest', date: toIso(date) });
    if (first && date + 730 <= Math.min(to, today) && rnd.chance(0.3)) {
      ctx.out.attestations.push({ person: person.code, category: 'highest', date: toIso(rnd.int(date + 730, to)) });
    }
    // A few with the highest category go on to педагог-методист or педагог-наставник.
    const later = Math.max(date + 365, newCategoriesFrom);
    if (!first && later <= Math.min(to, today) && person.index % 4 === 1) {
      ctx.out.attestations.push({ person: person.code, category: person.index % 8 === 1 ? 'methodist' : 'mentor', date: toIso(later) });
    }
  }
}

/** Methodists of the centres are the municipal methodical active; some experienced teachers join both actives. */
export function buildActiveMemberships(ctx: Context): void {
  const { rnd, today, out } = ctx;
  const add = (person: Staff, kind: 'methodical' | 'expert', level: 'municipal' | 'regional', canEnd: boolean) => {
    const start = rnd.int(Math.max(person.start, ctx.from - 730), Math.max(person.start, today - 30));
    const end = canEnd && start + 180 <= today - 1 && rnd.chance(0.25) ? rnd.int(start + 180, today - 1) : (person.end ?? null);
    out.activeMemberships.push({
      person: person.code,
      kind,
      level,
      start: toIso(start),
      end: end === null ? null : toIso(Math.max(end, start)),
    });
    return end === null;
  };
  for (const mun of ctx.municipalities) {
    const methodists = mun.centre.people.filter((p) => !p.manager && p.end === null);
    methodists.forEach((person, i) => {
      add(person, 'methodical', 'municipal', false);
      mun.methodists.push(person);
      if (i === 0 || rnd.chance(0.35)) {
        add(person, 'methodical', 'regional', false);
        ctx.regionalMethodists.push(person);
      }
    });
  }
  let experts = 0;
  for (const person of ctx.teachers) {
    if (person.young || person.org.kind === 'methodical_center' || (person.career ?? ctx.today) > addYears(today, -5)) continue;
    if (rnd.chance(0.05) && add(person, 'methodical', 'municipal', true)) person.org.municipality.methodists.push(person);
    if (rnd.chance(0.015) && add(person, 'methodical', 'regional', true)) ctx.regionalMethodists.push(person);
    if (rnd.chance(0.04) && add(person, 'expert', 'municipal', true)) experts++;
    if (rnd.chance(0.015) && add(person, 'expert', 'regional', true)) experts++;
  }
  // The demo expert account needs a current expert in the first municipality.
  const first = ctx.municipalities[0]!.teachers.find((p) => !p.young && p.end === null && p.org.kind !== 'methodical_center');
  if (first && (experts === 0 || !hasCurrentExpert(out, ctx.municipalities[0]!.teachers))) add(first, 'expert', 'municipal', false);
}

function hasCurrentExpert(out: Records, people: Staff[]): boolean {
  const codes = new Set(people.map((p) => p.code));
  return out.activeMemberships.some((m) => m.kind === 'expert' && m.end == null && codes.has(m.person));
}

/** Each academic year a share of staff takes the competency diagnostics. */
export function buildDiagnostics(ctx: Context): void {
  const { rnd, out } = ctx;
  let n = 0;
  for (const person of ctx.staff) {
    const [from, to] = workWindow(ctx, person);
    for (let year = 0; year < ctx.options.years; year++) {
      const yearFrom = Math.max(from, ctx.today - (year + 1) * 365);
      const yearTo = Math.min(to, ctx.today - year * 365);
      if (yearFrom > yearTo || !rnd.chance(person.young ? 0.4 : 0.2)) continue;
      const deficits = rnd.sample(c.competencies, rnd.int(1, 4)).map((competency) => ({
        competency,
        level: rnd.chance(0.08)
          ? null
          : rnd.weighted([
              [c.deficitLevels[0], 2],
              [c.deficitLevels[1], 5],
              [c.deficitLevels[2], 3],
            ] as const),
      }));
      out.diagnostics.push({ code: `dg-${pad(++n, 6)}`, person: person.code, date: toIso(rnd.int(yearFrom, yearTo)), deficits });
    }
  }
}

export interface Programme {
  code: string;
  hours: number | null;
  federal: boolean;
  management: boolean;
}

export function buildProgrammes(ctx: Context): Programme[] {
  const { rnd, out } = ctx;
  const titles = [...c.programmeTitles.map((t) => [t, false] as const), ...c.managementProgrammeTitles.map((t) => [t, true] as const)];
  return titles.map(([title, management], i) => {
    const code = `prog-${pad(i + 1, 3)}`;
    const hours = i === 7 ? null : management ? rnd.pick([36, 72, 72, 108, 144]) : rnd.pick(c.programmeHours);
    const federal = rnd.chance(0.5);
    out.programmes.push({
      code,
      title,
      hours,
      federalRegistry: i === 11 ? null : federal,
      forManagementTeams: i === 13 ? null : management,
    });
    return { code, hours, federal: i !== 11 && federal, management };
  });
}

/** Courses take days to weeks depending on their hours. */
export function courseStart(ctx: Context, programme: Programme, end: number): number | null {
  if (ctx.rnd.chance(0.05)) return null;
  const hours = programme.hours ?? 36;
  return end - (hours <= 36 ? ctx.rnd.int(2, 10) : hours <= 72 ? ctx.rnd.int(10, 30) : ctx.rnd.int(25, 90));
}

export class Completions {
  private readonly keys = new Set<string>();

  constructor(private readonly ctx: Context) {}

  add(person: Staff, programme: Programme, end: number): void {
    const key = `${person.index}|${programme.code}|${end}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    const start = courseStart(this.ctx, programme, end);
    this.ctx.out.completions.push({
      person: person.code,
      programme: programme.code,
      start: start === null ? null : toIso(start),
      end: toIso(end),
    });
  }
}

/** Courses taken outside routes: about a third of staff each year. */
export function buildCompletions(ctx: Context, programmes: Programme[], completions: Completions): void {
  const { rnd } = ctx;
  const general = programmes.filter((p) => !p.management);
  const management = programmes.filter((p) => p.management);
  for (const person of ctx.staff) {
    const [from, to] = workWindow(ctx, person);
    for (let year = 0; year < ctx.options.years; year++) {
      const yearFrom = Math.max(from, ctx.today - (year + 1) * 365);
      const yearTo = Math.min(to, ctx.today - year * 365);
      if (yearFrom > yearTo || !rnd.chance(person.manager ? 0.4 : 0.28)) continue;
      const programme = person.manager && rnd.chance(0.35) ? rnd.pick(management) : rnd.pick(general);
      completions.add(person, programme, rnd.int(yearFrom, yearTo));
    }
  }
}
