// People and their employments: managers and teachers per organization, leavers, movers and part-timers.
import type { EmploymentType, OrganizationKind } from '../../../shared/enums.js';
import * as c from './catalogues.js';
import { allocate } from './generate-organizations.js';
import { type Context, type Organization, pad, type Staff } from './model.js';
import { feminineSurname, femaleFirstNames, maleFirstNames, patronymic, patronymicCount, surnames, transliterate } from './names.js';
import { addYears, dayOfDate, toIso } from './random.js';

const staffBase: Record<OrganizationKind, number> = {
  school: 40,
  kindergarten: 22,
  additional: 16,
  college: 45,
  other: 10,
  methodical_center: 8,
};

const positionsOf: Record<OrganizationKind, c.Position[]> = {
  school: c.schoolPositions,
  kindergarten: c.kindergartenPositions,
  additional: c.additionalPositions,
  college: c.collegePositions,
  other: c.otherPositions,
  methodical_center: c.centrePositions,
};

const managerPositions = (kind: OrganizationKind): string[] =>
  kind === 'kindergarten'
    ? ['заведующий', 'заместитель заведующего по воспитательно-методической работе']
    : kind === 'methodical_center'
      ? ['директор', 'заместитель директора']
      : kind === 'college'
        ? [
            'директор',
            'заместитель директора по учебной работе',
            'заместитель директора по воспитательной работе',
            'заместитель директора по методической работе',
          ]
        : [
            'директор',
            'заместитель директора по учебно-воспитательной работе',
            'заместитель директора по воспитательной работе',
            'заместитель директора по методической работе',
            'заместитель директора по учебно-воспитательной работе',
          ];

export function buildPeople(ctx: Context): void {
  const { rnd } = ctx;
  const orgs = ctx.organizations;
  const quotas = allocate(
    ctx.options.staff,
    orgs.map((o) => staffBase[o.kind] * (0.5 + rnd.next())),
    orgs.map((o) => (o.kind === 'methodical_center' ? 3 : 2)),
  );
  const firstSchool = ctx.municipalities[0]!.orgs.find((o) => o.kind === 'school');
  orgs.forEach((org, o) => {
    const size = quotas[o]!;
    const managerTitles = managerPositions(org.kind);
    const managers = Math.min(managerTitles.length, Math.max(1, Math.round(size * 0.12)), size - 1);
    for (let j = 0; j < size; j++) {
      const manager = j < managers;
      // The first school always has young teachers: the demo teacher account is one of them.
      const young = !manager && ((org === firstSchool && j < managers + 2) || rnd.chance(org.kind === 'methodical_center' ? 0.03 : 0.16));
      const role = manager
        ? { position: managerTitles[j]!, subjects: j > 0 && rnd.chance(0.3) ? [rnd.pick(c.associationSubjects)[0]] : null }
        : rnd.weighted(positionsOf[org.kind].map((p) => [p, p.weight] as const));
      addPerson(ctx, org, manager, young, role.position, role.subjects);
    }
  });
}

const birthMin = dayOfDate(1958, 1, 1);
const birthMax = dayOfDate(2003, 12, 31);

