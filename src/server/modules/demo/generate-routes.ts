// Individual routes (ИОМ) with their activities, and mentoring pairs.
import { activityKind } from '../../../shared/enums.js';
import type { Completions, Programme } from './generate-career.js';
import { type Context, isActiveOn, pad, type Staff } from './model.js';
import { addYears, toIso } from './random.js';

type Status = 'draft' | 'agreed' | 'in_progress' | 'completed' | 'cancelled';

export function buildRoutes(ctx: Context, programmes: Programme[], completions: Completions): void {
  const { rnd, today } = ctx;
  const byCode = new Map(ctx.staff.map((p) => [p.code, p]));
  const registry = programmes.filter((p) => p.federal);
  let n = 0;

  const route = (person: Staff, start: number, diagnostic: string | null) => {
    const end = start + rnd.int(180, 365);
    let status: Status;
    if (end < today)
      status = rnd.weighted([
        ['completed', 80],
        ['cancelled', 8],
        ['in_progress', 10],
        ['agreed', 2],
      ] as const);
    else if (start <= today)
      status = rnd.weighted([
        ['in_progress', 70],
        ['agreed', 18],
        ['draft', 6],
        ['cancelled', 6],
      ] as const);
    else
      status = rnd.weighted([
        ['draft', 50],
        ['agreed', 50],
      ] as const);
    const undated = status === 'draft' && rnd.chance(0.3);
    const methodist = pickMethodist(person);
    const kinds = rnd.sample(activityKind.codes, rnd.int(2, 5));
    const activities = kinds.map((kind) => {
      const programme =
        kind === 'course'
          ? rnd.pick(rnd.chance(0.7) && registry.length ? registry : programmes)
          : kind === 'internship' && rnd.chance(0.4)
            ? rnd.pick(programmes)
            : null;
      const plannedEnd = undated || rnd.chance(0.1) ? null : rnd.int(start + 14, end);
      const due = plannedEnd ?? end;
      const done =
        due <= today &&
        (status === 'completed' ? rnd.chance(0.9) : status === 'in_progress' || status === 'cancelled' ? rnd.chance(0.5) : false);
      const completedOn = done ? Math.min(today, due + rnd.int(-20, 10)) : null;
      if (programme && completedOn !== null && kind === 'course') completions.add(person, programme, completedOn);
      return {
        kind,
        programme: programme?.code ?? null,
        plannedEnd: plannedEnd === null ? null : toIso(plannedEnd),
        completedOn: completedOn === null ? null : toIso(completedOn),
      };
    });
    ctx.out.routes.push({
      code: `iom-${pad(++n, 6)}`,
      person: person.code,
      status,
      start: undated ? null : toIso(start),
      end: undated ? null : toIso(end),
      methodist: methodist?.code ?? null,
      diagnostic,
      activities,
    });
  };

  const pickMethodist = (person: Staff): Staff | null => {
    if (rnd.chance(0.15)) return null;
    const pool = rnd.chance(0.3) && ctx.regionalMethodists.length ? ctx.regionalMethodists : person.org.municipality.methodists;
    if (!pool.length) return null;
    const methodist = rnd.pick(pool);
    return methodist === person ? null : methodist;
  };

  for (const diagnostic of ctx.out.diagnostics) {
    const person = byCode.get(diagnostic.person)!;
    if (!rnd.chance(person.young ? 0.75 : 0.55)) continue;
    const start = Date.parse(`${diagnostic.date}T00:00:00Z`) / 86_400_000 + rnd.int(7, 45);
    if (person.end !== null && start > person.end) continue;
    route(person, start, diagnostic.code);
  }
  for (const person of ctx.teachers) {
    if (person.end !== null || !rnd.chance(person.young ? 0.35 : 0.03)) continue;
    route(person, rnd.int(Math.max(ctx.from, person.start), today + 30), null);
  }
}

/** Young teachers get an experienced mentor of their own organization; a few newcomers too. */
export function buildMentoring(ctx: Context): void {
  const { rnd, today } = ctx;
  const firstSchool = ctx.municipalities[0]!.orgs.find((o) => o.kind === 'school');
  for (const org of ctx.organizations) {
    if (org.kind === 'methodical_center') continue;
    const experienced = org.people.filter((p) => !p.manager && !p.young && p.career !== null && p.career <= addYears(today, -10));
    if (!experienced.length) continue;
    for (const mentee of org.people) {
      if (mentee.manager) continue;
      const newcomer = !mentee.young && mentee.start > ctx.from && rnd.chance(0.05);
      if (!newcomer && !(mentee.young && (org === firstSchool || rnd.chance(0.6)))) continue;
      const mentor = rnd.pick(experienced);
      if (mentor === mentee) continue;
      const start = Math.min(today - 1, Math.max(mentee.start, ctx.from) + rnd.int(0, 60));
      if (!isActiveOn(mentor, start) || (mentee.end !== null && start > mentee.end)) continue;
      const end = start + 365 <= today && rnd.chance(0.6) ? start + 365 : mentee.end;
      ctx.out.mentoringPairs.push({
        mentor: mentor.code,
        mentee: mentee.code,
        organization: rnd.chance(0.05) ? null : org.code,
        start: toIso(start),
        end: end === null ? null : toIso(Math.max(start, end)),
      });
    }
  }
}
