// Which generated people the demo accounts stand for: read from the package, so any seed works.
import type { ExchangePackage } from '../../../shared/exchange.js';
import { addYears, toDay } from './random.js';

export interface DemoCast {
  municipalities: [first: string, second: string];
  school: string;
  /** Person codes by login; null = an account without a person. */
  people: Record<'curator' | 'mms' | 'metodist' | 'metodist2' | 'school' | 'tutor' | 'expert' | 'teacher', string>;
}

export function castDemoPeople(pkg: ExchangePackage, today: string): DemoCast {
  const current = <T extends { end?: string | null | undefined; start?: string | null | undefined }>(x: T) =>
    (x.start == null || x.start <= today) && (x.end == null || x.end >= today);
  const employed = pkg.employments.filter(current);
  const memberships = pkg.activeMemberships.filter(current);
  const holds = (person: string, kind: string, level?: string) =>
    memberships.some((m) => m.person === person && m.kind === kind && (!level || m.level === level));
  const staffOf = (org: string, category: 'teacher' | 'manager') =>
    employed.filter((e) => e.organization === org && e.category === category);
  const required = (value: string | undefined, what: string) => {
    if (!value) throw new Error(`Демонстрационные данные: не найдено — ${what}`);
    return value;
  };

  const [first, second] = pkg.municipalities;
  if (!first || !second) throw new Error('Демонстрационным данным нужны хотя бы два муниципалитета');
  const centre = (mun: string) =>
    required(pkg.organizations.find((o) => o.municipality === mun && o.kind === 'methodical_center')?.code, 'методический центр');
  const methodists = (mun: string) =>
    staffOf(centre(mun), 'teacher')
      .filter((e) => holds(e.person, 'methodical', 'municipal'))
      .map((e) => e.person);
  const school = required(pkg.organizations.find((o) => o.municipality === first.code && o.kind === 'school')?.code, 'школа');

  const people = new Map(pkg.people.map((p) => [p.code, p]));
  const day = toDay(today);
  const young = (code: string) => {
    const p = people.get(code)!;
    return !!p.birthDate && !!p.careerStart && addYears(toDay(p.birthDate), 35) > day && addYears(toDay(p.careerStart), 3) > day;
  };
  const schoolTeachers = staffOf(school, 'teacher').map((e) => e.person);
  const mentees = new Set(pkg.mentoringPairs.filter(current).map((p) => p.mentee));
  const mentors = new Set(pkg.mentoringPairs.filter(current).map((p) => p.mentor));
  const youngTeachers = schoolTeachers.filter(young);
  const teacher = required(youngTeachers.find((p) => mentees.has(p)) ?? youngTeachers[0], 'молодой педагог школы');
  const tutor = required(
    schoolTeachers.find((p) => mentors.has(p) && p !== teacher) ?? schoolTeachers.find((p) => !young(p)),
    'наставник школы',
  );

  const metodist = required(methodists(first.code)[0], 'методист первого муниципалитета');
  const regional = [...new Set(memberships.filter((m) => m.kind === 'methodical' && m.level === 'regional').map((m) => m.person))];
  const curator = required(regional.find((p) => p !== metodist) ?? regional[0], 'региональный методист');
  const firstOrgs = new Set(pkg.organizations.filter((o) => o.municipality === first.code).map((o) => o.code));
  const experts = [...new Set(memberships.filter((m) => m.kind === 'expert').map((m) => m.person))].filter(
    (p) => p !== tutor && p !== teacher,
  );
  const expert = required(
    experts.find((p) => employed.some((e) => e.person === p && firstOrgs.has(e.organization))) ?? experts[0],
    'эксперт',
  );

  return {
    municipalities: [first.code, second.code],
    school,
    people: {
      curator,
      mms: required(staffOf(centre(first.code), 'manager').find((e) => e.position === 'директор')?.person, 'директор методического центра'),
      metodist,
      metodist2: required(methodists(second.code)[0], 'методист второго муниципалитета'),
      school: required(staffOf(school, 'manager').find((e) => e.position === 'директор')?.person, 'директор школы'),
      tutor,
      expert,
      teacher,
    },
  };
}
