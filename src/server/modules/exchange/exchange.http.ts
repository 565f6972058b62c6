import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { guard } from '../../http/guard.js';
import { router, type AppEnv } from '../../http/context.js';
import { exportTerritory } from './exchange.export.js';
import { importPackage } from './exchange.import.js';

const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
const summarySchema = z.object({ lists: z.record(z.string(), counts), totals: counts }).openapi('ExchangeImportSummary');
const issuesSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

// Authorized before the body is read: a 200 MB package of a user who may not import is not parsed.
const mayImport: MiddlewareHandler<AppEnv> = async (c, next) => {
  guard(c, 'exchange.import');
  await next();
};

const importRoute = createRoute({
  middleware: [mayImport] as const,
  method: 'post',
  path: '/exchange/import',
  tags: ['Пакет обмена'],
  summary: 'Загрузить пакет обмена (всё или ничего)',
  description: 'Тело — пакет обмена версии 1 (docs/exchange.md). Ошибки перечисляются как `list[index].field`.',
  request: { body: { content: { 'application/json': { schema: z.looseObject({}).openapi('ExchangePackage') } } } },
  responses: {
    200: { description: 'Пакет загружен', content: { 'application/json': { schema: summarySchema } } },
    422: { description: 'Пакет отклонён, ничего не записано', content: { 'application/json': { schema: issuesSchema } } },
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/exchange/export',
  tags: ['Пакет обмена'],
  summary: 'Выгрузить пакет обмена региона, муниципалитета или организации',
  request: { query: z.object({ scope: z.string().trim().min(1).max(100).optional() }) },
  responses: { 200: { description: 'Пакет обмена (файл JSON)', content: { 'application/json': { schema: z.looseObject({}) } } } },
});

export const exchangeRoutes = router()
  .openapi(importRoute, async (c) => {
    const { principal, db } = guard(c, 'exchange.import');
    // The route's schema only asks for a JSON object: importPackage checks the package itself and
    // names every problem as `list[index].field`, which the generic validation hook would not.
    const summary = await importPackage(db, c.req.valid('json'), principal);
    return c.json(summary, 200);
  })
  .openapi(exportRoute, async (c) => {
    const { scope, db, today } = guard(c, 'exchange.export');
    const { scope: scopeCode } = c.req.valid('query');
    const { pkg, territoryCode } = await exportTerritory(db, { scope, ...(scopeCode ? { scopeCode } : {}) });
    const name = `metodset-${territoryCode}-${today}.json`;
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    return c.json(pkg as unknown as Record<string, never>, 200);
  });
