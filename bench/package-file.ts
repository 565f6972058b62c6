// The benchmark package: its size (scalable through BENCH_* variables) and the file it is kept in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarkSize, type GenerateOptions, generateRegion } from '../src/server/modules/demo/generate.js';

export const outDir = fileURLToPath(new URL('./out/', import.meta.url));

const envInt = (name: string): number | undefined => {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} должно быть целым положительным числом, а не «${value}»`);
  return n;
};

/** BENCH_STAFF alone scales organizations and municipalities in proportion to the full benchmark. */
export function benchOptions(): GenerateOptions {
  const staff = envInt('BENCH_STAFF') ?? benchmarkSize.staff;
  const scale = staff / benchmarkSize.staff;
  const organizations = envInt('BENCH_ORGANIZATIONS') ?? Math.max(4, Math.round(benchmarkSize.organizations * scale));
  const municipalities =
    envInt('BENCH_MUNICIPALITIES') ?? Math.max(2, Math.min(benchmarkSize.municipalities, Math.round(organizations / 10)));
  return {
    seed: envInt('BENCH_SEED') ?? 42,
    municipalities,
    organizations,
    staff,
    years: envInt('BENCH_YEARS') ?? benchmarkSize.years,
    // A fixed date keeps the file byte-identical from run to run.
    today: process.env.BENCH_TODAY ?? '2026-06-30',
  };
}

export function packagePath(options: GenerateOptions): string {
  const full =
    options.staff === benchmarkSize.staff &&
    options.organizations === benchmarkSize.organizations &&
    options.municipalities === benchmarkSize.municipalities &&
    options.years === benchmarkSize.years &&
    options.seed === 42 &&
    options.today === '2026-06-30';
  const name = full
    ? 'region-large'
    : `region-s${options.staff}-o${options.organizations}-m${options.municipalities}-y${options.years}-${options.seed}-${options.today}`;
  return path.join(outDir, `${name}.json`);
}

/** Writes the package unless it is there already; returns its path. */
export function ensurePackage(options: GenerateOptions, log: (line: string) => void = console.log): string {
  const file = packagePath(options);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const json = JSON.stringify(generateRegion(options));
  // Write then rename: an interrupted run never leaves a half-written package behind.
  fs.writeFileSync(`${file}.tmp`, json);
  fs.renameSync(`${file}.tmp`, file);
  log(
    `Пакет создан за ${Math.round(performance.now() - started)} мс: ${path.relative(process.cwd(), file)} (${(Buffer.byteLength(json) / 1e6).toFixed(1)} МБ)`,
  );
  return file;
}