function addPerson(
  ctx: Context,
  org: Organization,
  manager: boolean,
  wantYoung: boolean,
  position: string,
  subjects: string[] | null,
): void {
  const { rnd, today } = ctx;
  const index = ctx.staff.length;
  const female = rnd.chance(org.kind === 'kindergarten' ? 0.97 : manager ? 0.75 : org.kind === 'college' ? 0.7 : 0.86);
  const surname = rnd.pick(surnames);
  const lastName = female ? feminineSurname(surname) : surname;
  const firstName = rnd.pick(female ? femaleFirstNames : maleFirstNames);
  const middleName = rnd.chance(0.01) ? null : patronymic(rnd.int(0, patronymicCount - 1), female);

  let birth: number;
  let career: number;
  let young = false;
  const youngBirthFrom = Math.max(birthMin, addYears(today, -34));
  const youngBirthTo = Math.min(birthMax, addYears(today, -22));
  if (wantYoung && youngBirthFrom <= youngBirthTo) {
    // Margins of a month keep «young» unambiguous for any reading of «35 years» and «3 years».
    birth = rnd.int(youngBirthFrom, youngBirthTo);
    career = rnd.int(Math.max(addYears(birth, 20) + 1, today - 1050), today - 20);
    young = true;
  } else {
    birth = rnd.int(birthMin, Math.min(birthMax, addYears(today, manager ? -38 : -25)));
    const careerTo = Math.min(addYears(birth, 32), addYears(today, -3) - 40);
    const careerFrom = addYears(birth, 20) + 1;
    // birth is at least 25 years ago, so careerFrom <= careerTo.
    career = rnd.int(careerFrom, careerTo);
  }
  const start = young || rnd.chance(0.4) ? career : rnd.int(Math.max(career, addYears(today, -25)), today - 60);
  const leaves = !manager && !young && rnd.chance(0.06) && Math.max(start + 30, ctx.from) <= today - 15;
  const end = leaves ? rnd.int(Math.max(start + 30, ctx.from), today - 15) : null;
  const email = rnd.chance(0.015)
    ? null
    : `${transliterate(firstName)}.${transliterate(lastName)}.${index + 1}@${org.municipality.code.replace('-', '')}.obr.example`;
  const person: Staff = {
    index,
    code: `p-${pad(index + 1, 6)}`,
    lastName,
    firstName,
    middleName,
    birth: !manager && !young && rnd.chance(0.004) ? null : birth,
    career: !manager && !young && rnd.chance(0.004) ? null : career,
    young,
    org,
    manager,
    position,
    subjects,
    start,
    end,
  };
  ctx.staff.push(person);
  org.people.push(person);
  const mun = org.municipality;
  mun.staff.push(person);
  if (manager) mun.managers.push(person);
  else {
    mun.teachers.push(person);
    ctx.teachers.push(person);
    if (young) {
      mun.young.push(person);
      ctx.young.push(person);
    }
  }
  ctx.out.people.push({
    code: person.code,
    lastName,
    firstName,
    middleName,
    birthDate: iso(person.birth),
    careerStart: iso(person.career),
    email,
  });
}

const iso = (day: number | null) => (day === null ? null : toIso(day));

/** Primary employments, earlier jobs of people who moved, and second jobs of part-timers. */
export function buildEmployments(ctx: Context): void {
  const { rnd, today, out } = ctx;
  for (const person of ctx.staff) {
    const { org } = person;
    const category = person.manager ? 'manager' : 'teacher';
    if (
      !person.manager &&
      !person.young &&
      person.end === null &&
      person.start > ctx.from + 400 &&
      person.career !== null &&
      rnd.chance(0.08)
    ) {
      const previous = rnd.pick(org.municipality.orgs);
      if (person.start - 370 >= person.career) {
        const prevStart = rnd.int(person.career, person.start - 370);
        const prevEnd = Math.max(prevStart, person.start - rnd.int(1, 30));
        out.employments.push(employment(person.code, previous.code, person.position, category, prevStart, prevEnd, person.subjects));
      }
    }
    out.employments.push(employment(person.code, org.code, person.position, category, person.start, person.end, person.subjects));
    if (!person.manager && person.end === null && rnd.chance(0.03)) {
      const mun = rnd.chance(0.25) ? rnd.pick(ctx.municipalities) : org.municipality;
      const second = rnd.pick(mun.orgs);
      if (second !== org) {
        const start = rnd.int(person.start, today - 30);
        const position = second.kind === 'additional' ? 'педагог дополнительного образования' : person.position;
        const end = rnd.chance(0.2) ? rnd.int(start, today - 1) : null;
        // A second job in another organization is внешнее совместительство.
        out.employments.push(employment(person.code, second.code, position, 'teacher', start, end, person.subjects, 'external_part_time'));
      }
    }
  }
}

function employment(
  person: string,
  organization: string,
  position: string,
  category: 'teacher' | 'manager',
  start: number,
  end: number | null,
  subjects: string[] | null,
  type: EmploymentType = 'main',
) {
  return { person, organization, position, category, start: iso(start)!, end: iso(end), subjects, type };
}
