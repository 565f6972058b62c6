import { createRoute } from '@hono/zod-openapi';
import { formatPeriod } from '../../../shared/dates.js';
import { indicatorQuery } from '../../../shared/indicators.js';
import { breakdown, drilldownExportQuery, drilldownPage, drilldownQuery, indicatorCodeParams } from '../../../shared/monitoring.js';
import type { DrilldownOrganization, DrilldownPerson, DrilldownRecord } from '../../../shared/monitoring.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { fileSafe } from '../../http/download.js';
import { json, xlsxFile } from '../../http/openapi.js';
import { xlsxResponse, type XlsxColumn } from '../../http/xlsx.js';
import { computeBreakdown } from './breakdown.service.js';
import { drilldownAll, drilldownPage as readPage } from './drilldown.service.js';

const tags = ['Мониторинг'];

const personColumns: XlsxColumn<DrilldownPerson>[] = [
  { header: 'Фамилия', width: 20, value: (r) => r.lastName },
  { header: 'Имя', width: 16, value: (r) => r.firstName },
  { header: 'Отчество', width: 20, value: (r) => r.middleName },
  { header: 'Дата рождения', type: 'date', width: 15, value: (r) => r.birthDate },
  { header: 'Место работы', width: 70, value: (r) => r.organizations.map((o) => `${o.position}, ${o.name}`).join('; ') },
  { header: 'Код', width: 16, value: (r) => r.code },
];
const organizationColumns: XlsxColumn<DrilldownOrganization>[] = [
  { header: 'Организация', width: 60, value: (r) => r.name },
  { header: 'Муниципалитет', width: 30, value: (r) => r.municipalityName },
  { header: 'Код', width: 16, value: (r) => r.code },
];
const recordColumns = (nameHeader: string, dateHeader: string): XlsxColumn<DrilldownRecord>[] => [
  { header: nameHeader, width: 60, value: (r) => r.name },
  { header: dateHeader, type: 'date', width: 15, value: (r) => r.date },
  { header: 'Код', width: 16, value: (r) => r.code },
];
const recordHeaders = {
  communities: ['Сообщество', 'Начало работы'],
  practices: ['Практика', 'Дата публикации'],
  events: ['Мероприятие', 'Дата начала'],
} as const;

export const drilldownRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/breakdown',
      tags,
      summary: 'Показатели по вложенным территориям',
      description:
        'Для региона — по его муниципалитетам, для муниципалитета — по его организациям: значение, числитель, знаменатель ' +
        'и достижение порога региона (`met`: null, когда порога или значения нет). Для организации — 422.',
      request: { query: indicatorQuery },
      responses: json(breakdown),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'monitoring.read');
      const { scope: scopeCode, from, to } = c.req.valid('query');
      return c.json(await computeBreakdown(db, { scopeCode, from, to }, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{code}/members.xlsx',
      tags,
      summary: 'Список за показателем в Excel',
      request: { params: indicatorCodeParams, query: drilldownExportQuery },
      responses: xlsxFile,
    }),
    async (c) => {
      const { scope, db } = guard(c, 'monitoring.read');
      const { scope: scopeCode, from, to, side, q } = c.req.valid('query');
      const request = { code: c.req.valid('param').code, scopeCode, from, to, side, q };
      const { definition, territory, rows } = await drilldownAll(db, request, scope);
      // Russian throughout: the indicator's short title, the territory's name, the period as ДД.ММ.ГГГГ.
      const filename = fileSafe(
        `${definition.short}, ${side === 'numerator' ? 'числитель' : 'остальные'}, ${territory.name}, ${formatPeriod({ from, to })}`,
      );
      const sheetName = side === 'numerator' ? 'Числитель' : 'Знаменатель без числителя';
      if (definition.subject === 'people') {
        return xlsxResponse(c, { filename, sheetName, columns: personColumns, rows: rows as DrilldownPerson[] });
      }
      if (definition.subject === 'organizations') {
        return xlsxResponse(c, { filename, sheetName, columns: organizationColumns, rows: rows as DrilldownOrganization[] });
      }
      const [nameHeader, dateHeader] = recordHeaders[definition.subject];
      return xlsxResponse(c, { filename, sheetName, columns: recordColumns(nameHeader, dateHeader), rows: rows as DrilldownRecord[] });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{code}/members',
      tags,
      summary: 'Список за показателем',
      description:
        'Члены числителя показателя (`side=numerator`) или знаменателя без числителя (`side=rest`: те, кому нужна помощь) ' +
        'для территории и периода; поиск по имени `q`, постранично, по алфавиту.',
      request: { params: indicatorCodeParams, query: drilldownQuery },
      responses: json(drilldownPage),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'monitoring.read');
      const { scope: scopeCode, ...query } = c.req.valid('query');
      const request = { code: c.req.valid('param').code, scopeCode, ...query };
      return c.json(await readPage(db, request, scope), 200);
    },
  );
