// Methodical events with participations, consultations, the practice bank and adoptions of practices.
import * as c from './catalogues.js';
import { type Context, isActiveOn, type Municipality, pad, type Staff } from './model.js';
import { toIso } from './random.js';

type Kind = 'seminar' | 'conference' | 'master_class' | 'webinar' | 'contest' | 'olympiad' | 'forum' | 'consilium' | 'project' | 'other';
type Level = 'school' | 'municipal' | 'regional' | 'federal';
type Audience = 'young_teachers' | 'managers' | 'teachers';

const municipalPlan: Kind[] = [
  'seminar',
  'seminar',
  'master_class',
  'webinar',
  'conference',
  'contest',
  'consilium',
  'consilium',
  'project',
  'olympiad',
  'forum',
  'other',
];
const regionalPlan: Kind[] = [
  'conference',
  'forum',
  'seminar',
  'webinar',
  'webinar',
  'contest',
  'olympiad',
  'master_class',
  'project',
  'consilium',
  'other',
  'seminar',
];
const federalPlan: Kind[] = ['conference', 'forum', 'webinar'];

const levelWord: Record<Level, string> = {
  school: 'Школьный',
  municipal: 'Муниципальный',
  regional: 'Региональный',
  federal: 'Всероссийский',
};
const feminine = (adjective: string) => adjective.replace(/(ый|ий)$/, 'ая');

function title(kind: Kind, level: Level, topic: string, contest: string): string {
  switch (kind) {
    case 'seminar':
      return `${level === 'school' ? 'Обучающий' : levelWord[level]} семинар «${topic}»`;
    case 'conference':
      return `${feminine(levelWord[level])} научно-практическая конференция «${topic}»`;
    case 'master_class':
      return `Мастер-класс «${topic}»`;
    case 'webinar':
      return `Вебинар «${topic}»`;
    case 'contest':
      return level === 'municipal' ? contest : `${levelWord[level]} конкурс профессионального мастерства «${topic}»`;
    case 'olympiad':
      return `${feminine(levelWord[level])} олимпиада педагогов «${topic}»`;
    case 'forum':
      return `${levelWord[level]} педагогический форум «${topic}»`;
    case 'consilium':
      return `Методический консилиум «${topic}»`;
    case 'project':
      return `${levelWord[level]} проект «${topic}»`;
    default:
      return `Августовское совещание педагогических работников: «${topic}»`;
  }
}

export function buildEvents(ctx: Context): void {
  const { rnd, today, out } = ctx;
  let n = 0;
  const audienceOptions: (Audience[] | null)[] = [
    ['teachers'],
    ['teachers', 'young_teachers'],
    ['young_teachers'],
    ['managers'],
    ['teachers', 'managers'],
    ['teachers', 'managers', 'young_teachers'],
    [],
    null,
  ];

  const event = (
    kind: Kind,
    level: Level,
    mun: Municipality | null,
    start: number,
    pool: (audience: Audience[]) => Staff[],
    organizer: Staff | undefined,
  ) => {
    const code = `ev-${pad(++n, 6)}`;
    const audience: Audience[] | null =
      kind === 'consilium' ? ['teachers'] : kind === 'contest' && rnd.chance(0.3) ? ['young_teachers'] : rnd.pick(audienceOptions);
    const end =
      kind === 'project'
        ? start + rnd.int(90, 270)
        : rnd.weighted([
            [null, 4],
            [start, 3],
            [start + rnd.int(1, 3), 3],
          ] as const);
    out.events.push({
      code,
      title: title(kind, level, rnd.pick(c.eventTopics), rnd.pick(c.contestTitles)),
      kind,
      level,
      municipality: mun?.code ?? null,
      start: toIso(start),
      end: end === null ? null : toIso(end),
      audience,
    });
    const past = start <= today;
    const size =
      level === 'school'
        ? rnd.int(5, 15)
        : level === 'municipal'
          ? rnd.int(8, 40)
          : level === 'regional'
            ? rnd.int(20, 80)
            : rnd.int(5, 20);
    const candidates = pool(audience ?? []);
    // A small audience (the young teachers of a district) is never invited all at once.
    const invited = level === 'school' ? size : Math.min(size, Math.ceil(candidates.length * 0.25));
    const people = rnd
      .sample(candidates, Math.ceil(invited * 1.3))
      .filter((p) => isActiveOn(p, start))
      .slice(0, invited);
    const seen = new Set<Staff>();
    if (organizer && isActiveOn(organizer, start)) {
      seen.add(organizer);
      out.participations.push({ event: code, person: organizer.code, role: 'organizer', attended: past });
    }
    let place = 0;
    for (const person of people) {
      if (seen.has(person)) continue;
      seen.add(person);
      const ranked = kind === 'contest' || kind === 'olympiad';
      const role =
        ranked && place === 0 ? 'winner' : ranked && place < 3 ? 'prize' : !ranked && rnd.chance(0.1) ? 'speaker' : 'participant';
      place++;
      out.participations.push({ event: code, person: person.code, role, attended: past && rnd.chance(0.9) });
    }
  };

  const munPool = (mun: Municipality) => (audience: Audience[]) =>
    audience.length === 1 && audience[0] === 'young_teachers'
      ? mun.young
      : audience.length === 1 && audience[0] === 'managers'
        ? mun.managers
        : mun.teachers;
  const regionPool = (audience: Audience[]) => (audience.length === 1 && audience[0] === 'young_teachers' ? ctx.young : ctx.teachers);
  const organizerOf = (mun: Municipality | null) =>
    mun
      ? mun.methodists.length
        ? rnd.pick(mun.methodists)
        : undefined
      : ctx.regionalMethodists.length
        ? rnd.pick(ctx.regionalMethodists)
        : undefined;

  for (let year = 0; year < ctx.options.years; year++) {
    const yearTo = today - year * 365;
    const yearFrom = yearTo - 364;
    const day = () => rnd.int(yearFrom, yearTo);
    for (const kind of federalPlan) event(kind, 'federal', null, day(), regionPool, undefined);
    for (const kind of regionalPlan) {
      const host = rnd.chance(0.2) ? rnd.pick(ctx.municipalities) : null;
      event(kind, 'regional', host, day(), regionPool, organizerOf(null));
    }
    for (const mun of ctx.municipalities) {
      for (const kind of municipalPlan) event(kind, 'municipal', mun, day(), munPool(mun), organizerOf(mun));
      for (const org of mun.orgs) {
        if (org.kind === 'methodical_center' || org.kind === 'other' || org.people.length < 6) continue;
        event(
          rnd.pick(['seminar', 'master_class'] as const),
          'school',
          rnd.chance(0.8) ? mun : null,
          day(),
          () => org.people,
          org.people.find((p) => p.manager),
        );
      }
    }
  }
  // Events planned for the coming weeks: registered, nobody attended yet.
  for (const mun of ctx.municipalities)
    event(rnd.pick(municipalPlan), 'municipal', mun, today + rnd.int(5, 60), munPool(mun), organizerOf(mun));
}

