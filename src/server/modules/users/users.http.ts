import { createRoute } from '@hono/zod-openapi';
import { notFound } from '../../../shared/errors.js';
import { pageOf } from '../../../shared/paging.js';
import { userCreateInput, userListQuery, userRow, userUpdateInput } from '../../../shared/users.js';
import { z } from '../../../shared/zod.js';
import { authorize } from '../../auth/scope.js';
import { router } from '../../http/context.js';
import { listUsers } from './users.queries.js';
import { createUser, updateUser } from './users.service.js';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const json = <T extends z.ZodType>(schema: T, description = 'Готово') => ({ description, content: { 'application/json': { schema } } });
const tags = ['Пользователи'];

export const usersRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/users', tags, request: { query: userListQuery }, responses: { 200: json(pageOf(userRow)) } }), async (c) => {
    const scope = authorize(c.get('principal'), 'users.manage');
    const q = c.req.valid('query');
    const { items, total } = await listUsers(c.get('deps').database.db, scope, q, q);
    return c.json({ items, total, page: q.page, pageSize: q.pageSize }, 200);
  })
  .openapi(createRoute({ method: 'get', path: '/users/{id}', tags, request: { params: idParam }, responses: { 200: json(userRow) } }), async (c) => {
    const scope = authorize(c.get('principal'), 'users.manage');
    const { id } = c.req.valid('param');
    const { items } = await listUsers(c.get('deps').database.db, scope, { id }, { page: 1, pageSize: 1, order: 'asc' });
    const user = items[0];
    if (!user) throw notFound('Пользователь');
    return c.json(user, 200);
  })
  .openapi(
    createRoute({ method: 'post', path: '/users', tags, request: { body: { content: { 'application/json': { schema: userCreateInput } } } }, responses: { 201: json(z.object({ id: z.number() }), 'Создан') } }),
    async (c) => {
      const principal = c.get('principal');
      const scope = authorize(principal, 'users.manage');
      const id = await createUser(c.get('deps').database.db, principal!, scope, c.req.valid('json'));
      return c.json({ id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags,
      request: { params: idParam, body: { content: { 'application/json': { schema: userUpdateInput } } } },
      responses: { 200: json(z.object({ id: z.number() })) },
    }),
    async (c) => {
      const principal = c.get('principal');
      const scope = authorize(principal, 'users.manage');
      const { id } = c.req.valid('param');
      await updateUser(c.get('deps').database.db, principal!, scope, id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  );
