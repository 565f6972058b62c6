// `npm test`: every suite. The PostgreSQL and browser suites join when a server
// (METODSET_TEST_POSTGRES_URL) and Chromium are present; with CI=true vitest.config.ts requires both.
// Then the suites that reckon «today» run once more under a clock set to 23:30 UTC (libfaketime), when
// the region (Europe/Moscow) already lives the next day: a test or a query that takes «today» in UTC,
// or from the database, fails there. With CI=true that run and the PDF tools are required too.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ci = process.env.CI === 'true';
const chromium = process.env.METODSET_CHROMIUM ?? '/usr/bin/chromium';
const args = process.argv.slice(2);

/** Test files whose «today» the server reckons (grep `today(` in src/server and `t.today()` in the tests). */
const clockSuites = [
  'src/server/modules/roster/', // employment start, career start from experience, dates in the future
  'src/server/modules/registry/', // current staff, young teachers, former employees
  'src/server/authz/', // the authorization matrix (an employment starting today)
  'src/server/modules/reports/', // the reporting cycle, its periods, the PDF's date
  'src/server/modules/queue/', // the work queue: periods in progress and ended, young teachers
  'src/server/modules/monitoring/quality.test.ts', // data-quality checks as of today
  'src/server/modules/exchange/exchange.http.test.ts', // the export file's name
  'src/server/auth/auth.test.ts', // the web's «today» in /auth/me
];
const fakeClock = '2026-11-29 23:30:00';

/** Tests that read PDFs with poppler's tools. */
const pdfSuites = ['src/server/modules/reports/report-export.test.ts', 'e2e/reports.test.ts'];
const pdfTools = ['pdftotext', 'pdftoppm', 'pdfinfo', 'pdffonts'];

// Vitest's file filters are the arguments that are neither options nor an option's value.
const valueOptions = new Set(['--project', '-t', '--testNamePattern', '--reporter', '--exclude', '-c', '--config', '--shard', '--pool']);
const filters = args.filter((arg, i) => !arg.startsWith('-') && !valueOptions.has(args[i - 1] ?? ''));
const options = args.filter((arg) => !filters.includes(arg));
const selected = (file) => filters.length === 0 || filters.some((filter) => file.includes(filter));

const suites = ['встроенная база (PGlite)'];
if (process.env.METODSET_TEST_POSTGRES_URL) suites.push('PostgreSQL');
else console.log('PostgreSQL-тесты пропущены: задайте METODSET_TEST_POSTGRES_URL (в CI они обязательны).');
const browser = fs.existsSync(chromium);
if (browser) {
  suites.push('браузер (Chromium)');
  execSync('node scripts/ensure.mjs --web', { stdio: 'inherit' });
} else console.log(`Браузерные тесты пропущены: нет ${chromium} (в CI они обязательны).`);
console.log(`Наборы тестов: ${suites.join(', ')}`);

const excluded = [];
const pdfNeeded = pdfSuites.filter((file) => selected(file) && (browser || !file.startsWith('e2e/')));
const pdfMissing = pdfTools.filter((tool) => !onPath(tool));
if (pdfNeeded.length > 0 && pdfMissing.length > 0) {
  const what = `нет ${pdfMissing.join(', ')} — их вызывают тесты PDF (${pdfNeeded.join(', ')}). Установите пакет poppler-utils: sudo apt-get install poppler-utils`;
  if (ci) fail(`CI=true, но ${what}.`);
  console.log(`Тесты PDF пропущены: ${what} (в CI они обязательны).`);
  excluded.push(...pdfNeeded);
}

// (Left without its PDF tests, a filtered run may have no file left; that is not a failure.)
const passWithNoTests = excluded.length > 0 ? ['--passWithNoTests'] : [];
run('npx', ['vitest', 'run', ...args, ...passWithNoTests], { ...process.env, METODSET_TEST_SKIP: excluded.join(',') });

// The same suites under a clock at 23:30 UTC.
const serverTests = testFiles('src');
const missingSuites = clockSuites.filter((suite) => !serverTests.some((file) => file.startsWith(suite)));
if (missingSuites.length > 0)
  fail(
    `Список наборов для прогона под сдвинутыми часами устарел: нет ${missingSuites.join(', ')}. Обновите clockSuites в scripts/test.mjs.`,
  );
const clockFiles = serverTests.filter(
  (file) => clockSuites.some((suite) => file.startsWith(suite)) && selected(file) && !excluded.includes(file),
);
if (clockFiles.length === 0) process.exit(0);
const library = libfaketime();
if (!library) {
  const what = 'нет libfaketime: поставьте пакет faketime (sudo apt-get install faketime)';
  if (ci) fail(`CI=true, но ${what} — прогон наборов с «сегодня» под часами 23:30 UTC обязателен.`);
  console.log(`Прогон под часами 23:30 UTC пропущен: ${what} (в CI он обязателен).`);
  process.exit(0);
}
// FAKETIME's start is read in the process's own zone, hence TZ=UTC: the CI machine's zone, the worst one for a Moscow region.
const fakeEnv = {
  ...process.env,
  LD_PRELOAD: [library, process.env.LD_PRELOAD].filter(Boolean).join(' '),
  FAKETIME: `@${fakeClock}`,
  FAKETIME_DONT_FAKE_MONOTONIC: '1',
  TZ: 'UTC',
};
const seen = execFileSync(
  'npx',
  [
    'tsx',
    '-e',
    "import { readConfig } from './src/server/config.ts'; import { today } from './src/server/http/today.ts'; const { timeZone } = readConfig(); console.log([new Date().toISOString(), timeZone, today(timeZone)].join(' '));",
  ],
  { env: fakeEnv, encoding: 'utf8' },
).trim();
const [clock, zone, regionToday] = seen.split(' ');
if (!clock?.startsWith(`${fakeClock.slice(0, 10)}T23:3`))
  fail(`libfaketime (${library}) не подменила часы: процесс видит ${clock}, а должен ${fakeClock} UTC.`);
console.log(
  `\nПовторный прогон под часами ${fakeClock} UTC (libfaketime): часы процесса ${clock}, «сегодня» региона (${zone}) — ${regionToday}, ` +
    `а по UTC ещё ${fakeClock.slice(0, 10)}. Тест или запрос, который берёт «сегодня» по UTC или у базы данных, здесь упадёт.`,
);
console.log(
  `Наборы с «сегодня» (${clockFiles.length}): ${clockSuites.filter((suite) => clockFiles.some((f) => f.startsWith(suite))).join(', ')}`,
);
run('npx', ['vitest', 'run', ...options, '--passWithNoTests', ...clockFiles], fakeEnv);

function run(command, commandArgs, env) {
  try {
    execFileSync(command, commandArgs, { stdio: 'inherit', env });
  } catch {
    process.exit(1);
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function onPath(tool) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, tool), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Debian's faketime package puts it under the architecture's lib folder. */
function libfaketime() {
  if (process.env.METODSET_LIBFAKETIME) return fs.existsSync(process.env.METODSET_LIBFAKETIME) ? process.env.METODSET_LIBFAKETIME : null;
  const candidates = fs
    .readdirSync('/usr/lib')
    .map((dir) => path.join('/usr/lib', dir, 'faketime', 'libfaketime.so.1'))
    .concat('/usr/lib/faketime/libfaketime.so.1');
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/** Every `*.test.ts(x)` under a folder, as a path relative to the repository. */
function testFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)))
    .sort();
}
