import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

// The CLI runs as a separate process: on the embedded database of a data folder
// (exchange.cli.embedded.test.ts), or on the server DATABASE_URL names (exchange.cli.postgres.test.ts).

let dir: string;
/** A scratch folder for the test file's packages and data folder. */
export function useScratchDir(): void {
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'metodset-cli-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));
}

/** The embedded database folder the CLI of this test file uses. */
export const dataDir = () => path.join(dir, 'data');

export function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run({ METODSET_DATA_DIR: dataDir() }, args);
}

export function run(extra: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/server/cli.ts', ...args], { env, cwd: process.cwd(), timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

export const file = (name: string) => path.join(dir, name);
