import { createRoute } from '@hono/zod-openapi';
import * as e from '../../../shared/enums.js';
import { pageOf } from '../../../shared/paging.js';
import {
  personCard as cardSchema,
  personCreateInput,
  personListQuery,
  personMatchInput,
  personMatchResult,
  personPatch,
  personRow,
} from '../../../shared/registry.js';
import { scopeFor } from '../../auth/scope.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { xlsxResponse } from '../../http/xlsx.js';
import { writeGuard } from './people-records.http.js';
import { allPeople, createPerson, listPeople, matchPerson, patchPerson, personCard } from './people.service.js';
import { body, created, idParams, json, xlsxFile } from '../../http/openapi.js';

const tags = ['Работники'];
const exportQuery = personListQuery.omit({ page: true, pageSize: true });

export const peopleRoutes = router()
  .openapi(
    createRoute({ method: 'get', path: '/people/export.xlsx', tags, request: { query: exportQuery }, responses: xlsxFile }),
    async (c) => {
      const { scope, db, today } = guard(c, 'registry.read');
      const rows = await allPeople(db, scope, today, c.req.valid('query'));
      return xlsxResponse(c, {
        filename: 'Работники',
        columns: [
          { header: 'Фамилия', width: 20, value: (r) => r.lastName },
          { header: 'Имя', width: 16, value: (r) => r.firstName },
          { header: 'Отчество', width: 20, value: (r) => r.middleName },
          { header: 'Дата рождения', type: 'date', width: 15, value: (r) => r.birthDate },
          { header: 'Начало педагогического стажа', type: 'date', width: 18, value: (r) => r.careerStart },
          { header: 'Место работы', width: 70, value: (r) => r.organizations.map((o) => `${o.position}, ${o.name}`).join('; ') },
          {
            header: 'Категория',
            width: 26,
            value: (r) => [...new Set(r.organizations.map((o) => e.employmentCategory.label(o.category)))].join('; '),
          },
          { header: 'Молодой педагог', width: 16, value: (r) => (r.young ? 'да' : 'нет') },
          { header: 'Код', width: 16, value: (r) => r.code },
        ],
        rows,
      });
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/people', tags, request: { query: personListQuery }, responses: json(pageOf(personRow)) }),
    async (c) => {
      const { scope, db, today } = guard(c, 'registry.read');
      return c.json(await listPeople(db, scope, today, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/people/{id}', tags, request: { params: idParams }, responses: json(cardSchema) }),
    async (c) => {
      const { scope: read, principal, db, today } = guard(c, 'registry.read');
      const scopes = { read, write: scopeFor(principal, 'people.write'), snils: scopeFor(principal, 'snils.read') };
      return c.json(await personCard(db, scopes, today, c.req.valid('param').id), 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/people', tags, request: body(personCreateInput), responses: json(created, 'Создан') }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'people.write');
      const id = await createPerson(db, principal, scope, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/match',
      tags,
      summary: 'Есть ли такой работник в регионе (по СНИЛС, иначе по ФИО и дате рождения)',
      request: body(personMatchInput),
      responses: json(personMatchResult),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'people.write');
      return c.json({ match: await matchPerson(db, scope, c.req.valid('json')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags,
      request: { params: idParams, ...body(personPatch) },
      responses: json(created),
    }),
    async (c) => {
      const { principal, db, write } = writeGuard(c);
      const { id } = c.req.valid('param');
      await patchPerson(db, principal, write, id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  );
