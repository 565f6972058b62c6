import { allow, type MatrixCase, type Target, type Who } from './matrix.js';
import type { World } from './world.js';

/** The roles that read indicators: every territorial role but the tutor; teachers and experts none. */
export const monitoringReaders = [
  'region_admin',
  'region_methodist',
  'authority',
  'municipal_head',
  'municipal_methodist',
  'school_admin',
] as const;

export const monitoringCases: Record<string, MatrixCase> = {
  // The caller's own territories only (scopes.test.ts checks which): nothing to ask for abroad.
  'GET /api/v1/scopes': {
    build: () => ({ method: 'GET', path: '/api/v1/scopes' }),
    own: allow(200, monitoringReaders),
    territorial: false,
  },
  'GET /api/v1/indicators': {
    // A school admin's own territory is its school; the municipality around it is foreign to it,
    // as municipality B is to everyone bound inside A.
    build: (w, t, who) => {
      const own = who === 'school_admin' ? w.orgACode : w.munACode;
      const foreign = who === 'school_admin' ? w.munACode : w.munBCode;
      return { method: 'GET', path: `/api/v1/indicators?scope=${t === 'own' ? own : foreign}&from=2024-01-01&to=2024-12-31` };
    },
    own: allow(200, monitoringReaders),
  },
  'GET /api/v1/quality': {
    // Territories as for the indicators: a school admin's own is its school, its municipality foreign.
    build: (w, t, who) => {
      const own = who === 'school_admin' ? w.orgACode : w.munACode;
      const foreign = who === 'school_admin' ? w.munACode : w.munBCode;
      return { method: 'GET', path: `/api/v1/quality?scope=${t === 'own' ? own : foreign}` };
    },
    own: allow(200, monitoringReaders),
  },
  'GET /api/v1/quality/:check': {
    build: (w, t, who) => {
      const own = who === 'school_admin' ? w.orgACode : w.munACode;
      const foreign = who === 'school_admin' ? w.munACode : w.munBCode;
      return { method: 'GET', path: `/api/v1/quality/people_without_birth_date?scope=${t === 'own' ? own : foreign}` };
    },
    own: allow(200, monitoringReaders),
  },
  'GET /api/v1/indicators/:code/members': {
    build: (w, t, who) => ({ method: 'GET', path: `/api/v1/indicators/staff_pd_share/members?${drillQuery(w, t, who)}` }),
    own: allow(200, monitoringReaders),
  },
  'GET /api/v1/indicators/:code/members.xlsx': {
    build: (w, t, who) => ({ method: 'GET', path: `/api/v1/indicators/teacher_iom_share/members.xlsx?${drillQuery(w, t, who)}&side=rest` }),
    own: allow(200, monitoringReaders),
  },
  'GET /api/v1/indicators/report.xlsx': {
    build: (w, t, who) => ({ method: 'GET', path: `/api/v1/indicators/report.xlsx?${drillQuery(w, t, who)}` }),
    own: allow(200, monitoringReaders),
  },
  'GET /api/v1/indicators/report.pdf': {
    build: (w, t, who) => ({ method: 'GET', path: `/api/v1/indicators/report.pdf?${drillQuery(w, t, who)}` }),
    own: allow(200, monitoringReaders),
  },
  'GET /api/v1/indicators/breakdown': {
    build: (w, t, who) => ({ method: 'GET', path: `/api/v1/indicators/breakdown?${drillQuery(w, t, who)}` }),
    // A school has no child territories to break its figures down by; the municipality around it is foreign.
    own: allow(200, monitoringReaders, { school_admin: 422 }),
    foreign: { school_admin: 404 },
  },
};

/** The same territories as `GET /indicators`: a school admin's own is its school. */
function drillQuery(w: World, t: Target, who: Who): string {
  const own = who === 'school_admin' ? w.orgACode : w.munACode;
  const foreign = who === 'school_admin' ? w.munACode : w.munBCode;
  return `scope=${t === 'own' ? own : foreign}&from=2024-01-01&to=2024-12-31`;
}
