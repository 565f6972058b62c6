import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../shared/errors.js';
import { authRoutes } from './auth/auth.http.js';
import type { AppEnv, Deps } from './http/context.js';
import { onError, onNotFound } from './http/errors.js';
import { csrfProtection, loadSession, securityHeaders } from './http/security.js';
import { auditRoutes } from './modules/audit/audit.http.js';
import { exchangeRoutes } from './modules/exchange/exchange.http.js';
import { profilesRoutes } from './modules/profiles/profiles.http.js';
import { queueRoutes } from './modules/queue/queue.http.js';
import { monitoringRoutes } from './modules/monitoring/monitoring.http.js';
import { reportsRoutes } from './modules/reports/reports.http.js';
import { registryRoutes } from './modules/registry/registry.http.js';
import { rosterRoutes } from './modules/roster/roster.http.js';
import { usersRoutes } from './modules/users/users.http.js';

/** Largest request body: an exchange package of a large region, or a roster file. */
export const maxBodyBytes = 200 * 1024 * 1024;

export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(onError);
  app.notFound(onNotFound);
  app.use('*', securityHeaders);
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new AppError('payload_too_large', 'Запрос слишком большой: не более 200 МБ.');
      },
    }),
  );
  app.use('/api/*', loadSession);
  app.use('/api/*', csrfProtection);

  // One line per module: <module>.http.ts of each module combines all of its routes.
  const api = app
    .route('/api/v1', authRoutes)
    .route('/api/v1', registryRoutes)
    .route('/api/v1', exchangeRoutes)
    .route('/api/v1', rosterRoutes)
    .route('/api/v1', usersRoutes)
    .route('/api/v1', auditRoutes)
    .route('/api/v1', monitoringRoutes)
    .route('/api/v1', reportsRoutes)
    .route('/api/v1', profilesRoutes)
    .route('/api/v1', queueRoutes);

  api.doc31('/api/v1/openapi.json', { openapi: '3.1.0', info: { title: 'Методсеть API', version: '1' } });
  app.all('/api/*', onNotFound);

  const { webRoot } = deps.config;
  if (fs.existsSync(webRoot)) {
    // Scripts and styles carry a hash of their content in the name: cached for a year, never
    // revalidated; sent as the brotli or gzip copy the build made when the browser accepts it.
    app.use('/assets/*', async (c, next) => {
      await next();
      if (!c.res.ok) return;
      c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
      c.res.headers.set('Vary', 'Accept-Encoding');
    });
    app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webRoot), precompressed: true }));
    // A missing asset (an old tab asking for a script of an earlier build) is a 404, not the page.
    app.all('/assets/*', onNotFound);
    // The page itself is revalidated on every visit, so a new build's script names reach the browser.
    const indexHtml = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
