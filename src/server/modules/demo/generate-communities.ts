// Professional communities: РМО by subject, Школа молодого педагога, councils, creative groups, ШМО, regional ones.
import * as c from './catalogues.js';
import { type Context, isActiveOn, type Municipality, type Organization, pad, type Staff } from './model.js';
import { toIso } from './random.js';

type Kind =
  | 'association'
  | 'creative_group'
  | 'young_teacher_school'
  | 'base_site'
  | 'internship_site'
  | 'virtual'
  | 'school_association'
  | 'council';
type Level = 'school' | 'municipal' | 'regional';

export function buildCommunities(ctx: Context): void {
  const { rnd, today, from, out } = ctx;
  let n = 0;

  const community = (
    name: string,
    kind: Kind,
    level: Level,
    mun: Municipality | null,
    org: Organization | null,
    leader: Staff | undefined,
    members: Staff[],
    ended = false,
  ) => {
    const code = `cm-${pad(++n, 5)}`;
    const start = rnd.chance(0.08) ? null : kind === 'creative_group' ? rnd.int(from - 365, today - 200) : from - rnd.int(30, 2000);
    const end = ended && start !== null && start + 365 < today - 1 ? rnd.int(start + 365, today - 1) : null;
    out.communities.push({
      code,
      name,
      kind,
      level,
      municipality: level === 'regional' ? null : mun && (level === 'municipal' || rnd.chance(0.8)) ? mun.code : null,
      organization: org?.code ?? null,
      start: start === null ? null : toIso(start),
      end: end === null ? null : toIso(end),
    });
    const seen = new Set<Staff>();
    const join = (person: Staff, role: 'leader' | 'member') => {
      if (seen.has(person)) return;
      seen.add(person);
      const earliest = Math.max(start ?? from, person.start, from - 365);
      const latest = Math.min(end ?? today, person.end ?? today);
      if (earliest > latest) return;
      const joined = role === 'leader' ? earliest : rnd.int(earliest, latest);
      const left =
        end ??
        (person.end !== null
          ? person.end
          : role === 'member' && joined + 200 < today && rnd.chance(0.1)
            ? rnd.int(joined + 200, today)
            : null);
      out.communityMembers.push({
        community: code,
        person: person.code,
        role,
        start: toIso(joined),
        end: left === null ? null : toIso(Math.max(left, joined)),
      });
    };
    if (leader) join(leader, 'leader');
    for (const person of members) join(person, 'member');
  };

  const experienced = (people: Staff[]) => people.filter((p) => !p.young && p.end === null);

  for (const mun of ctx.municipalities) {
    const lead = (people: Staff[]) =>
      rnd.pick(experienced(people).length ? experienced(people) : mun.methodists.length ? mun.methodists : [mun.centre.people[0]!]);
    for (const [subject, teachers] of c.associationSubjects) {
      const subjectTeachers = mun.teachers.filter((p) => p.subjects?.includes(subject));
      if (!subjectTeachers.length) continue;
      const members = subjectTeachers.filter(() => rnd.chance(0.5));
      community(`Районное методическое объединение ${teachers}`, 'association', 'municipal', mun, null, lead(subjectTeachers), members);
    }
    community(
      `Школа молодого педагога ${mun.genitive}`,
      'young_teacher_school',
      'municipal',
      mun,
      mun.centre,
      lead(mun.methodists),
      mun.young.filter(() => rnd.chance(0.45)),
    );
    community(
      `Методический совет ${mun.genitive}`,
      'council',
      'municipal',
      mun,
      mun.centre,
      mun.centre.people.find((p) => p.manager),
      [...mun.methodists, ...rnd.sample(mun.managers, 8)],
    );
    const groups = rnd.sample(c.creativeGroupTopics, rnd.int(1, 3));
    groups.forEach((topic, i) =>
      community(
        `Творческая группа «${topic}»`,
        'creative_group',
        'municipal',
        mun,
        null,
        lead(mun.teachers),
        rnd.sample(mun.teachers, rnd.int(5, 15)),
        i === 1,
      ),
    );
    for (const org of mun.orgs) {
      const active = org.people.filter((p) => p.end === null);
      if (org.flags.includes('base_site')) {
        const topic = rnd.pick(c.eventTopics);
        community(`Опорная площадка «${topic}» (${org.name})`, 'base_site', 'municipal', mun, org, lead(active), [
          ...rnd.sample(active, 6),
          ...rnd.sample(mun.teachers, 6),
        ]);
      }
      if (org.flags.includes('internship_site')) {
        const topic = rnd.pick(c.eventTopics);
        community(
          `Стажировочная площадка «${topic}» (${org.name})`,
          'internship_site',
          'municipal',
          mun,
          org,
          lead(active),
          rnd.sample(mun.teachers, 10),
        );
      }
      if (org.kind === 'school' && active.length >= 12) {
        const [primary, rest] = [
          active.filter((p) => p.subjects?.includes('Начальные классы')),
          active.filter((p) => !p.subjects?.includes('Начальные классы')),
        ];
        if (primary.length >= 2)
          community('ШМО учителей начальных классов', 'school_association', 'school', mun, org, lead(primary), primary);
        if (rest.length >= 4)
          community(
            'ШМО учителей-предметников',
            'school_association',
            'school',
            mun,
            org,
            lead(rest),
            rest.filter(() => rnd.chance(0.8)),
          );
      }
      if (org.flags.includes('methodical_service') && org.kind !== 'methodical_center' && rnd.chance(0.3)) {
        community(
          `Методический совет (${org.name})`,
          'council',
          'school',
          mun,
          org,
          org.people.find((p) => p.manager),
          rnd.sample(active, 5),
        );
      }
    }
  }

  const teachersNow = ctx.teachers.filter((p) => isActiveOn(p, today));
  const youngNow = ctx.young.filter((p) => isActiveOn(p, today));
  const regionalLead = () => (ctx.regionalMethodists.length ? rnd.pick(ctx.regionalMethodists) : undefined);
  community(
    'Региональное учебно-методическое объединение учителей русского языка и литературы',
    'association',
    'regional',
    null,
    null,
    regionalLead(),
    rnd.sample(
      teachersNow.filter((p) => p.subjects?.includes('Русский язык')),
      40,
    ),
  );
  community(
    'Ассоциация молодых педагогов области',
    'young_teacher_school',
    'regional',
    null,
    null,
    regionalLead(),
    rnd.sample(youngNow, Math.ceil(youngNow.length * 0.1)),
  );
  community(
    'Виртуальное методическое сообщество «Цифровой учитель»',
    'virtual',
    'regional',
    null,
    null,
    regionalLead(),
    rnd.sample(teachersNow, Math.min(300, Math.ceil(teachersNow.length * 0.02))),
  );
  community(
    'Региональная творческая группа «Функциональная грамотность»',
    'creative_group',
    'regional',
    null,
    null,
    regionalLead(),
    rnd.sample(teachersNow, 20),
    true,
  );
}
