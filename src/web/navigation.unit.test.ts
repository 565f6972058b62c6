import { describe, expect, it } from 'vitest';
import type { Me } from '../shared/auth.js';
import type { Role } from '../shared/enums.js';
// The test (not the bundle) reads the server's policy, so that `can` is what /auth/me would list.
// eslint-disable-next-line no-restricted-imports
import { policy } from '../server/auth/policy.js';
import { activeItem, homePath, navigation, topBarContext } from './navigation.js';

/** A user with one role, bound as the demo binds it, and the actions the server would list in `can`. */
function user(role: Role, personId: number | null = 7): Me {
  const bound = {
    region_admin: [null, null],
    teacher: [null, null],
    expert: [null, null],
    school_admin: [null, 3],
    tutor: [null, 3],
  } as const;
  const [municipalityId, organizationId] = (bound as Record<string, readonly [null, number | null]>)[role] ?? [1, null];
  return {
    userId: 1,
    login: role,
    displayName: role,
    personId,
    grants: [{ role, municipalityId, organizationId }],
    csrfToken: 'x',
    today: '2026-11-30',
    can: Object.entries(policy)
      .filter(([, roles]) => (roles as readonly Role[]).includes(role))
      .map(([action]) => action),
  };
}

describe('куда попадает роль после входа', () => {
  it.each([
    ['region_admin', '/queue'],
    ['region_methodist', '/monitoring'],
    ['authority', '/monitoring'],
    ['municipal_head', '/queue'],
    ['municipal_methodist', '/queue'],
    ['school_admin', '/queue'],
    ['tutor', '/registry/people'],
    ['teacher', '/cabinet'],
    ['expert', '/registry/people/7'],
  ] as const)('%s → %s, и эта страница есть в меню', (role, home) => {
    const me = user(role);
    expect(homePath(me)).toBe(home);
    const items = navigation(me).flatMap((s) => s.items.map((i) => i.to));
    expect(items).toContain(home);
  });

  it('педагог и эксперт без карточки попадают на смену пароля, а не на чужую страницу', () => {
    expect(homePath(user('teacher', null))).toBe('/account/password');
    expect(homePath(user('expert', null))).toBe('/account/password');
    expect(navigation(user('expert', null))).toEqual([]);
  });
});

describe('в меню горит один пункт', () => {
  const sections = navigation(user('region_admin'));
  it.each([
    ['/monitoring', '/monitoring'],
    ['/monitoring/indicators/staff_pd_share', '/monitoring'],
    ['/monitoring/reports', '/monitoring/reports'],
    ['/monitoring/reports/5/indicators/x', '/monitoring/reports'],
    ['/registry/people/12', '/registry/people'],
    ['/queue', '/queue'],
    ['/account/password', null],
  ])('%s → %s', (path, active) => {
    expect(activeItem(sections, path)).toBe(active);
  });
});

describe('верхняя панель', () => {
  it.each([
    ['/monitoring', { territory: true, period: true }],
    ['/monitoring/indicators/staff_pd_share', { territory: true, period: true }],
    ['/queue', { territory: true, period: false }],
    ['/monitoring/reports', { territory: false, period: false }],
    ['/registry/people', { territory: false, period: false }],
  ])('%s', (path, context) => {
    expect(topBarContext(path)).toEqual(context);
  });
});
