import { createRoute } from '@hono/zod-openapi';
import { notFound } from '../../../shared/errors.js';
import { pageOf } from '../../../shared/paging.js';
import { userCreateInput, userListQuery, userRow, userUpdateInput } from '../../../shared/users.js';
import { z } from '../../../shared/zod.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { body, idParams, json } from '../../http/openapi.js';
import { listUsers } from './users.queries.js';
import { createUser, updateUser } from './users.service.js';

const tags = ['Пользователи'];

export const usersRoutes = router()
  .openapi(
    createRoute({ method: 'get', path: '/users', tags, request: { query: userListQuery }, responses: json(pageOf(userRow)) }),
    async (c) => {
      const { scope, db } = guard(c, 'users.manage');
      const q = c.req.valid('query');
      const { items, total } = await listUsers(db, scope, q, q);
      return c.json({ items, total, page: q.page, pageSize: q.pageSize }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/users/{id}', tags, request: { params: idParams }, responses: json(userRow) }),
    async (c) => {
      const { scope, db } = guard(c, 'users.manage');
      const { id } = c.req.valid('param');
      const { items } = await listUsers(db, scope, { id }, { page: 1, pageSize: 1, order: 'asc' });
      const user = items[0];
      if (!user) throw notFound('user');
      return c.json(user, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags,
      request: body(userCreateInput),
      responses: { 201: { description: 'Создан', content: { 'application/json': { schema: z.object({ id: z.number() }) } } } },
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'users.manage');
      const id = await createUser(db, principal, scope, c.req.valid('json'));
      return c.json({ id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags,
      request: { params: idParams, ...body(userUpdateInput) },
      responses: json(z.object({ id: z.number() })),
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'users.manage');
      const { id } = c.req.valid('param');
      await updateUser(db, principal, scope, id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  );
