import { defaultPeriodKinds } from '../../shared/reporting-periods.js';
import { policy } from '../auth/policy.js';
import { allow, type MatrixCase } from './matrix.js';

/** Profiles and the region's monitoring settings: region-wide, so there is no foreign territory. */
const settingsReaders = policy['registry.read'];

export const profilesCases: Record<string, MatrixCase> = {
  'GET /api/v1/profiles': {
    build: () => ({ method: 'GET', path: '/api/v1/profiles' }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
  'GET /api/v1/profiles/:code': {
    build: () => ({ method: 'GET', path: '/api/v1/profiles/altai-2020' }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
  'POST /api/v1/profiles/:code/apply': {
    build: () => ({ method: 'POST', path: '/api/v1/profiles/kostroma-2020/apply' }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
  'GET /api/v1/settings/monitoring': {
    build: () => ({ method: 'GET', path: '/api/v1/settings/monitoring' }),
    own: allow(200, settingsReaders),
    territorial: false,
  },
  'PUT /api/v1/settings/monitoring': {
    build: () => ({
      method: 'PUT',
      path: '/api/v1/settings/monitoring',
      body: {
        indicators: ['staff_pd_share', 'community_count'],
        thresholds: { staff_pd_share: 15 },
        reportingPeriods: defaultPeriodKinds(),
      },
    }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
};
