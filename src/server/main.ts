import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/client.js';
import { demoAccounts, loadDemoIfEmpty } from './modules/demo/demo.js';

const config = readConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await migrateDatabase(database);
const loaded = await loadDemoIfEmpty(database);

const app = createApp({ database, config });
const server = serve({ fetch: app.fetch, port: config.port, hostname: '0.0.0.0' }, () => {
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `встроенная база в ${config.dataDir}`;
  console.log(`\nМетодсеть запущена: http://localhost:${config.port}`);
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
