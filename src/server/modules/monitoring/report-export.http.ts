// Downloads of the live report of a territory for a period: XLSX (values and the lists behind them)
// and a printable PDF.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { reportPeriodQuery } from '../../../shared/reports.js';
import { authorize } from '../../auth/scope.js';
import { router } from '../../http/context.js';
import { xlsxFile } from '../../http/openapi.js';
import { today } from '../../http/today.js';
import { liveReport } from './report-document.js';
import { reportPdf } from './report-pdf.js';
import { reportWorkbook } from './report-xlsx.js';

const tags = ['Мониторинг'];

const pdfFile = { 200: { description: 'Отчёт в PDF', content: { 'application/pdf': { schema: z.string() } } } };

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** The report's file name: «Отчёт MA 2024-01-01–2024-12-31.pdf». */
export const reportFilename = (territoryCode: string, from: string, to: string, extension: 'xlsx' | 'pdf') =>
  `Отчёт ${territoryCode} ${from}–${to}.${extension}`;

/**
 * A download whose Russian name travels as RFC 5987 `filename*`, with a plain ASCII `filename` for
 * old clients (as xlsxResponse does).
 */
export function fileResponse(c: Context, body: Buffer, name: string, contentType: string): Response {
  const ascii = /^[\w .-]+$/.test(name) ? name : `report${name.slice(name.lastIndexOf('.'))}`;
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`,
  });
}

const description =
  'Отчёт территории `scope` (регион, муниципалитет, организация) за период [from, to] по текущим данным: ' +
  'показатели в порядке профиля региона с порогами, ';

export const reportExportRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/report.xlsx',
      tags,
      summary: 'Отчёт о показателях в Excel',
      description: `${description}лист значений и по листу со списком за каждым показателем (числитель, затем остальные).`,
      request: { query: reportPeriodQuery },
      responses: xlsxFile,
    }),
    async (c) => {
      const scope = authorize(c.get('principal'), 'monitoring.read');
      const { scope: scopeCode, from, to } = c.req.valid('query');
      const { database, config } = c.get('deps');
      const doc = await liveReport(database.db, { scopeCode, from, to }, scope);
      const body = await reportWorkbook(doc, { timeZone: config.timeZone });
      return fileResponse(c, body, reportFilename(doc.territory.code, from, to, 'xlsx'), xlsxType);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/report.pdf',
      tags,
      summary: 'Отчёт о показателях в PDF',
      description: `${description}таблица и диаграммы по вложенным территориям, для печати на A4.`,
      request: { query: reportPeriodQuery },
      responses: pdfFile,
    }),
    async (c) => {
      const scope = authorize(c.get('principal'), 'monitoring.read');
      const { scope: scopeCode, from, to } = c.req.valid('query');
      const { database, config } = c.get('deps');
      // The PDF prints no lists: they are not read.
      const doc = await liveReport(database.db, { scopeCode, from, to }, scope, { members: false });
      const body = await reportPdf(doc, { timeZone: config.timeZone, generatedOn: today(config.timeZone) });
      return fileResponse(c, body, reportFilename(doc.territory.code, from, to, 'pdf'), 'application/pdf');
    },
  );
