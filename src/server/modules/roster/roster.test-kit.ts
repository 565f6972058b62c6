// Shared setup of the roster import tests: a territory with two municipalities and a municipal head.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { RosterUpload } from '../../../shared/roster.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';

type Org = { id: number; name: string; code: string };
export interface RosterWorld {
  t: TestContext;
  orgA: Org;
  orgA2: Org;
  orgB: Org;
  /** municipal_head of orgA's and orgA2's municipality; orgB is in another one. */
  head: TestClient;
}

export function rosterWorld(): RosterWorld {
  const w = {} as RosterWorld;
  beforeAll(async () => {
    w.t = await startTestApp();
    const munA = await w.t.make.municipality({ name: 'Заречный район' });
    const munB = await w.t.make.municipality({ name: 'Соседний район' });
    w.orgA = await w.t.make.organization({ municipalityId: munA.id, name: 'МБОУ «Средняя школа № 1»', code: 'SCH-1' });
    w.orgA2 = await w.t.make.organization({ municipalityId: munA.id, name: 'МБОУ «Гимназия № 2»', code: 'GYM-2' });
    w.orgB = await w.t.make.organization({ municipalityId: munB.id, name: 'МБОУ «Лицей № 3»', code: 'LYC-3' });
    const user = await w.t.make.user([{ role: 'municipal_head', municipalityId: munA.id }]);
    w.head = await w.t.as(user.login, user.password);
  });
  afterAll(() => w.t.close());
  return w;
}

export async function xlsx(rows: unknown[][], prepare?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Сотрудники');
  for (const row of rows) sheet.addRow(row);
  prepare?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function upload(client: TestClient, bytes: Uint8Array | string, name: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart]), name);
  return client.post('/api/v1/roster/uploads', form);
}

export async function uploaded(client: TestClient, bytes: Uint8Array | string, name = 'список.xlsx'): Promise<RosterUpload> {
  const response = await upload(client, bytes, name);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as RosterUpload;
}

export const body = (u: RosterUpload, extra: Record<string, unknown> = {}) => ({ mapping: u.mapping, ...extra });

export const header = [
  'Ф.И.О.',
  'Дата рождения',
  'Организация',
  'Должность',
  'Категория',
  'Пед. стаж',
  'Предметы',
  'E-mail',
  'Код сотрудника',
];
