import type { Database } from './db/client.js';

/** One `npm run cli -- <name> …` command; `run` returns the process exit code. */
export interface CliCommand {
  usage: string;
  run(database: Database, args: string[]): Promise<number>;
}
