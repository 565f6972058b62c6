import { createRoute } from '@hono/zod-openapi';
import { monitoringSettings, monitoringSettingsInput, profileFile, profileSummary } from '../../../shared/profiles.js';
import { z } from '../../../shared/zod.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { body, json } from '../../http/openapi.js';
import { listProfiles, loadProfile } from './profiles.files.js';
import { applyProfile, readMonitoringSettings, updateMonitoringSettings } from './profiles.service.js';

const tags = ['Профили и настройки мониторинга'];
const codeParams = z.object({ code: z.string().max(100) });

// The settings are the region's as a whole: there is no territory to narrow, only who may act.
export const profilesRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/profiles', tags, responses: json(z.array(profileSummary)) }), async (c) => {
    guard(c, 'settings.manage');
    return c.json(await listProfiles(), 200);
  })
  .openapi(
    createRoute({ method: 'get', path: '/profiles/{code}', tags, request: { params: codeParams }, responses: json(profileFile) }),
    async (c) => {
      guard(c, 'settings.manage');
      return c.json(await loadProfile(c.req.valid('param').code), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/profiles/{code}/apply',
      tags,
      request: { params: codeParams },
      responses: json(monitoringSettings, 'Профиль применён'),
    }),
    async (c) => {
      const { principal, db } = guard(c, 'settings.manage');
      return c.json(await applyProfile(db, c.req.valid('param').code, principal), 200);
    },
  )
  .openapi(createRoute({ method: 'get', path: '/settings/monitoring', tags, responses: json(monitoringSettings) }), async (c) => {
    const { db } = guard(c, 'registry.read');
    return c.json(await readMonitoringSettings(db), 200);
  })
  .openapi(
    createRoute({
      method: 'put',
      path: '/settings/monitoring',
      tags,
      request: body(monitoringSettingsInput),
      responses: json(monitoringSettings, 'Настройки сохранены'),
    }),
    async (c) => {
      const { principal, db } = guard(c, 'settings.manage');
      return c.json(await updateMonitoringSettings(db, principal, c.req.valid('json')), 200);
    },
  );
