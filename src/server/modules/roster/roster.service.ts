// The roster import: upload a file, check every row against a column mapping, then write all
// rows in one transaction or none. The caller has authorized 'roster.import' and passes its scope.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AppError } from '../../../shared/errors.js';
import {
  rosterMaxBytes,
  rosterMaxErrors,
  rosterSampleSize,
  type RosterApplyResult,
  type RosterJob,
  type RosterPreview,
  type RosterPreviewInput,
  type RosterRecord,
  type RosterRowError,
  type RosterUpload,
} from '../../../shared/roster.js';
import type { Principal } from '../../auth/principal.js';
import type { Scope } from '../../auth/scope.js';
import type { Db, Executor } from '../../db/client.js';
import { refreshAfterBulkWrite } from '../../db/statistics.js';
import { audit } from '../audit/audit.service.js';
import { PositionDictionary } from './positions.match.js';
import { selectPositions } from './positions.queries.js';
import { fieldList, guessMapping } from './roster.columns.js';
import { emptyFile, inspectFile, isEmpty, readRows, type SourceRow } from './roster.parse.js';
import {
  insertAttestations,
  insertPeople,
  matchPeople,
  scopeOrganizations,
  updatePeople,
  upsertEmployments,
  type RecordMatch,
} from './roster.queries.js';
import { compileMapping, MappingError, OrganizationIndex, personKey, validateRow, type RowContext } from './roster.rows.js';
import { dropUpload, findJob, findUpload, newUpload, RosterInvalidError, startJob, type StoredUpload } from './roster.store.js';

/** Rows per statement: large enough to amortize a round trip, small enough to keep memory flat. */
export const rosterBatchSize = 2000;

export async function createUpload(principal: Principal, file: File): Promise<RosterUpload> {
  if (file.size > rosterMaxBytes) throw new AppError('payload_too_large', 'Файл больше 50 МБ: разделите список на несколько файлов.');
  if (file.size === 0) throw emptyFile();
  const fileName = path.basename(file.name || 'roster').slice(0, 255);
  const upload = await newUpload(principal.userId, fileName);
  try {
    await pipeline(Readable.fromWeb(file.stream() as WebReadableStream), fs.createWriteStream(upload.file, { mode: 0o600 }));
    upload.info = await inspectFile(upload.file, fileName);
  } catch (error) {
    await dropUpload(upload.id);
    throw error;
  }
  const { headers, rows } = upload.info;
  return { uploadId: upload.id, fileName, rows, headers, mapping: guessMapping(headers), fields: fieldList() };
}

async function rowContext(
  db: Executor,
  scope: Scope,
  upload: StoredUpload,
  input: RosterPreviewInput,
  today: string,
): Promise<RowContext & { municipalities: Map<number, number> }> {
  let columns: RowContext['columns'];
  try {
    columns = compileMapping(upload.info!.headers, input.mapping);
  } catch (error) {
    if (error instanceof MappingError) throw new AppError('validation', error.message);
    throw error;
  }
  const organizations = await scopeOrganizations(db, scope);
  let defaultOrganization = null;
  if (input.organizationId) {
    defaultOrganization = organizations.find((o) => o.id === input.organizationId) ?? null;
    if (!defaultOrganization) throw new AppError('validation', 'Организация по умолчанию не найдена в вашей территории.');
  }
  const fields = new Set(columns.map((c) => c.field));
  if (!defaultOrganization && !fields.has('organizationName') && !fields.has('organizationCode')) {
    throw new AppError('validation', 'В файле нет столбца «Организация» или «Код организации»: выберите организацию по умолчанию.');
  }
  return {
    columns,
    organizations: new OrganizationIndex(organizations),
    defaultOrganization,
    today,
    seen: new Map(),
    positions: new PositionDictionary(await selectPositions(db)),
    positionChoices: input.positions ?? {},
    unknownPositions: new Map(),
    municipalities: new Map(organizations.map((o) => [o.id, o.municipalityId])),
  };
}

/** The start of new employments whose rows have no hire date: the importer's choice, else today. */
const defaultStart = (input: RosterPreviewInput, today: string) => input.defaultStart ?? today;

async function* dataRows(upload: StoredUpload): AsyncGenerator<SourceRow> {
  const info = upload.info!;
  for await (const row of readRows(info)) {
    if (row.number > info.headerRow && !isEmpty(row.cells)) yield row;
  }
}

