import { periodOf, type ReportAcceptor } from '../../shared/reporting-periods.js';
import { selectRegion, writeMonitoringSettings } from '../modules/profiles/profiles.queries.js';
import { readMonitoringSettings } from '../modules/profiles/profiles.service.js';
import { freezeReport } from '../modules/reports/reports.service.js';
import { allow, municipalReaders, type MatrixCase, type Target } from './matrix.js';
import type { World } from './world.js';

/** Reports belong to a municipality as a whole (or the region): no school-level role reads them. */
const reportReaders = municipalReaders;

/**
 * A reporting period of its own for every report the matrix freezes, of a kind the given acceptor
 * accepts: the region's own kind when it has one (other cases edit the settings), else one added.
 */
async function freshPeriod(w: World, acceptor: ReportAcceptor = 'region') {
  const db = w.t.database.db;
  const settings = await readMonitoringSettings(db);
  let kind = settings.reportingPeriods.find((k) => k.acceptor === acceptor);
  if (!kind) {
    kind = { code: `matrix-${acceptor}`, name: `Матрица: ${acceptor}`, start: '03-01', end: '03-31', acceptor };
    await writeMonitoringSettings(db, (await selectRegion(db))!.id, {
      ...settings,
      reportingPeriods: [...settings.reportingPeriods, kind],
    });
  }
  const { from, to } = periodOf(kind, 1000 + w.n());
  return { from, to };
}

const territory = (w: World, target: Target) => (target === 'own' ? w.munACode : w.munBCode);

/**
 * A report of the target municipality frozen by its head, moved on to `status` when asked. The
 * world has a head for A only, so the freeze goes through the service with B's head's scope.
 */
async function freshReport(
  w: World,
  target: Target,
  status: 'frozen' | 'submitted' = 'frozen',
  acceptor: ReportAcceptor = 'region',
): Promise<number> {
  const municipalityId = target === 'own' ? w.munA : w.munB;
  const head = { userId: 0, login: 'matrix-head', displayName: 'Руководитель ММС', personId: null, grants: [] };
  const scope = { region: false, municipalityIds: [municipalityId], organizationIds: [], personIds: [] };
  const { id } = await freezeReport(w.t.database.db, head, { scopeCode: territory(w, target), ...(await freshPeriod(w, acceptor)) }, scope);
  // The cycle's own step (frozen → submitted), taken directly for the same reason.
  if (status === 'submitted') {
    await w.t.database.db.execute(
      `update reports set status = 'submitted', submitted_at = now(), submitted_by_name = 'X' where id = ${id}`,
    );
  }
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
    build: async (w, t) => ({ method: 'POST', path: '/api/v1/reports', body: { scope: territory(w, t), ...(await freshPeriod(w)) } }),
    // The region admin freezes the region's report only: a municipality's is its head's.
    own: allow(200, ['municipal_head'], { region_admin: 403 }),
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
  // The regional operator accepts (001): the region admin; an authority reads the report but may not.
  'POST /api/v1/reports/:id/accept': {
    build: async (w, t) => ({ method: 'POST', path: `/api/v1/reports/${await freshReport(w, t, 'submitted')}/accept` }),
    own: allow(200, ['region_admin']),
    foreign: { authority: 404 },
  },
  'POST /api/v1/reports/:id/return': {
    build: async (w, t) => ({
      method: 'POST',
      path: `/api/v1/reports/${await freshReport(w, t, 'submitted')}/return`,
      body: { comment: 'Уточните данные' },
    }),
    own: allow(200, ['region_admin']),
    foreign: { authority: 404 },
  },
  // The municipal education authority accepts (000, 002, 004): its own municipality's only.
  'POST /api/v1/reports/:id/accept · орган управления': {
    build: async (w, t) => ({ method: 'POST', path: `/api/v1/reports/${await freshReport(w, t, 'submitted', 'authority')}/accept` }),
    own: allow(200, ['authority']),
  },
  'POST /api/v1/reports/:id/return · орган управления': {
    build: async (w, t) => ({
      method: 'POST',
      path: `/api/v1/reports/${await freshReport(w, t, 'submitted', 'authority')}/return`,
      body: { comment: 'Уточните данные' },
    }),
    own: allow(200, ['authority']),
  },
};
