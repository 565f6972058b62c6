import { createRoute, z } from '@hono/zod-openapi';
import { indicatorQuery } from '../../../shared/indicators.js';
import {
  reportComparison,
  reportDetails as reportDetailsSchema,
  reportListQuery,
  reportMembersPage as reportMembersPageSchema,
  reportMembersParams,
  reportMembersQuery,
  reportSummary,
  reportTrend as reportTrendSchema,
  returnInput,
  submissions,
  submissionsQuery,
  trendQuery,
} from '../../../shared/reports.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { body, created, idParams, json, pdfFile, xlsxFile } from '../../http/openapi.js';
import { reportExportRoutes, reportFile, reportFilename } from './report-export.http.js';
import { reportPdf } from './report-pdf.js';
import { reportWorkbook } from './report-xlsx.js';
import {
  acceptReport,
  compareReport,
  freezeReport,
  listReports,
  listSubmissions,
  reportDetails,
  reportMembersPage,
  reportTrend,
  returnReport,
  snapshotDocument,
  submitReport,
} from './reports.service.js';

const tags = ['Отчёты'];

/** The file name of a snapshot: the live report's, with its version. */
const snapshotFilename = (doc: Awaited<ReturnType<typeof snapshotDocument>>, extension: 'xlsx' | 'pdf') =>
  reportFilename(doc.territory.name, doc.period, extension, doc.snapshot!.version);

const reportCycleRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports',
      tags,
      summary: 'Зафиксированные отчёты',
      description: 'Отчёты региона и муниципалитетов в пределах прав: новые периоды первыми; фильтр по территории, периоду, статусу.',
      request: { query: reportListQuery },
      responses: json(z.array(reportSummary)),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'reports.read');
      const { scope: scopeCode, ...filters } = c.req.valid('query');
      return c.json(await listReports(db, { scopeCode, ...filters }, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/submissions',
      tags,
      summary: 'Сдача отчётов муниципалитетами за период',
      request: { query: submissionsQuery },
      responses: json(submissions),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'reports.read');
      return c.json(await listSubmissions(db, c.req.valid('query'), scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/trend',
      tags,
      summary: 'Показатели территории по действующим отчётам, от старых к новым',
      request: { query: trendQuery },
      responses: json(reportTrendSchema),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'reports.read');
      return c.json(await reportTrend(db, c.req.valid('query').scope, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/reports',
      tags,
      summary: 'Зафиксировать отчёт',
      description:
        'Фиксирует показатели муниципалитета (или региона) ровно за один из отчётных периодов региона, вместе со списками ' +
        'за каждым числом. Незданный отчёт того же периода заменяется; сданный или принятый — 409.',
      request: body(indicatorQuery),
      responses: json(created, 'Зафиксирован'),
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'reports.freeze');
      const { scope: scopeCode, from, to } = c.req.valid('json');
      return c.json(await freezeReport(db, principal, { scopeCode, from, to }, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/{id}',
      tags,
      summary: 'Отчёт',
      request: { params: idParams },
      responses: json(reportDetailsSchema),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'reports.read');
      return c.json(await reportDetails(db, c.req.valid('param').id, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/{id}/compare',
      tags,
      summary: 'Отчёт рядом с текущими данными',
      request: { params: idParams },
      responses: json(reportComparison),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'reports.read');
      return c.json(await compareReport(db, c.req.valid('param').id, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/{id}/members/{code}',
      tags,
      summary: 'Список за показателем, как он зафиксирован',
      request: { params: reportMembersParams, query: reportMembersQuery },
      responses: json(reportMembersPageSchema),
    }),
    async (c) => {
      const { scope, db } = guard(c, 'reports.read');
      const { id, code } = c.req.valid('param');
      return c.json(await reportMembersPage(db, id, { code, ...c.req.valid('query') }, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/{id}/report.xlsx',
      tags,
      summary: 'Зафиксированный отчёт в Excel',
      request: { params: idParams },
      responses: xlsxFile,
    }),
    async (c) => {
      const { scope, db, config } = guard(c, 'reports.read');
      const doc = await snapshotDocument(db, c.req.valid('param').id, scope);
      const file = await reportWorkbook(doc, { timeZone: config.timeZone });
      return reportFile(c, file, snapshotFilename(doc, 'xlsx'));
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/{id}/report.pdf',
      tags,
      summary: 'Зафиксированный отчёт в PDF',
      request: { params: idParams },
      responses: pdfFile,
    }),
    async (c) => {
      const { scope, db, config, today } = guard(c, 'reports.read');
      const doc = await snapshotDocument(db, c.req.valid('param').id, scope, { members: false });
      const file = await reportPdf(doc, { timeZone: config.timeZone, generatedOn: today });
      return reportFile(c, file, snapshotFilename(doc, 'pdf'));
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/reports/{id}/submit',
      tags,
      summary: 'Сдать отчёт тому, кто принимает отчёты этого периода (регион или орган управления образованием)',
      request: { params: idParams },
      responses: json(reportSummary),
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'reports.submit');
      return c.json(await submitReport(db, principal, c.req.valid('param').id, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/reports/{id}/accept',
      tags,
      summary: 'Принять сданный отчёт (тот, кого называет вид периода)',
      request: { params: idParams },
      responses: json(reportSummary),
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'reports.review');
      return c.json(await acceptReport(db, principal, c.req.valid('param').id, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/reports/{id}/return',
      tags,
      summary: 'Вернуть сданный отчёт на доработку',
      request: { params: idParams, ...body(returnInput) },
      responses: json(reportSummary),
    }),
    async (c) => {
      const { scope, principal, db } = guard(c, 'reports.review');
      const { comment } = c.req.valid('json');
      return c.json(await returnReport(db, principal, c.req.valid('param').id, comment, scope), 200);
    },
  );

/** The reports module's routes: the reporting cycle and the indicator report as a file. */
export const reportsRoutes = router().route('/', reportExportRoutes).route('/', reportCycleRoutes);
