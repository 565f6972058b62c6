import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../../test/harness.js';
import { demoPassword, loadDemoIfEmpty } from '../demo/demo.js';

// The demo region reports as the Vsevolozhsk service (004) and can be switched to another profile.
describe('профиль демонстрационного региона', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoIfEmpty(t.database, '2026-11-23');
  }, 300_000);
  afterAll(() => t.close());

  it('демо-регион работает по профилю vsevolozhsk-2023 и переключается на другой', async () => {
    const admin = await t.as('admin', demoPassword);
    const settings = await (await admin.get('/api/v1/settings/monitoring')).json();
    expect(settings.profile).toBe('vsevolozhsk-2023');
    expect(settings.indicators[0]).toBe('mgmt_team_pd_count');
    const switched = await admin.post('/api/v1/profiles/kostroma-2020/apply');
    expect(switched.status).toBe(200);
    expect((await switched.json()).profile).toBe('kostroma-2020');
  });
});
