import { monitoringReaders } from './cases.monitoring.js';
import { allow, type MatrixCase } from './matrix.js';

export const queueCases: Record<string, MatrixCase> = {
  'GET /api/v1/queue': {
    // Territories as for the indicators: a school admin's own is its school, its municipality foreign.
    build: (w, t, who) => {
      const own = who === 'school_admin' ? w.orgACode : w.munACode;
      const foreign = who === 'school_admin' ? w.munACode : w.munBCode;
      return { method: 'GET', path: `/api/v1/queue?scope=${t === 'own' ? own : foreign}` };
    },
    own: allow(200, monitoringReaders),
  },
};
