import { createRoute } from '@hono/zod-openapi';
import { positionInput, positionPatch, positionRow } from '../../../shared/positions.js';
import { z } from '../../../shared/zod.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { body, created, idParams, json, noContent } from '../../http/openapi.js';
import { selectPositions } from './positions.queries.js';
import { createPosition, patchPosition, removePosition } from './positions.service.js';

const tags = ['Справочник должностей'];

// The dictionary is region-wide: those who import rosters read it, the region admin edits it.
export const positionsRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/positions', tags, responses: json(z.array(positionRow)) }), async (c) => {
    const { db } = guard(c, 'roster.import');
    return c.json(await selectPositions(db), 200);
  })
  .openapi(
    createRoute({ method: 'post', path: '/positions', tags, request: body(positionInput), responses: json(created, 'Добавлена') }),
    async (c) => {
      const { principal, db } = guard(c, 'positions.manage');
      return c.json({ id: await createPosition(db, principal, c.req.valid('json')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/positions/{id}',
      tags,
      request: { params: idParams, ...body(positionPatch) },
      responses: json(created, 'Сохранена'),
    }),
    async (c) => {
      const { principal, db } = guard(c, 'positions.manage');
      const { id } = c.req.valid('param');
      await patchPosition(db, principal, id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: '/positions/{id}', tags, request: { params: idParams }, responses: noContent }),
    async (c) => {
      const { principal, db } = guard(c, 'positions.manage');
      await removePosition(db, principal, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
