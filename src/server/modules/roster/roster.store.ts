// Uploaded roster files (on disk, an hour at most) and import jobs (in memory), each bound to
// the user who made it: someone else's id is simply not found.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError, notFound } from '../../../shared/errors.js';
import type { RosterJob } from '../../../shared/roster.js';
import { toAppError } from '../../http/errors.js';
import type { FileInfo } from './roster.parse.js';

export const uploadLifetimeMs = 60 * 60 * 1000;
export const rosterTempRoot = () => path.join(os.tmpdir(), 'metodset-roster');

export interface StoredUpload {
  id: string;
  userId: number;
  fileName: string;
  dir: string;
  file: string;
  uploadedAt: Date;
  info: FileInfo | null;
  jobId: string | null;
  timer: NodeJS.Timeout;
}

const uploads = new Map<string, StoredUpload>();

/** A fresh folder for one upload; folders left by a stopped server are swept after their hour. */
export async function newUpload(userId: number, fileName: string): Promise<StoredUpload> {
  await sweepStale();
  const id = randomUUID();
  const dir = path.join(rosterTempRoot(), id);
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  const timer = setTimeout(() => void dropUpload(id), uploadLifetimeMs);
  timer.unref();
  const upload: StoredUpload = {
    id,
    userId,
    fileName,
    dir,
    file: path.join(dir, 'file'),
    uploadedAt: new Date(),
    info: null,
    jobId: null,
    timer,
  };
  uploads.set(id, upload);
  return upload;
}

export function findUpload(userId: number, id: string): StoredUpload {
  const upload = uploads.get(id);
  if (!upload || upload.userId !== userId || !upload.info) throw notFound('upload');
  return upload;
}

export async function dropUpload(id: string): Promise<void> {
  const upload = uploads.get(id);
  if (!upload) return;
  uploads.delete(id);
  clearTimeout(upload.timer);
  await fs.promises.rm(upload.dir, { recursive: true, force: true });
}

async function sweepStale(): Promise<void> {
  const root = rosterTempRoot();
  const entries = await fs.promises.readdir(root).catch(() => [] as string[]);
  const cutoff = Date.now() - uploadLifetimeMs;
  for (const entry of entries) {
    if (uploads.has(entry)) continue;
    const full = path.join(root, entry);
    const stat = await fs.promises.stat(full).catch(() => null);
    if (stat && stat.mtimeMs < cutoff) await fs.promises.rm(full, { recursive: true, force: true });
  }
}

interface StoredJob {
  userId: number;
  job: RosterJob;
  done: Promise<void>;
  failure: unknown;
}

const jobs = new Map<string, StoredJob>();

/** Runs `work` as a job; the job stays readable for an hour after it ends. */
export function startJob(userId: number, total: number, work: (job: RosterJob) => Promise<RosterJob['result']>): StoredJob {
  const job: RosterJob = { jobId: randomUUID(), state: 'running', phase: 'checking', processed: 0, total };
  const stored: StoredJob = { userId, job, done: Promise.resolve(), failure: null };
  stored.done = work(job).then(
    (result) => {
      job.state = 'done';
      job.result = result!;
    },
    (error: unknown) => {
      stored.failure = error;
      job.state = 'failed';
      // A database constraint the rows break is the user's to fix, like any other 4xx.
      const appError = toAppError(error);
      if (appError.code === 'internal') console.error(error);
      job.error = appError.message;
      job.errors = (error as { rows?: RosterJob['errors'] }).rows;
    },
  );
  jobs.set(job.jobId, stored);
  void stored.done.then(() => setTimeout(() => jobs.delete(job.jobId), uploadLifetimeMs).unref());
  return stored;
}

export function findJob(userId: number, id: string): RosterJob {
  const stored = jobs.get(id);
  if (!stored || stored.userId !== userId) throw notFound('rosterJob');
  return stored.job;
}

/** Thrown when rows of the file are invalid: a 422 that carries every row error. */
export class RosterInvalidError extends AppError {
  constructor(
    message: string,
    readonly rows: NonNullable<RosterJob['errors']>,
  ) {
    super(
      'validation',
      message,
      rows.slice(0, 100).map((r) => ({ path: `Строка ${r.row}${r.column ? `, «${r.column}»` : ''}`, message: r.message })),
    );
  }

  override toBody() {
    return { ...super.toBody(), errors: this.rows };
  }
}
