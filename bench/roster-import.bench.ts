// The staff roster import over HTTP (upload → preview → apply, as the page does it) against a bare
// streaming read of the same XLSX file. The database holds the region's territory only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createApp } from '../src/server/app.js';
import { readConfig } from '../src/server/config.js';
import { importPackage } from '../src/server/modules/exchange/exchange.import.js';
import type { RosterApplyResult, RosterPreview, RosterUpload } from '../src/shared/roster.js';
import { type Measurement, timed } from './measure.js';
import { benchOptions } from './package-file.js';
import { rosterRows, writeRosterXlsx } from './roster-file.js';
import { signIn, territoryOnly } from './session.js';

/** Rows of the roster: BENCH_ROSTER_ROWS, else as many as the package has staff (40 000 at full size). */
export const rosterRowCount = () => Number(process.env.BENCH_ROSTER_ROWS || benchOptions().staff);

async function bareRead(file: string): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) if (row) rows++;
  }
  return rows;
}

export const rosterImport: Measurement = {
  name: 'Загрузка списка кадров (XLSX)',
  note: 'Загрузка списка кадров: базовое = потоковое чтение того же XLSX (exceljs WorkbookReader, все строки); наше = загрузка файла, предпросмотр и запись через HTTP API приложения от имени администратора региона (в базе только муниципалитеты и организации).',
  async run(ctx) {
    const pkg = JSON.parse(fs.readFileSync(ctx.packageFile, 'utf8')) as { organizations: { name: string }[] } & Record<string, unknown>;
    // Only names that occur once: a roster row naming two organizations is an error by design.
    const seen = new Map<string, number>();
    for (const { name } of pkg.organizations) seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
    const names = pkg.organizations.map((o) => o.name).filter((n) => seen.get(n.toLowerCase()) === 1);

    const count = rosterRowCount();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-bench-roster-'));
    const file = path.join(dir, 'сотрудники.xlsx');
    try {
      await writeRosterXlsx(file, rosterRows(count, names));
      const warmup = path.join(dir, 'warmup.xlsx');
      await writeRosterXlsx(warmup, rosterRows(200, names));
      await bareRead(warmup); // the first read in a fresh process also pays for compilation
      let read = 0;
      const bare = await timed(async () => (read = await bareRead(file)));
      if (read !== count + 1) throw new Error(`прочитано строк: ${read}, ожидалось ${count + 1}`);

      const database = await ctx.freshDatabase();
      await importPackage(database.db, territoryOnly(pkg), null);
      const app = createApp({ database, config: { ...readConfig({}), dataDir: dir } });
      const session = await signIn(app, database, [{ role: 'region_admin' }]);
      const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
      const post = async <T>(url: string, body: FormData | object): Promise<T> => {
        const response = await app.request(url, {
          method: 'POST',
          headers: body instanceof FormData ? headers : { ...headers, 'content-type': 'application/json' },
          body: body instanceof FormData ? body : JSON.stringify(body),
        });
        if (response.status !== 200) throw new Error(`${url}: ${response.status} ${(await response.text()).slice(0, 500)}`);
        return (await response.json()) as T;
      };

      const ours = await timed(async () => {
        const form = new FormData();
        form.append('file', await fs.openAsBlob(file), 'сотрудники.xlsx');
        const upload = await post<RosterUpload>('/api/v1/roster/uploads', form);
        const input = { mapping: upload.mapping };
        const preview = await post<RosterPreview>(`/api/v1/roster/uploads/${upload.uploadId}/preview`, input);
        if (preview.valid !== count) throw new Error(`предпросмотр: ${JSON.stringify({ ...preview, sample: [] }).slice(0, 800)}`);
        const result = await post<RosterApplyResult>(`/api/v1/roster/uploads/${upload.uploadId}/apply`, input);
        if (result.created !== count) throw new Error(`загрузка: ${JSON.stringify(result)}`);
      });
      return { ours, bare };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
