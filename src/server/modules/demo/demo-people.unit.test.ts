import { describe, expect, it } from 'vitest';
import { castDemoPeople } from './demo-people.js';
import { demoSize, generateRegion } from './generate.js';
import { addYears, toDay } from './random.js';

const today = '2026-11-23';

describe.each([2026, 1, 99])('castDemoPeople, seed %i', (seed) => {
  const pkg = generateRegion({ seed, ...demoSize, today });
  const cast = castDemoPeople(pkg, today);
  const currentAt = (person: string) =>
    pkg.employments.filter((e) => e.person === person && (e.end == null || e.end >= today)).map((e) => e.organization);
  const centre = (mun: string) => pkg.organizations.find((o) => o.municipality === mun && o.kind === 'methodical_center')!.code;
  const holds = (person: string, kind: string, level?: string) =>
    pkg.activeMemberships.some(
      (m) => m.person === person && m.kind === kind && (!level || m.level === level) && (m.end == null || m.end >= today),
    );

  it('casts each account as the person its role needs', () => {
    const [first, second] = cast.municipalities;
    expect(pkg.organizations.find((o) => o.code === cast.school)).toMatchObject({ municipality: first, kind: 'school' });
    expect(currentAt(cast.people.metodist)).toContain(centre(first));
    expect(currentAt(cast.people.metodist2)).toContain(centre(second));
    expect(currentAt(cast.people.mms)).toContain(centre(first));
    expect(holds(cast.people.curator, 'methodical', 'regional')).toBe(true);
    expect(holds(cast.people.expert, 'expert')).toBe(true);
    expect(currentAt(cast.people.school)).toContain(cast.school);
    expect(currentAt(cast.people.tutor)).toContain(cast.school);
    expect(currentAt(cast.people.teacher)).toContain(cast.school);
    const teacher = pkg.people.find((p) => p.code === cast.people.teacher)!;
    expect(addYears(toDay(teacher.birthDate!), 35)).toBeGreaterThan(toDay(today));
    expect(addYears(toDay(teacher.careerStart!), 3)).toBeGreaterThan(toDay(today));
    expect(new Set(Object.values(cast.people)).size).toBe(Object.keys(cast.people).length);
  });
});