export async function previewUpload(
  db: Db,
  principal: Principal,
  scope: Scope,
  uploadId: string,
  input: RosterPreviewInput,
  today: string,
): Promise<RosterPreview> {
  const upload = findUpload(principal.userId, uploadId);
  const ctx = await rowContext(db, scope, upload, input, today);
  const preview: RosterPreview = {
    total: 0,
    valid: 0,
    invalidRows: 0,
    errors: [],
    errorsTruncated: false,
    skippedRows: 0,
    skipped: [],
    positions: [],
    newPeople: 0,
    updatedPeople: 0,
    extraEmployments: 0,
    attestations: 0,
    withoutStart: 0,
    defaultStart: defaultStart(input, today),
    linkedPeople: 0,
    linked: [],
    sample: [],
  };
  const overflow = () => (preview.errorsTruncated = true);
  let batch: RosterRecord[] = [];
  const count = async () => {
    // A person's further rows (part-time jobs) are matched through their first row.
    const extra = batch.filter((r) => r.repeatOf !== null);
    batch = batch.filter((r) => r.repeatOf === null);
    for (const record of extra) {
      preview.valid++;
      preview.extraEmployments++;
      tally(preview, record);
    }
    const matches = await matchPeople(db, scope, ctx.today, batch);
    batch.forEach((record, i) => {
      const match = matches[i]!;
      const error = takenCode(record, match, ctx);
      if (error) {
        preview.invalidRows++;
        collect(preview.errors, [error], overflow);
        return;
      }
      preview.valid++;
      tally(preview, record);
      if (match.id === null) preview.newPeople++;
      else if (match.current) preview.updatedPeople++;
      else {
        preview.linkedPeople++;
        if (preview.linked.length < rosterMaxErrors) preview.linked.push({ row: record.row, name: match.name, birthYear: match.birthYear });
      }
    });
    batch = [];
  };
  for await (const row of dataRows(upload)) {
    preview.total++;
    const { record, errors, skip } = validateRow(row, ctx);
    if (skip) {
      preview.skippedRows++;
      if (preview.skipped.length < rosterMaxErrors) preview.skipped.push({ row: row.number, reason: skip });
    } else if (record) {
      batch.push(record);
      if (batch.length >= rosterBatchSize) await count();
    } else {
      preview.invalidRows++;
      collect(preview.errors, errors, overflow);
    }
  }
  await count();
  preview.errors.sort(byRow);
  preview.sample.sort((a, b) => a.row - b.row);
  preview.positions = [...ctx.unknownPositions.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name, 'ru'));
  return preview;
}

function tally(preview: RosterPreview, record: RosterRecord) {
  if (preview.sample.length < rosterSampleSize) preview.sample.push(record);
  if (record.attestation) preview.attestations++;
  if (!record.employmentStart) preview.withoutStart++;
}

const byRow = (a: RosterRowError, b: RosterRowError) => a.row - b.row;

/**
 * A row that matches nobody but carries the code of a person outside the territory: a new person
 * cannot take that code, and a code alone does not reach across territories (tell-tale numbers repeat).
 */
function takenCode(record: RosterRecord, match: RecordMatch, ctx: RowContext): RosterRowError | null {
  if (match.id !== null || !match.codeTaken) return null;
  return {
    row: record.row,
    column: ctx.columns.find((c) => c.field === 'code')?.header ?? null,
    field: 'code',
    message: `Код «${record.code}» уже занят работником другой территории: уберите код из строки или укажите СНИЛС либо дату рождения.`,
  };
}

function collect(into: RosterRowError[], errors: RosterRowError[], onOverflow: () => void) {
  for (const error of errors) {
    if (into.length < rosterMaxErrors) into.push(error);
    else onOverflow();
  }
}

/**
 * Starts the import job: every row is checked first (valid rows spill to a file next to the
 * upload, so memory stays flat), then all are written in one transaction — or, with any invalid
 * row, nothing is written and the job fails with the row errors.
 */
export async function startApply(db: Db, principal: Principal, scope: Scope, uploadId: string, input: RosterPreviewInput, today: string) {
  const upload = findUpload(principal.userId, uploadId);
  if (upload.jobId && findJob(principal.userId, upload.jobId).state === 'running') {
    throw new AppError('conflict', 'Этот файл уже загружается: дождитесь окончания.');
  }
  const ctx = await rowContext(db, scope, upload, input, today);
  const stored = startJob(principal.userId, upload.info!.rows, async (job) => {
    const spill = path.join(upload.dir, `records-${job.jobId}.ndjson`);
    try {
      await checkAll(db, scope, upload, ctx, job, spill);
      job.phase = 'writing';
      job.processed = 0;
      const result = await writeAll(db, principal, scope, upload, ctx, job, spill, defaultStart(input, today));
      await dropUpload(upload.id);
      return result;
    } finally {
      await fs.promises.rm(spill, { force: true });
    }
  });
  upload.jobId = stored.job.jobId;
  return stored;
}

