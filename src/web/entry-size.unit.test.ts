import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The first load on a slow phone (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»): the entry
// script with everything it imports statically stays within 250 KB gzipped; the shell, every page
// and the charts load when opened. Built into a temporary folder with the project's own config.
const limitBytes = 250_000;

let outDir: string;
let manifest: Manifest;
beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-build-'));
  // Vitest sets NODE_ENV=test, which would make vite build React's development version.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}, 180_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/** The entry chunk and every chunk it imports statically: what the browser fetches before the login page. */
function initialChunks(): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('в манифесте сборки нет точки входа');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key]!.file);
}

const read = (file: string) => fs.readFileSync(path.join(outDir, file));

describe('первая загрузка', () => {
  it(`начальный JavaScript не больше ${limitBytes / 1000} КБ в gzip`, () => {
    const sizes = initialChunks().map((file) => ({ file, gzip: read(`${file}.gz`).length }));
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    console.log(`начальный JavaScript: ${(total / 1000).toFixed(1)} КБ gzip (${sizes.map((s) => `${s.file} ${s.gzip}`).join(', ')})`);
    expect(total).toBeLessThanOrEqual(limitBytes);
  });

  it('оболочка и каждая страница загружаются отдельно, когда их открывают', () => {
    const modules = fs.readdirSync('src/web/modules');
    const pages = modules
      .flatMap((module) => fs.readdirSync(`src/web/modules/${module}`).map((file) => `src/web/modules/${module}/${file}`))
      .filter((file) => file.endsWith('-page.tsx'))
      .concat('src/web/ui/shell.tsx', 'src/web/auth/password-page.tsx');
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) expect(manifest[page]?.isDynamicEntry, `${page} должен загружаться по требованию`).toBe(true);
  });

  it('диаграммы (recharts) не входят в начальный JavaScript', () => {
    const marker = 'recharts-wrapper';
    const all = Object.values(manifest).map((chunk) => chunk.file);
    expect(all.some((file) => read(file).includes(marker))).toBe(true);
    for (const file of initialChunks()) expect(read(file).includes(marker), file).toBe(false);
  });

  it('у каждого скрипта и стиля есть копии в brotli и gzip', () => {
    const assets = fs.readdirSync(path.join(outDir, 'assets')).filter((name) => /\.(js|css)$/.test(name));
    expect(assets.length).toBeGreaterThan(10);
    for (const name of assets) {
      const size = fs.statSync(path.join(outDir, 'assets', name)).size;
      // The plugin drops a copy that would not be smaller (a few bytes of a tiny chunk).
      if (size < 100) continue;
      for (const suffix of ['.br', '.gz']) expect(fs.existsSync(path.join(outDir, 'assets', name + suffix)), name + suffix).toBe(true);
    }
  });
});
