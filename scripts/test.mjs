// `npm test`: every suite. The PostgreSQL and browser suites join when a server
// (METODSET_TEST_POSTGRES_URL) and Chromium are present; with CI=true vitest.config.ts requires both.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.METODSET_CHROMIUM ?? '/usr/bin/chromium';
const suites = ['встроенная база (PGlite)'];
if (process.env.METODSET_TEST_POSTGRES_URL) suites.push('PostgreSQL');
else console.log('PostgreSQL-тесты пропущены: задайте METODSET_TEST_POSTGRES_URL (в CI они обязательны).');
if (fs.existsSync(chromium)) {
  suites.push('браузер (Chromium)');
  execSync('node scripts/ensure.mjs --web', { stdio: 'inherit' });
} else console.log(`Браузерные тесты пропущены: нет ${chromium} (в CI они обязательны).`);
console.log(`Наборы тестов: ${suites.join(', ')}`);

try {
  execSync(`npx vitest run ${process.argv.slice(2).join(' ')}`, { stdio: 'inherit' });
} catch {
  process.exit(1);
}
