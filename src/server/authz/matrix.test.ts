import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestClient, type TestContext } from '../test/harness.js';
import { coreCases } from './cases.core.js';
import { monitoringCases } from './cases.monitoring.js';
import { positionsCases } from './cases.positions.js';
import { registryCases } from './cases.registry.js';
import { reportsCases } from './cases.reports.js';
import { transferCases } from './cases.transfer.js';
import { profilesCases } from './cases.profiles.js';
import { queueCases } from './cases.queue.js';
import { foreignStatus, type MatrixCase, type Target, type Who } from './matrix.js';
import { allRoles, buildWorld, fingerprint, type World } from './world.js';

/**
 * Every API route of the app must have an entry here; a new route without one fails the test. A
 * route may have more than one, told apart after « · » (`POST /api/v1/x · variant`).
 */
const cases: Record<string, MatrixCase> = {
  ...coreCases,
  ...registryCases,
  ...transferCases,
  ...profilesCases,
  ...monitoringCases,
  ...reportsCases,
  ...queueCases,
  ...positionsCases,
};

let t: TestContext;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t.close());

const apiRoutes = () =>
  [...new Set(t.app.routes.filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();

describe('матрица доступа', () => {
  it('описывает каждый маршрут API и только их', () => {
    const routes = apiRoutes();
    const routeOf = (key: string) => key.split(' · ')[0]!;
    expect(routes.filter((route) => !Object.keys(cases).some((key) => routeOf(key) === route))).toEqual([]);
    expect(Object.keys(cases).filter((key) => !routes.includes(routeOf(key)))).toEqual([]);
  });

  it('описывает бывшего работодателя для каждого маршрута одного работника', () => {
    const personRoutes = apiRoutes().filter((route) => / \/api\/v1\/people\/:id(\/|$)/.test(route));
    expect(personRoutes.length).toBeGreaterThan(5);
    expect(personRoutes.filter((route) => !cases[route]?.former)).toEqual([]);
  });

  it('отвечает каждой роли ожидаемым статусом на своей и чужой территории и бывшему работодателю; чужое не меняется', async () => {
    const mismatches: string[] = [];
    for (const [route, matrixCase] of Object.entries(cases)) {
      const targets: Target[] = matrixCase.territorial === false ? ['own'] : ['own', 'foreign'];
      if (matrixCase.former) targets.push('former');
      for (const who of ['anonymous', ...allRoles] as Who[]) {
        for (const target of targets) {
          const expected = expectedStatus(matrixCase, target, who);
          const request = await matrixCase.build(w, target, who);
          const client = await clientFor(who, matrixCase.freshSession === true);
          // A refused write changes nothing: checked for every foreign 404 and every refusal of a former employer.
          const refused = target === 'former' ? expected >= 400 : expected === 404;
          const before = refused && request.method !== 'GET' ? await fingerprint(t.database.db) : null;
          const response = await client.request(request.method, request.path, request.body);
          if (response.status !== expected) {
            mismatches.push(
              `${route} ${who} ${target}: ожидали ${expected}, получили ${response.status} ${(await response.text()).slice(0, 200)}`,
            );
          }
          if (before !== null && (await fingerprint(t.database.db)) !== before)
            mismatches.push(`${route} ${who} ${target}: запрос к чужой записи изменил данные`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000); // every route × every role × three targets, with a digest of the tables around each refused write
});

function expectedStatus(matrixCase: MatrixCase, target: Target, who: Who): number {
  if (target === 'own') return matrixCase.own[who];
  if (target === 'former') return matrixCase.former![who];
  return matrixCase.foreign?.[who] ?? foreignStatus(matrixCase.own[who], who);
}

async function clientFor(who: Who, fresh: boolean): Promise<TestClient> {
  if (who === 'anonymous') return t.client();
  if (!fresh) return w.clients[who];
  return t.as(`matrix-${who}`, w.password);
}
