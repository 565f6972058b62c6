// `npm run cli -- <command> …`: the same operations as the HTTP API, on the database the server uses.
import { AppError } from '../shared/errors.js';
import type { CliCommand } from './cli-command.js';
import { readConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/client.js';
import { exchangeCommands } from './modules/exchange/exchange.cli.js';
import { profileCommands } from './modules/profiles/profiles.cli.js';
import { monitoringCommands } from './modules/monitoring/indicators.cli.js';

const commands: Record<string, CliCommand> = { ...exchangeCommands, ...monitoringCommands, ...profileCommands };

function help(): void {
  console.log('Методсеть — командная строка\n\nКоманды:');
  for (const command of Object.values(commands)) console.log(`  npm run cli -- ${command.usage}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    help();
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Неизвестная команда «${name}».`);
    help();
    return 2;
  }
  const config = readConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    return await command.run(database, args);
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof AppError) {
    console.error(error.message);
    for (const issue of error.issues ?? []) console.error(`${issue.path}: ${issue.message}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
