import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import lockfile from 'proper-lockfile';
import { AppError } from '../../shared/errors.js';

export interface EmbeddedServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on a worker thread. With a data directory, the directory is locked first: PGlite itself
 * does not lock, and two processes writing one directory corrupt it.
 */
export async function startEmbedded(dataDir: string | null): Promise<EmbeddedServer> {
  let release: (() => Promise<void>) | undefined;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      release = await lockfile.lock(dataDir, { lockfilePath: path.join(dataDir, '.metodset.lock'), stale: 15_000, update: 5_000 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new AppError(
          'database_busy',
          `База данных в папке ${dataDir} уже открыта другим процессом (скорее всего, запущен сервер «npm start»). ` +
            'Остановите его и повторите команду или укажите другую папку в METODSET_DATA_DIR.',
        );
      }
      throw error;
    }
  }
  const worker = new Worker(new URL('./embedded-worker.mjs', import.meta.url), { workerData: { dataDir } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { type: string; port: number }) => resolve(message.port));
  });
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage({ type: 'close' });
      });
      await worker.terminate();
      await release?.();
    },
  };
}
