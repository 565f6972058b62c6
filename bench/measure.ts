// What every measurement shares: fresh databases per engine, timing, and the peak resident memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, migrateDatabase, openDatabase } from '../src/server/db/client.js';
import { openScratchDatabase } from '../src/server/db/scratch.js';

export type EngineName = 'embedded' | 'postgres';

export interface BenchContext {
  engine: EngineName;
  /** The benchmark package file. */
  packageFile: string;
  /** A new, migrated, empty database of this engine; closed and removed by the runner. */
  freshDatabase(): Promise<Database>;
}

export interface Row {
  ours: Timing;
  bare: Timing;
  /** Throughput measurements: the stats of the load run, whose Timing covers the whole run. */
  load?: { ours: LoadStats; bare: LoadStats };
  /** Page-load measurements (first-load.bench.ts): one line per variant, medians of the runs. */
  firstLoad?: {
    runs: FirstLoadRun[];
    /** The machine's 1-minute load average at the start and the end, and its cores: Chromium's CPU
     * throttling slows a CPU that other processes already share. */
    loadAverage: [number, number];
    cores: number;
  };
}

/** One visit of the login page in a throttled browser; times from the start of navigation. */
export interface FirstLoadRun {
  /** The Accept-Encoding sent (or Chromium's own default). */
  variant: string;
  /** cold: an empty browser cache; warm: the same browser again, its cache kept. */
  visit: 'cold' | 'warm';
  /** The login field on screen. */
  visibleMs: number;
  /** The field is on screen and the main thread is free to take a key press. */
  readyMs: number;
  /** The best readyMs of the runs (the others lost time to the machine's other work). */
  bestReadyMs: number;
  /** A character typed by Playwright has reached the page's state (adds the automation's own delay). */
  typedMs: number;
  /** Content-Encoding of the scripts and styles. */
  encodings: string[];
  requests: number;
  scripts: number;
  /** Bodies of the scripts as they crossed the network (compressed when encoded). */
  jsBodyBytes: number;
  /** Everything the network carried, headers included. */
  wireBytes: number;
}

/** What autocannon saw: mean requests per second, latency percentiles in ms, failed responses. */
export interface LoadStats {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Errors, timeouts and non-2xx answers; a run with any is not a result. */
  failures: number;
}

/** One named measurement: our operation against the bare minimum that any implementation must do. */
export interface Measurement {
  name: string;
  /** A short Latin name to run it alone: `npm run bench -- <id>`. */
  id?: string;
  /** The engines it runs on (default: every engine of the run). */
  engines?: EngineName[];
  /** false when it does not read the benchmark package, which is then not generated for it. */
  usesPackage?: boolean;
  /** What "bare" means for this measurement, printed under the table. */
  note: string;
  run(ctx: BenchContext): Promise<Row>;
}

export interface Timing {
  ms: number;
  /** Bytes; the process peak while the operation ran (the embedded database runs in this process too). */
  peakRss: number;
}

/** Times `fn` and samples RSS; maxRSS catches peaks inside synchronous stretches that block the sampler. */
export async function timed(fn: () => Promise<unknown> | unknown): Promise<Timing> {
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  const started = performance.now();
  try {
    await fn();
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - started;
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  peak = Math.max(peak, process.memoryUsage.rss(), maxAfter > maxBefore ? maxAfter : 0);
  return { ms, peakRss: peak };
}

export interface Engine {
  name: EngineName;
  open(): Promise<Database & { dispose(): Promise<void> }>;
}

/** The embedded database on disk in a temporary folder, as `npm start` keeps it in ./data. */
export const embeddedEngine: Engine = {
  name: 'embedded',
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-bench-'));
    const database = await openDatabase({ dataDir: dir });
    await migrateDatabase(database);
    return {
      ...database,
      async dispose() {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A new database on the server of BENCH_POSTGRES_URL, dropped afterwards. */
export function postgresEngine(serverUrl: string): Engine {
  return {
    name: 'postgres',
    async open() {
      const database = await openScratchDatabase(serverUrl, 'metodset_bench');
      return { ...database, dispose: () => database.close() };
    },
  };
}
