import { allow, territorialReaders, type MatrixCase, type Target } from './matrix.js';
import type { World } from './world.js';

const grantIn = (w: World, target: Target) => ({
  role: 'municipal_methodist',
  municipalityId: target === 'own' ? w.munA : w.munB,
  organizationId: null,
});

async function userIn(w: World, target: Target) {
  const user = await w.make.user([{ role: 'municipal_methodist', municipalityId: target === 'own' ? w.munA : w.munB }]);
  return user.id;
}

/** Sign-in, users and audit routes. */
export const coreCases: Record<string, MatrixCase> = {
  'POST /api/v1/auth/login': {
    build: (w) => ({ method: 'POST', path: '/api/v1/auth/login', body: { login: `matrix-municipal_head`, password: w.password } }),
    own: allow(200, 'all', { anonymous: 200 }),
    territorial: false,
    freshSession: true,
  },
  'GET /api/v1/auth/me': { build: () => ({ method: 'GET', path: '/api/v1/auth/me' }), own: allow(200, 'all'), territorial: false },
  'POST /api/v1/auth/logout': {
    build: () => ({ method: 'POST', path: '/api/v1/auth/logout' }),
    own: allow(204, 'all', { anonymous: 204 }),
    territorial: false,
    freshSession: true,
  },
  'POST /api/v1/auth/password': {
    // A wrong current password: the route is reached (422) by every signed-in role, never changed.
    build: () => ({
      method: 'POST',
      path: '/api/v1/auth/password',
      body: { currentPassword: 'не тот пароль', newPassword: 'Новый-пароль-на-весну-2027' },
    }),
    own: allow(422, 'all'),
    territorial: false,
  },
  'GET /api/v1/openapi.json': {
    build: () => ({ method: 'GET', path: '/api/v1/openapi.json' }),
    own: allow(200, 'all', { anonymous: 200 }),
    territorial: false,
  },
  'GET /api/v1/users': {
    build: () => ({ method: 'GET', path: '/api/v1/users?q=matrix' }),
    own: allow(200, ['region_admin', 'municipal_head']),
    territorial: false,
  },
  'GET /api/v1/users/:id': {
    build: async (w, target) => ({ method: 'GET', path: `/api/v1/users/${await userIn(w, target)}` }),
    own: allow(200, ['region_admin', 'municipal_head']),
  },
  'POST /api/v1/users': {
    build: (w, target) => ({
      method: 'POST',
      path: '/api/v1/users',
      body: { login: `matrix-new-${w.n()}`, displayName: 'Новый', password: 'Тёплый-вечер-у-реки-77', grants: [grantIn(w, target)] },
    }),
    own: allow(201, ['region_admin', 'municipal_head']),
  },
  'PATCH /api/v1/users/:id': {
    build: async (w, target) => ({
      method: 'PATCH',
      path: `/api/v1/users/${await userIn(w, target)}`,
      body: { displayName: `Изменён ${w.n()}` },
    }),
    own: allow(200, ['region_admin', 'municipal_head']),
  },
  'GET /api/v1/audit': {
    build: () => ({ method: 'GET', path: '/api/v1/audit?pageSize=5' }),
    own: allow(200, ['region_admin', 'municipal_head']),
    territorial: false,
  },
  // A card's history: every territorial reader of the card; a card of another territory is not found.
  'GET /api/v1/audit/history': {
    build: (w, target) => ({ method: 'GET', path: `/api/v1/audit/history?subject=person:${target === 'own' ? w.personA : w.personB}` }),
    own: allow(200, territorialReaders),
  },
};
