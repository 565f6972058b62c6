import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/client.js';
import { refreshStatistics } from './db/statistics.js';
import { loginLimits } from './auth/auth.http.js';
import { purgeExpired } from './auth/sessions.queries.js';
import { today } from './http/today.js';
import { demoAccounts, loadDemoIfEmpty } from './modules/demo/demo.js';

const config = readConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await migrateDatabase(database);
const loaded = await loadDemoIfEmpty(database, today(config.timeZone));

const app = createApp({ database, config });

// Expired sessions and old login attempts are swept at start and then hourly.
const sweep = () =>
  purgeExpired(database.db, {
    idleMs: config.sessionIdleMs,
    absoluteMs: config.sessionAbsoluteMs,
    attemptWindowMs: loginLimits.windowMinutes * 60_000,
  }).catch((error) => console.error('Не удалось удалить устаревшие сеансы:', error));
await sweep();
setInterval(sweep, 3_600_000).unref();
// PGlite has no autovacuum: statistics are refreshed in the background at start and then hourly.
if (database.kind === 'embedded') {
  const refresh = () => refreshStatistics(database.db).catch((error) => console.error('Не удалось обновить статистику базы:', error));
  void refresh();
  setInterval(refresh, 3_600_000).unref();
}
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `встроенная база в ${config.dataDir}`;
  console.log(
    `\nМетодсеть запущена: http://localhost:${config.port}${config.host === '127.0.0.1' ? ' (только с этого компьютера; для сети — HOST=0.0.0.0)' : ''}`,
  );
  console.log(`База данных: ${where}${loaded ? ' — загружены демонстрационные данные' : ''}`);
  console.log('\nДемонстрационные входы (логин / пароль):');
  for (const account of demoAccounts) console.log(`  ${account.roleLabel.padEnd(40)} ${account.login} / ${account.password}`);
  console.log('\nОстановить: Ctrl+C');
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
