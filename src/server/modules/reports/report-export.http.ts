// Downloads of the live report of a territory for a period: XLSX (values and the lists behind them)
// and a printable PDF.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { indicatorQuery } from '../../../shared/indicators.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { fileResponse, fileSafe, xlsxType } from '../../http/download.js';
import { pdfFile, xlsxFile } from '../../http/openapi.js';
import { formatPeriod } from '../../../shared/dates.js';
import { liveReport } from './report-document.js';
import { reportPdf } from './report-pdf.js';
import { reportWorkbook } from './report-xlsx.js';

const tags = ['Мониторинг'];

/** The report's file name, in Russian: «Отчёт, Район А, 01.01.2024–31.12.2024.pdf» (a snapshot adds «, версия 2»). */
export const reportFilename = (territoryName: string, period: { from: string; to: string }, extension: 'xlsx' | 'pdf', version?: number) =>
  `Отчёт, ${fileSafe(territoryName)}, ${formatPeriod(period)}${version ? `, версия ${version}` : ''}.${extension}`;

/** A report file under its Russian name (`report.xlsx` / `report.pdf` for clients that read only ASCII). */
export function reportFile(c: Context, body: Buffer, name: string): Response {
  const extension = name.endsWith('.pdf') ? 'pdf' : 'xlsx';
  return fileResponse(c, body, name, extension === 'pdf' ? 'application/pdf' : xlsxType, `report.${extension}`);
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
      request: { query: indicatorQuery },
      responses: xlsxFile,
    }),
    async (c) => {
      const { scope, db, config } = guard(c, 'monitoring.read');
      const { scope: scopeCode, from, to } = c.req.valid('query');
      const doc = await liveReport(db, { scopeCode, from, to }, scope);
      const body = await reportWorkbook(doc, { timeZone: config.timeZone });
      return reportFile(c, body, reportFilename(doc.territory.name, doc.period, 'xlsx'));
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicators/report.pdf',
      tags,
      summary: 'Отчёт о показателях в PDF',
      description: `${description}таблица и диаграммы по вложенным территориям, для печати на A4.`,
      request: { query: indicatorQuery },
      responses: pdfFile,
    }),
    async (c) => {
      const { scope, db, config, today } = guard(c, 'monitoring.read');
      const { scope: scopeCode, from, to } = c.req.valid('query');
      // The PDF prints no lists: they are not read.
      const doc = await liveReport(db, { scopeCode, from, to }, scope, { members: false });
      const body = await reportPdf(doc, { timeZone: config.timeZone, generatedOn: today });
      return reportFile(c, body, reportFilename(doc.territory.name, doc.period, 'pdf'));
    },
  );
