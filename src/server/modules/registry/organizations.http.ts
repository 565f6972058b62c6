import { createRoute } from '@hono/zod-openapi';
import {
  organizationCard as cardSchema,
  organizationInput,
  organizationListQuery,
  organizationPatch,
  organizationRow,
} from '../../../shared/registry.js';
import { pageOf } from '../../../shared/paging.js';
import * as e from '../../../shared/enums.js';
import { z } from '../../../shared/zod.js';
import { scopeFor } from '../../auth/scope.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { xlsxResponse } from '../../http/xlsx.js';
import { allOrganizations, createOrganization, listOrganizations, organizationCard, patchOrganization } from './organizations.service.js';
import { selectOrganizationOptions } from './organizations.queries.js';
import { body, created, idParams, json, xlsxFile } from '../../http/openapi.js';
import { requireTerritory } from './registry.queries.js';

const tags = ['Организации'];
const option = z.object({ id: z.number(), name: z.string(), municipalityId: z.number() });
const exportQuery = organizationListQuery.omit({ page: true, pageSize: true });

export const organizationRoutes = router()
  .openapi(
    createRoute({ method: 'get', path: '/organizations/export.xlsx', tags, request: { query: exportQuery }, responses: xlsxFile }),
    async (c) => {
      const { scope, db, today } = guard(c, 'registry.read');
      requireTerritory(scope);
      const rows = await allOrganizations(db, scope, today, c.req.valid('query'));
      return xlsxResponse(c, {
        filename: 'Организации',
        columns: [
          { header: 'Код', width: 16, value: (r) => r.code },
          { header: 'Наименование', width: 60, value: (r) => r.name },
          { header: 'Краткое наименование', width: 30, value: (r) => r.shortName },
          { header: 'Муниципалитет', width: 30, value: (r) => r.municipalityName },
          { header: 'Тип', width: 36, value: (r) => e.organizationKind.label(r.kind) },
          { header: 'Признаки', width: 50, value: (r) => r.flags.map((f) => e.organizationFlag.label(f)).join('; ') },
          { header: 'Работников', type: 'number', value: (r) => r.staff },
          { header: 'Педагогов', type: 'number', value: (r) => r.teachers },
          { header: 'Управленцев', type: 'number', value: (r) => r.managers },
          { header: 'Молодых педагогов', type: 'number', width: 20, value: (r) => r.young },
        ],
        rows,
      });
    },
  )
  .openapi(createRoute({ method: 'get', path: '/organizations/options', tags, responses: json(z.array(option)) }), async (c) => {
    const { scope, db } = guard(c, 'registry.read');
    requireTerritory(scope);
    return c.json(await selectOrganizationOptions(db, scope), 200);
  })
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations',
      tags,
      request: { query: organizationListQuery },
      responses: json(pageOf(organizationRow)),
    }),
    async (c) => {
      const { scope, db, today } = guard(c, 'registry.read');
      requireTerritory(scope);
      return c.json(await listOrganizations(db, scope, today, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/organizations/{id}', tags, request: { params: idParams }, responses: json(cardSchema) }),
    async (c) => {
      const { scope, principal, db, today } = guard(c, 'registry.read');
      requireTerritory(scope);
      const card = await organizationCard(db, scope, scopeFor(principal, 'organizations.write'), today, c.req.valid('param').id);
      return c.json(card, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/organizations', tags, request: body(organizationInput), responses: json(created, 'Создана') }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'organizations.write');
      const id = await createOrganization(db, principal, scope, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/organizations/{id}',
      tags,
      request: { params: idParams, ...body(organizationPatch) },
      responses: json(created),
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'organizations.write');
      const { id } = c.req.valid('param');
      await patchOrganization(db, principal, scope, id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  );
