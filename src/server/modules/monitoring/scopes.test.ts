import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.js';
import type { MonitoringScope } from '../../../shared/monitoring.js';
import { startTestApp, type TestContext } from '../../test/harness.js';

let t: TestContext;
let region: { code: string; name: string };
let munA: { id: number; code: string; name: string };
let munB: { id: number; code: string; name: string };
let schoolA: { id: number; code: string; name: string };

beforeAll(async () => {
  t = await startTestApp();
  region = await t.make.region({ code: 'S-REGION', name: 'Тестовая область' });
  // Named so that the order by name differs from the order of creation.
  munB = await t.make.municipality({ code: 'S-B', name: 'Борисовский район' });
  munA = await t.make.municipality({ code: 'S-A', name: 'Алексеевский район' });
  schoolA = await t.make.organization({ municipalityId: munA.id, code: 'S-A1', name: 'Школа № 1' });
  await t.make.organization({ municipalityId: munB.id, code: 'S-B1', name: 'Школа № 2' });
});
afterAll(() => t.close());

async function scopesOf(grants: { role: Role; municipalityId?: number; organizationId?: number }[]) {
  const user = await t.make.user(grants);
  const client = await t.as(user.login, user.password);
  const response = await client.get('/api/v1/scopes');
  return { client, status: response.status, body: response.status === 200 ? ((await response.json()) as MonitoringScope[]) : [] };
}

describe('GET /api/v1/scopes', () => {
  it('администратору региона даёт сначала регион, затем все муниципалитеты по названию', async () => {
    const { body } = await scopesOf([{ role: 'region_admin' }]);
    expect(body).toEqual([
      { kind: 'region', code: region.code, name: region.name },
      { kind: 'municipality', code: munA.code, name: munA.name },
      { kind: 'municipality', code: munB.code, name: munB.name },
    ]);
  });

  it('муниципальным ролям — только их муниципалитеты, куратору двух — оба, без региона', async () => {
    expect((await scopesOf([{ role: 'municipal_methodist', municipalityId: munB.id }])).body).toEqual([
      { kind: 'municipality', code: munB.code, name: munB.name },
    ]);
    const curator = await scopesOf([
      { role: 'region_methodist', municipalityId: munB.id },
      { role: 'region_methodist', municipalityId: munA.id },
    ]);
    expect(curator.body.map((s) => s.code)).toEqual([munA.code, munB.code]);
  });

  it('руководителю ОО — только его организация, не муниципалитет вокруг неё', async () => {
    const { body } = await scopesOf([{ role: 'school_admin', organizationId: schoolA.id }]);
    expect(body).toEqual([{ kind: 'organization', code: schoolA.code, name: schoolA.name }]);
  });

  it('каждую выданную территорию принимают показатели', async () => {
    for (const grants of [
      [{ role: 'region_admin' as const }],
      [{ role: 'authority' as const, municipalityId: munA.id }],
      [{ role: 'school_admin' as const, organizationId: schoolA.id }],
    ]) {
      const { client, body } = await scopesOf(grants);
      expect(body.length).toBeGreaterThan(0);
      for (const scope of body) {
        const response = await client.get(`/api/v1/indicators?scope=${scope.code}&from=2025-01-01&to=2025-12-31`);
        expect(response.status, `${grants[0]!.role} ${scope.code}`).toBe(200);
      }
    }
  });

  it('педагогу и тьютору отказывает', async () => {
    expect((await scopesOf([{ role: 'tutor', organizationId: schoolA.id }])).status).toBe(403);
    expect((await scopesOf([{ role: 'teacher' }])).status).toBe(403);
  });
});
