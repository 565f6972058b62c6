import { allow, municipalReaders, type MatrixCase, type Target } from './matrix.js';
import type { World } from './world.js';

/** Reports belong to a municipality as a whole (or the region): no school-level role reads them. */
const reportReaders = municipalReaders;

/** A period of its own for every report the matrix freezes, ending on a default reporting date. */
const freshPeriod = (w: World) => {
  const year = 1000 + w.n();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
};

const territory = (w: World, target: Target) => (target === 'own' ? w.munACode : w.munBCode);

/** A report of the target municipality frozen by the region admin, moved on to `status` when asked. */
async function freshReport(w: World, target: Target, status: 'frozen' | 'submitted' = 'frozen'): Promise<number> {
  const response = await w.clients.region_admin.post('/api/v1/reports', { scope: territory(w, target), ...freshPeriod(w) });
  if (response.status !== 200) throw new Error(`freshReport: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: number };
  // The cycle's own step (frozen → submitted) taken directly: the submitting head of B is not in the world.
  if (status === 'submitted') await w.t.database.db.execute(`update reports set status = 'submitted' where id = ${id}`);
  return id;
}

const readReport = (suffix: string): MatrixCase => ({
  build: async (w, t) => ({ method: 'GET', path: `/api/v1/reports/${await freshReport(w, t)}${suffix}` }),
  own: allow(200, reportReaders),
});

export const reportsCases: Record<string, MatrixCase> = {
  'GET /api/v1/reports': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/reports?scope=${territory(w, t)}` }),
    own: allow(200, reportReaders),
  },
  'GET /api/v1/reports/submissions': {
    build: () => ({ method: 'GET', path: '/api/v1/reports/submissions?from=2024-01-01&to=2024-12-31' }),
    own: allow(200, reportReaders),
    territorial: false,
  },
  'GET /api/v1/reports/trend': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/reports/trend?scope=${territory(w, t)}` }),
    own: allow(200, reportReaders),
  },
  'POST /api/v1/reports': {
    build: (w, t) => ({ method: 'POST', path: '/api/v1/reports', body: { scope: territory(w, t), ...freshPeriod(w) } }),
    own: allow(200, ['region_admin', 'municipal_head']),
  },
  'GET /api/v1/reports/:id': readReport(''),
  'GET /api/v1/reports/:id/compare': readReport('/compare'),
  'GET /api/v1/reports/:id/members/:code': readReport('/members/staff_pd_share?side=rest'),
  'GET /api/v1/reports/:id/report.xlsx': readReport('/report.xlsx'),
  'GET /api/v1/reports/:id/report.pdf': readReport('/report.pdf'),
  'POST /api/v1/reports/:id/submit': {
    build: async (w, t) => ({ method: 'POST', path: `/api/v1/reports/${await freshReport(w, t)}/submit` }),
    own: allow(200, ['municipal_head']),
  },
  'POST /api/v1/reports/:id/accept': {
    build: async (w, t) => ({ method: 'POST', path: `/api/v1/reports/${await freshReport(w, t, 'submitted')}/accept` }),
    own: allow(200, ['region_admin']),
  },
  'POST /api/v1/reports/:id/return': {
    build: async (w, t) => ({
      method: 'POST',
      path: `/api/v1/reports/${await freshReport(w, t, 'submitted')}/return`,
      body: { comment: 'Уточните данные' },
    }),
    own: allow(200, ['region_admin']),
  },
};
