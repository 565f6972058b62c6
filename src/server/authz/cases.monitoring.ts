import { allow, type MatrixCase } from './matrix.js';

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
};