export function buildConsultations(ctx: Context): void {
  const { rnd, today, out } = ctx;
  let n = 0;
  for (const person of ctx.teachers) {
    const from = Math.max(ctx.from, person.start);
    const to = person.end ?? today;
    for (let year = 0; year < ctx.options.years; year++) {
      const yearFrom = Math.max(from, today - (year + 1) * 365);
      const yearTo = Math.min(to, today - year * 365);
      if (yearFrom > yearTo || !rnd.chance(person.young ? 0.25 : 0.1)) continue;
      const date = rnd.int(yearFrom, yearTo);
      const mun = person.org.municipality;
      const deputies = person.org.people.filter((p) => p.manager && p !== person);
      const route = rnd.weighted([
        ['municipal', 60],
        ['school', 25],
        ['regional', 10],
        ['federal', 1],
        ['none', 4],
      ] as const);
      const pool =
        route === 'municipal' ? mun.methodists : route === 'school' ? deputies : route === 'regional' ? ctx.regionalMethodists : [];
      const assignee = pool.length && route !== 'federal' ? rnd.pick(pool) : null;
      const level = route === 'none' || (route !== 'federal' && !assignee) ? null : route;
      const resolvedOn = level !== null && date + 1 <= today && rnd.chance(0.92) ? Math.min(today, date + rnd.int(0, 30)) : null;
      const outcome =
        resolvedOn === null
          ? null
          : rnd.weighted([
              ['full', 65],
              ['partial', 25],
              ['none', 10],
            ] as const);
      out.consultations.push({
        code: `cons-${pad(++n, 6)}`,
        requester: person.code,
        date: toIso(date),
        assignee: assignee?.code ?? null,
        assigneeLevel: level,
        resolvedOn: resolvedOn === null ? null : toIso(resolvedOn),
        outcome,
      });
    }
  }
}

export function buildPractices(ctx: Context): void {
  const { rnd, today, out } = ctx;
  const authors = ctx.teachers.filter((p) => !p.young && p.org.kind !== 'methodical_center');
  if (!authors.length) return;
  const count = Math.max(8, Math.round(ctx.staff.length / 50));
  for (let i = 0; i < count; i++) {
    const code = `bp-${pad(i + 1, 5)}`;
    const lead = rnd.pick(authors);
    const team = [
      lead,
      ...rnd.sample(
        lead.org.people.filter((p) => p !== lead && !p.manager),
        rnd.int(0, 2),
      ),
    ];
    const status =
      i < 4
        ? (['published', 'submitted', 'in_review', 'rejected'] as const)[i]!
        : rnd.weighted([
            ['published', 45],
            ['submitted', 20],
            ['in_review', 20],
            ['rejected', 15],
          ] as const);
    const publishedOn = status === 'published' ? rnd.int(ctx.from + 60, today - 1) : null;
    out.practices.push({
      code,
      title: c.practiceTitles[i % c.practiceTitles.length]!,
      authors: team.map((p) => p.code),
      status,
      publishedOn: publishedOn === null ? null : toIso(publishedOn),
    });
    if (publishedOn === null) continue;
    const local = lead.org.municipality.teachers;
    const adopters = [...rnd.sample(local, rnd.int(0, 9)), ...rnd.sample(ctx.teachers, rnd.int(0, 4))];
    const seen = new Set<Staff>(team);
    for (const person of adopters) {
      if (seen.has(person)) continue;
      seen.add(person);
      const latest = Math.min(today, person.end ?? today);
      if (latest < publishedOn) continue;
      out.practiceAdoptions.push({ practice: code, person: person.code, date: toIso(rnd.int(publishedOn, latest)) });
    }
  }
}
