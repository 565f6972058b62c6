// `npm run bench`: every measurement on the embedded database and, with BENCH_POSTGRES_URL, on PostgreSQL.
// Sizes: BENCH_STAFF (and BENCH_ORGANIZATIONS, BENCH_MUNICIPALITIES, BENCH_YEARS) scale the package down.
// BENCH_ROSTER_ROWS, BENCH_CONNECTIONS, BENCH_SECONDS tune the roster and load measurements; BENCH_ONLY picks by name,
// `npm run bench -- first-load` by id or name.
// The package file is reused between runs: after changing the generator, run `tsx bench/generate.ts` (or empty bench/out).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exchangeImport } from './exchange-import.bench.js';
import { firstLoad, firstLoadSummary, firstLoadTable } from './first-load.bench.js';
import { dashboardGrowth, regionIndicators } from './monitoring-dashboard.bench.js';
import { drilldownFirstPage } from './monitoring-drilldown.bench.js';
import { regionSnapshot } from './monitoring-snapshot.bench.js';
import { regionWorkQueue } from './work-queue.bench.js';
import { rosterImport } from './roster-import.bench.js';
import { staffListLoad } from './staff-list-load.bench.js';
import { type Engine, embeddedEngine, type Measurement, postgresEngine, type Row } from './measure.js';
import { benchOptions, ensurePackage } from './package-file.js';

/** Add a measurement here: its file exports a Measurement. */
const measurements: Measurement[] = [
  exchangeImport,
  rosterImport,
  staffListLoad,
  ...dashboardGrowth,
  regionIndicators,
  drilldownFirstPage,
  regionSnapshot,
  firstLoad,
  regionWorkQueue,
];

const options = benchOptions();
const resultMarker = 'BENCH-RESULT ';
// Each measurement runs in its own process, so that its peak memory is its own.
const child = process.argv[2] === '--child' ? { measurement: process.argv[3]!, engine: process.argv[4]! } : null;
const only = process.env.BENCH_ONLY ?? (child ? undefined : process.argv[2]);
const selected = child
  ? measurements.filter((m) => m.name === child.measurement)
  : measurements.filter((m) => !only || m.id === only || m.name.includes(only));

function runChild(measurement: string, engine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', measurement, engine], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${measurement} / ${engine}: процесс завершился с кодом ${code}`)),
    );
  });
}
const engines: Engine[] = [embeddedEngine, ...(process.env.BENCH_POSTGRES_URL ? [postgresEngine(process.env.BENCH_POSTGRES_URL)] : [])];

// The package is generated (or found in bench/out/) only when a chosen measurement reads it.
const usesPackage = selected.some((m) => m.usesPackage !== false);
if (!child && usesPackage)
  console.log(
    `Размер: ${options.municipalities} муниципалитетов, ${options.organizations} организаций, ${options.staff} работников, ${options.years} лет истории`,
  );
const packageFile = usesPackage ? ensurePackage(options) : '';
if (!child && usesPackage)
  console.log(`Пакет: ${path.relative(process.cwd(), packageFile)} (${(fs.statSync(packageFile).size / 1e6).toFixed(1)} МБ)\n`);

if (child) {
  const measurement = measurements.find((m) => m.name === child.measurement)!;
  const engine = engines.find((e) => e.name === child.engine)!;
  const opened: Awaited<ReturnType<Engine['open']>>[] = [];
  try {
    const row = await measurement.run({
      engine: engine.name,
      packageFile,
      async freshDatabase() {
        const database = await engine.open();
        opened.push(database);
        return database;
      },
    });
    process.stdout.write(`\n${resultMarker}${JSON.stringify(row)}\n`);
  } finally {
    for (const database of opened) await database.dispose();
  }
  process.exit(0);
}

const results: { measurement: string; engine: string; row: Row }[] = [];
const failures: string[] = [];
for (const measurement of selected) {
  for (const engine of engines.filter((e) => !measurement.engines || measurement.engines.includes(e.name))) {
    // A failed measurement is reported and the rest still run: a long run is not lost to one of them.
    try {
      const output = await runChild(measurement.name, engine.name);
      const line = output.split('\n').find((l) => l.startsWith(resultMarker));
      if (!line) throw new Error(`${measurement.name} / ${engine.name}: измерение не вернуло результата`);
      results.push({ measurement: measurement.name, engine: engine.name, row: JSON.parse(line.slice(resultMarker.length)) as Row });
      console.log(`готово: ${measurement.name} / ${engine.name}`);
    } catch (error) {
      failures.push(`${measurement.name} / ${engine.name}`);
      console.error(`ОШИБКА: ${(error as Error).message}`);
    }
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} МБ`;
const ms = (value: number) => `${Math.round(value)} мс`;

function printTable(table: string[][]) {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  console.log('');
  table.forEach((row, i) => {
    console.log(row.map((cell, j) => (j >= 2 ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

const timings = results.filter((r) => !r.row.load && !r.row.firstLoad);
if (timings.length)
  printTable([
    ['Измерение', 'База', 'Наше, мс', 'Базовое, мс', 'Отношение', 'Пик RSS (наше)', 'Пик RSS (базовое)'],
    ...timings.map(({ measurement, engine, row }) => [
      measurement,
      engine,
      String(Math.round(row.ours.ms)),
      String(Math.round(row.bare.ms)),
      `${(row.ours.ms / row.bare.ms).toFixed(1)}×`,
      mb(row.ours.peakRss),
      mb(row.bare.peakRss),
    ]),
  ]);
const loads = results.filter((r) => r.row.load);
if (loads.length)
  printTable([
    [
      'Измерение',
      'База',
      'Наше, запр/с',
      'Базовое, запр/с',
      'Отношение',
      'p50 наше',
      'p50 базовое',
      'p99 наше',
      'p99 базовое',
      'Пик RSS (наше)',
      'Пик RSS (базовое)',
    ],
    ...loads.map(({ measurement, engine, row }) => {
      const { ours, bare } = row.load!;
      return [
        measurement,
        engine,
        ours.requestsPerSecond.toFixed(0),
        bare.requestsPerSecond.toFixed(0),
        `${(ours.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}×`,
        ms(ours.p50),
        ms(bare.p50),
        ms(ours.p99),
        ms(bare.p99),
        mb(row.ours.peakRss),
        mb(row.bare.peakRss),
      ];
    }),
  ]);
const pageLoads = results.filter((r) => r.row.firstLoad).map((r) => r.row.firstLoad!);
if (pageLoads.length) {
  printTable(firstLoadTable(pageLoads));
  for (const line of firstLoadSummary(pageLoads)) console.log(line);
}
console.log('');
for (const measurement of measurements) if (results.some((r) => r.measurement === measurement.name)) console.log(measurement.note);
console.log(
  'Пик RSS — процесса измерения (каждое измерение в своём процессе; встроенная база работает в нём же, сервер PostgreSQL не учтён).',
);
if (failures.length) {
  console.log(`\nНе выполнены: ${failures.join('; ')}`);
  process.exitCode = 1;
}
