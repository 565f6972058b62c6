import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { readConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { openTestDatabase } from '../test/database.js';

// A built web UI in miniature, laid out as `vite build` lays it out (vite.config.ts): a hashed
// script with its brotli and gzip copies, a hashed style too small to have been compressed.
const script = `export const greeting = ${JSON.stringify('Здравствуйте, '.repeat(200))};\n`;
const style = 'body{margin:0}\n';
const indexHtml = '<!doctype html><html lang="ru"><head><script type="module" src="/assets/index-AbC123.js"></script></head></html>';

let webRoot: string;
let database: Database;
let app: App;
beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), indexHtml);
  fs.writeFileSync(path.join(webRoot, 'assets/index-AbC123.js'), script);
  fs.writeFileSync(path.join(webRoot, 'assets/index-AbC123.js.br'), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(webRoot, 'assets/index-AbC123.js.gz'), zlib.gzipSync(script));
  fs.writeFileSync(path.join(webRoot, 'assets/index-XyZ789.css'), style);
  database = await openTestDatabase();
  app = createApp({ database, config: { ...readConfig({}), dataDir: '', webRoot } });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const decode: Record<string, (body: Buffer) => Buffer> = {
  br: (body) => zlib.brotliDecompressSync(body),
  gzip: (body) => zlib.gunzipSync(body),
  identity: (body) => body,
};

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe('статические файлы веб-интерфейса', () => {
  it.each([
    { acceptEncoding: 'gzip, deflate, br, zstd', encoding: 'br' },
    { acceptEncoding: 'gzip, deflate', encoding: 'gzip' },
    { acceptEncoding: 'br', encoding: 'br' },
    { acceptEncoding: null, encoding: 'identity' },
    { acceptEncoding: 'deflate', encoding: 'identity' },
  ])('скрипт при Accept-Encoding $acceptEncoding отдаётся как $encoding', async ({ acceptEncoding, encoding }) => {
    const response = await app.request('/assets/index-AbC123.js', { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding') ?? 'identity').toBe(encoding);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expectSecurityHeaders(response);
    const body = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    if (encoding !== 'identity') expect(body.length).toBeLessThan(Buffer.byteLength(script) / 5);
    expect(decode[encoding]!(body).toString('utf8')).toBe(script);
  });

  it('файл без сжатой копии отдаётся как есть, с тем же долгим кэшем', async () => {
    const response = await app.request('/assets/index-XyZ789.css', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(style);
  });

  it('несуществующий файл в /assets — 404, а не страница приложения', async () => {
    const response = await app.request('/assets/index-OldBuild.js', { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control') ?? '').not.toContain('immutable');
    expect((await response.json()) as unknown).toMatchObject({ error: { message: 'Адрес не найден.' } });
  });

  it.each(['/', '/login', '/registry/people/00000000-0000-0000-0000-000000000000', '/monitoring/reports?period=2025'])(
    'адрес страницы %s отдаёт index.html, который проверяется при каждом открытии',
    async (url) => {
      const response = await app.request(url, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(response);
      expect(await response.text()).toBe(indexHtml);
    },
  );

  it('неизвестный адрес API остаётся 404 в JSON', async () => {
    const response = await app.request('/api/v1/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
