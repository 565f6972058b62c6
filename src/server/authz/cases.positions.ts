import { positionKey } from '../modules/roster/positions.match.js';
import { positions } from '../modules/roster/positions.tables.js';
import { allow, rosterImporters, type MatrixCase } from './matrix.js';
import type { World } from './world.js';

/** A fresh dictionary entry, so that each write (and each delete) has its own. */
async function freshPosition(w: World): Promise<number> {
  const name = `Должность ${w.n()}`;
  const [row] = await w.t.database.db
    .insert(positions)
    .values({ name, key: positionKey(name), category: 'teacher' })
    .returning({ id: positions.id });
  return row!.id;
}

/** The positions dictionary is region-wide: importers read it, the region admin edits it. */
export const positionsCases: Record<string, MatrixCase> = {
  'GET /api/v1/positions': {
    build: () => ({ method: 'GET', path: '/api/v1/positions' }),
    own: allow(200, rosterImporters),
    territorial: false,
  },
  'POST /api/v1/positions': {
    build: (w) => ({ method: 'POST', path: '/api/v1/positions', body: { name: `Новая должность ${w.n()}`, category: 'teacher' } }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
  'PATCH /api/v1/positions/:id': {
    build: async (w) => ({ method: 'PATCH', path: `/api/v1/positions/${await freshPosition(w)}`, body: { category: 'manager' } }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
  'DELETE /api/v1/positions/:id': {
    build: async (w) => ({ method: 'DELETE', path: `/api/v1/positions/${await freshPosition(w)}` }),
    own: allow(204, ['region_admin']),
    territorial: false,
  },
};
