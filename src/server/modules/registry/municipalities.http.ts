import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { municipalityInput, municipalityPatch, municipalityRow } from '../../../shared/registry.js';
import { z } from '../../../shared/zod.js';
import { scopeFor } from '../../auth/scope.js';
import { missing } from './registry.errors.js';
import { guard } from '../../http/guard.js';
import { router, type AppEnv } from '../../http/context.js';
import { xlsxResponse } from '../../http/xlsx.js';
import { selectMunicipalities } from './municipalities.queries.js';
import { createMunicipality, patchMunicipality } from './municipalities.service.js';
import { body, created, idParams, json, xlsxFile } from '../../http/openapi.js';
import { requireTerritory } from './registry.queries.js';

const tags = ['Муниципалитеты'];

/** The list as the reader sees it: municipalities of the read scope with counts inside that scope. */
async function listFor(c: Context<AppEnv>) {
  const { scope, principal, db, today } = guard(c, 'registry.read');
  requireTerritory(scope);
  return selectMunicipalities(db, scope, scopeFor(principal, 'municipalities.write'), today);
}

export const municipalityRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/municipalities', tags, responses: json(z.array(municipalityRow)) }), async (c) =>
    c.json(await listFor(c), 200),
  )
  .openapi(createRoute({ method: 'get', path: '/municipalities/export.xlsx', tags, responses: xlsxFile }), async (c) =>
    xlsxResponse(c, {
      filename: 'Муниципалитеты',
      columns: [
        { header: 'Муниципалитет', width: 50, value: (r) => r.name },
        { header: 'Код', width: 16, value: (r) => r.code },
        { header: 'Организаций', type: 'number', value: (r) => r.organizations },
        { header: 'Работников', type: 'number', value: (r) => r.staff },
      ],
      rows: await listFor(c),
    }),
  )
  .openapi(
    createRoute({ method: 'get', path: '/municipalities/{id}', tags, request: { params: idParams }, responses: json(municipalityRow) }),
    async (c) => {
      const { scope, principal, db, today } = guard(c, 'registry.read');
      requireTerritory(scope);
      const [row] = await selectMunicipalities(db, scope, scopeFor(principal, 'municipalities.write'), today, c.req.valid('param').id);
      if (!row) throw missing('municipality');
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/municipalities', tags, request: body(municipalityInput), responses: json(created, 'Создан') }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'municipalities.write');
      const id = await createMunicipality(db, principal, scope, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/municipalities/{id}',
      tags,
      request: { params: idParams, ...body(municipalityPatch) },
      responses: json(created),
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'municipalities.write');
      const { id } = c.req.valid('param');
      await patchMunicipality(db, principal, scope, id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  );