async function checkAll(db: Db, scope: Scope, upload: StoredUpload, ctx: RowContext, job: RosterJob, spill: string): Promise<void> {
  const out = fs.createWriteStream(spill, { mode: 0o600 });
  const errors: RosterRowError[] = [];
  let invalid = 0;
  let batch: RosterRecord[] = [];
  const flush = async () => {
    // Further rows of a person are checked through the first one; only first rows are matched.
    const firsts = batch.filter((r) => r.repeatOf === null);
    const found = await matchPeople(db, scope, ctx.today, firsts);
    let next = 0;
    const matches = batch.map((r): RecordMatch => (r.repeatOf === null ? found[next++]! : { id: null, codeTaken: false }));
    for (const [i, record] of batch.entries()) {
      const error = takenCode(record, matches[i]!, ctx);
      if (error) {
        invalid++;
        collect(errors, [error], () => undefined);
      } else if (!invalid && !out.write(`${JSON.stringify(record)}\n`)) {
        await once(out, 'drain');
      }
    }
    batch = [];
  };
  try {
    for await (const row of dataRows(upload)) {
      job.processed++;
      const { record, errors: rowErrors, skip } = validateRow(row, ctx);
      if (skip) job.skipped = (job.skipped ?? 0) + 1;
      else if (!record) {
        invalid++;
        collect(errors, rowErrors, () => undefined);
      } else {
        batch.push(record);
        if (batch.length >= rosterBatchSize) await flush();
      }
    }
    await flush();
  } finally {
    out.end();
    await once(out, 'close');
  }
  if (invalid) throw invalidFile(invalid, errors.sort(byRow));
}

const invalidFile = (invalid: number, errors: RosterRowError[]) =>
  new RosterInvalidError(`Строк с ошибками: ${invalid}. Ничего не записано: исправьте файл и загрузите его снова.`, errors);

async function writeAll(
  db: Db,
  principal: Principal,
  scope: Scope,
  upload: StoredUpload,
  ctx: RowContext & { municipalities: Map<number, number> },
  job: RosterJob,
  spill: string,
  start: string,
): Promise<RosterApplyResult> {
  const result: RosterApplyResult = {
    created: 0,
    updated: 0,
    linked: 0,
    employmentsCreated: 0,
    employmentsUpdated: 0,
    attestationsCreated: 0,
    skipped: job.skipped ?? 0,
  };
  const municipalityIds = new Set<number>();
  const actor = { userId: principal.userId, login: principal.login };
  // The person of each first row, for the rows that add another employment to them.
  const personOf = new Map<string, number>();
  await db.transaction(async (tx) => {
    let all: RosterRecord[] = [];
    let batch: RosterRecord[] = [];
    const flush = async () => {
      if (!all.length) return;
      batch = all.filter((r) => r.repeatOf === null);
      const matched = await matchPeople(tx, scope, ctx.today, batch);
      // Checked before the transaction; a person created since then may have taken a code.
      const taken = batch.map((record, i) => takenCode(record, matched[i]!, ctx)).filter((e) => e !== null);
      if (taken.length) throw invalidFile(taken.length, taken);
      const municipality = (r: RosterRecord) => ctx.municipalities.get(r.organizationId)!;
      const fresh = batch.filter((_, i) => matched[i]!.id === null);
      // People the territory employs today are updated; anyone else only gets the employment below.
      const current = batch.flatMap((record, i) => {
        const match = matched[i]!;
        return match.id !== null && match.current ? [{ id: match.id, record }] : [];
      });
      await updatePeople(
        tx,
        scope,
        ctx.today,
        actor,
        current.map((c) => c.id),
        current.map((c) => c.record),
        current.map((c) => municipality(c.record)),
      );
      const freshIds = await insertPeople(tx, actor, fresh, fresh.map(municipality));
      let next = 0;
      batch.forEach((record, i) => personOf.set(personKey(record), matched[i]!.id ?? freshIds[next++]!));
      const personIds = all.map((record) => personOf.get(personKey(record))!);
      const employments = await upsertEmployments(tx, actor, personIds, all, start);
      const attested = all.flatMap((record, i) => (record.attestation ? [{ personId: personIds[i]!, ...record.attestation }] : []));
      result.attestationsCreated += await insertAttestations(tx, actor, attested);
      const linked = batch.length - fresh.length - current.length;
      result.created += fresh.length;
      result.updated += current.length;
      result.linked += linked;
      result.employmentsCreated += employments.created;
      result.employmentsUpdated += employments.updated;
      for (const record of all) municipalityIds.add(ctx.municipalities.get(record.organizationId)!);
      job.processed += all.length;
      all = [];
    };
    const lines = readline.createInterface({ input: fs.createReadStream(spill), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      all.push(JSON.parse(line) as RosterRecord);
      if (all.length >= rosterBatchSize) await flush();
    }
    await flush();
    await audit(tx, principal, {
      action: 'import',
      entity: 'roster',
      entityLabel: upload.fileName,
      changes: { file: upload.fileName, ...result },
      municipalityIds: [...municipalityIds],
    });
  });
  await refreshAfterBulkWrite(db, result.created + result.updated);
  return result;
}

export function rosterJob(principal: Principal, jobId: string): RosterJob {
  return findJob(principal.userId, jobId);
}

export { RosterInvalidError };
