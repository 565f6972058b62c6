import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../../shared/dates.js';
import { indicatorCatalog, type IndicatorValue } from '../../../shared/indicators.js';
import type { DrilldownOrganization, DrilldownPage, DrilldownPerson, DrilldownRecord } from '../../../shared/monitoring.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { importPackage } from '../exchange/exchange.import.js';
import { loadProfile } from '../profiles/profiles.files.js';
import { applyProfile } from '../profiles/profiles.service.js';
import { blockA, blockB, blockC, blockD, blockE, P } from '../monitoring/indicators.test-kit.js';

let t: TestContext;
let admin: TestClient;
let methodist: TestClient;
let folder: string;
beforeAll(async () => {
  t = await startTestApp();
  for (const block of [blockA, blockB, blockC, blockD, blockE]) await importPackage(t.database.db, block, null);
  // Altai's profile: eleven indicators first, thresholds on four of them.
  await applyProfile(t.database.db, 'altai-2020', null);
  const user = await t.make.user([{ role: 'region_admin' }], { login: 'report-admin' });
  admin = await t.as(user.login, user.password);
  const mc = await t.database.db.execute<{ id: number }>(`select id from municipalities where code = 'MC'`);
  const m = await t.make.user([{ role: 'municipal_methodist', municipalityId: mc.rows[0]!.id }], { login: 'report-mc' });
  methodist = await t.as(m.login, m.password);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'report-export-'));
});
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await t.close();
});

const query = (scope: string, from = P.from, to = P.to) => `scope=${encodeURIComponent(scope)}&from=${from}&to=${to}`;

async function download(client: TestClient, file: 'xlsx' | 'pdf', scope: string): Promise<{ response: Response; body: Buffer }> {
  const response = await client.get(`/api/v1/indicators/report.${file}?${query(scope)}`);
  expect(response.status, `${file} ${scope}`).toBe(200);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

const cellText = (value: ExcelJS.CellValue) =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value;

function rowsOf(sheet: ExcelJS.Worksheet, from: number): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let n = from; n <= sheet.rowCount; n += 1) {
    const row = sheet.getRow(n);
    rows.push(Array.from({ length: 9 }, (_, i) => cellText(row.getCell(i + 1).value)));
  }
  return rows;
}

async function members(client: TestClient, code: string, scope: string, side: 'numerator' | 'rest'): Promise<DrilldownPage> {
  const response = await client.get(`/api/v1/indicators/${code}/members?${query(scope)}&side=${side}&pageSize=500`);
  expect(response.status).toBe(200);
  return (await response.json()) as DrilldownPage;
}

/** What a drill-down sheet row must say for an item of `GET /indicators/{code}/members`. */
function expectedLine(page: DrilldownPage, item: DrilldownPage['items'][number], inNumerator: boolean) {
  const flag = inNumerator ? 'да' : 'нет';
  if (page.subject === 'people') {
    const p = item as DrilldownPerson;
    const name = [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
    const places = p.organizations.map((o) => `${o.position}, ${o.name}`).join('; ');
    return [flag, name, places || null, p.code];
  }
  if (page.subject === 'organizations') {
    const o = item as DrilldownOrganization;
    return [flag, o.name, o.municipalityName, o.code];
  }
  const r = item as DrilldownRecord;
  return [flag, r.name, r.date, r.code];
}

describe('отчёт в Excel', () => {
  it('лист значений совпадает с GET /indicators, показатели профиля первыми, с порогами', async () => {
    const { response, body } = await download(methodist, 'xlsx', 'MC');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent('Отчёт, Район В, 01.01.2024–31.12.2024.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.name).toBe('Показатели');
    expect(workbook.worksheets).toHaveLength(1 + indicatorCatalog.length);

    const sheet = workbook.getWorksheet('Показатели')!;
    const heading = [1, 2, 3, 4, 5].map((n) => sheet.getRow(n).getCell(1).value);
    expect(heading).toEqual([
      'Отчёт о показателях эффективности методической службы',
      'Территория: Район В (муниципалитет, код MC)',
      'Период: 01.01.2024–31.12.2024',
      `Профиль: ${(await loadProfile('altai-2020')).title} (altai-2020)`,
      'Текущие данные (отчёт не зафиксирован)',
    ]);
    expect(sheet.getRow(7).getCell(1).value).toBe('№');
    const rows = rowsOf(sheet, 8);
    expect(rows).toHaveLength(indicatorCatalog.length);

    const live = (await (await methodist.get(`/api/v1/indicators?${query('MC')}`)).json()) as IndicatorValue[];
    const altai = (await loadProfile('altai-2020')).indicators.map((i) => i.code);
    const catalogRest = indicatorCatalog.map((d) => d.code).filter((code) => !(altai as string[]).includes(code));
    expect(rows.map((r) => r[7])).toEqual([...altai, ...catalogRest]);
    for (const [index, row] of rows.entries()) {
      const value = live.find((v) => v.code === row[7])!;
      const name = indicatorCatalog.find((d) => d.code === row[7])!.name;
      expect(row.slice(0, 5), value.code).toEqual([
        index + 1,
        name,
        value.value ?? 'нет данных',
        value.numerator,
        value.denominator ?? '—',
      ]);
    }
    // staff_pd_share in MC: 5 of 8 with the threshold 10 %; a count without a threshold.
    const staff = rows.find((r) => r[7] === 'staff_pd_share')!;
    expect(staff.slice(2, 7)).toEqual([62.5, 5, 8, 10, 'достигнут']);
    expect(sheet.getRow(8 + rows.indexOf(staff)).getCell(3).numFmt).toBe('0.0" %"');
    expect(rows.find((r) => r[7] === 'consilium_count')!.slice(4, 7)).toEqual(['—', '—', '—']);
  });

  it('лист каждого показателя: числитель, затем остальные — как GET /indicators/{code}/members', async () => {
    const { body } = await download(methodist, 'xlsx', 'MC');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const values = rowsOf(workbook.getWorksheet('Показатели')!, 8);
    let listed = 0;
    for (const row of values) {
      const code = row[7] as string;
      const definition = indicatorCatalog.find((d) => d.code === code)!;
      const sheet = workbook.getWorksheet(row[8] as string)!;
      expect(sheet, code).toBeDefined();
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      // The sheet is named by the indicator's short Russian title, never by its code.
      expect(sheet.name).toBe(definition.short);
      expect(sheet.getRow(1).getCell(1).value).toBe(definition.name);
      const header = sheet.getRow(5).values as ExcelJS.CellValue[];
      expect(header.slice(1, 2)).toEqual(['Входит в числитель']);
      const numerator = await members(methodist, code, 'MC', 'numerator');
      const rest = definition.kind === 'share' ? await members(methodist, code, 'MC', 'rest') : { ...numerator, items: [] };
      const expected = [
        ...numerator.items.map((item) => expectedLine(numerator, item, true)),
        ...rest.items.map((item) => expectedLine(rest as DrilldownPage, item, false)),
      ];
      expect(
        rowsOf(sheet, 6).map((r) => r.slice(0, 4)),
        code,
      ).toEqual(expected);
      listed += expected.length;
    }
    expect(listed).toBeGreaterThan(20);
    const people = workbook.getWorksheet(values.find((r) => r[7] === 'staff_pd_share')![8] as string)!;
    expect(people.getRow(5).getCell(3).value).toBe('Место работы');
    expect(people.getRow(6).values).toEqual([undefined, 'да', 'Фамилия-C1 Имя', 'Учитель, Организация C-S1', 'C1']);
  });

  it('регион: листы названы по-русски, коротко (не длиннее 31 знака) и все разные', async () => {
    const { body } = await download(admin, 'xlsx', 'R-MON');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toContain('ДПО из реестра по диагностике');
    expect(names.filter((n) => /[a-z_]{4,}/.test(n))).toEqual([]);
    expect(workbook.getWorksheet('Показатели')!.getRow(2).getCell(1).value).toBe('Территория: Тестовая область (регион, код R-MON)');
  });
});

/** A binary PGM (P5) as pdftoppm -gray writes it: width, height and one byte per pixel. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = fs.readFileSync(file);
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[offset]!))) offset += 1;
    if (data[offset] === 0x23) {
      while (data[offset] !== 0x0a) offset += 1;
      continue;
    }
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[offset]!))) field += String.fromCharCode(data[offset++]!);
    fields.push(field);
  }
  expect(fields[0]).toBe('P5');
  return { width: Number(fields[1]), height: Number(fields[2]), pixels: data.subarray(offset + 1) };
}

interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of page 1 with their boxes in pt, as pdftotext -bbox finds them. */
function wordBoxes(pdf: string): Map<string, Box> {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const boxes = new Map<string, Box>();
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (!boxes.has(m[5]!)) boxes.set(m[5]!, { xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return boxes;
}

/** The share of dark pixels in each of `slices` equal vertical strips of a box (pt), at `dpi`. */
function inkBySlice(image: ReturnType<typeof readPgm>, box: Box, dpi: number, slices: number): number[] {
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const [x0, x1, y0, y1] = [px(box.xMin), px(box.xMax), px(box.yMin), px(box.yMax)];
  const width = (x1 - x0) / slices;
  return Array.from({ length: slices }, (_, s) => {
    let dark = 0;
    let all = 0;
    for (let y = y0; y < y1; y += 1) {
      for (let x = Math.round(x0 + s * width); x < Math.round(x0 + (s + 1) * width); x += 1) {
        all += 1;
        if (image.pixels[y * image.width + x]! < 128) dark += 1;
      }
    }
    return dark / all;
  });
}

describe('отчёт в PDF', () => {
  it('A4 с русским текстом: шрифт Roboto встроен, заголовок и диаграммы по муниципалитетам', async () => {
    const { response, body } = await download(admin, 'pdf', 'R-MON');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Отчёт, Тестовая область, 01.01.2024–31.12.2024.pdf')}`,
    );
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = path.join(folder, 'region.pdf');
    fs.writeFileSync(pdf, body);

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Roboto-\w+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const words of [
      'Отчёт о показателях эффективности методической службы',
      'Территория: Тестовая область (регион, код R-MON)',
      'Период: 01.01.2024–31.12.2024',
      'Показатели',
      'Показатели по муниципалитетам',
      'Район А',
      'Район Д',
      'Доля педагогов и руководителей, прошедших ПК и ПП в отчётный период',
      'черта — порог 10,0 %',
      // The footer's date is the region's today, not the UTC one.
      `Методсеть · сформировано ${formatDay(t.today())}`,
    ]) {
      expect(flat, words).toContain(words);
    }
    expect(flat).toMatch(/Страница 1 из \d+/);

    // Page 1 as an image: the title's words carry ink, glyph by glyph different (missing glyphs
    // would print as empty or as identical boxes), and the margin beside them stays white.
    const prefix = path.join(folder, 'page');
    execFileSync('pdftoppm', ['-gray', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    const image = readPgm(`${prefix}.pgm`);
    // A4 at 100 dpi, give or take pdftoppm's rounding.
    expect(Math.abs(image.width - 827) + Math.abs(image.height - 1169)).toBeLessThanOrEqual(2);
    const boxes = wordBoxes(pdf);
    for (const word of ['Отчёт', 'эффективности', 'методической']) {
      const box = boxes.get(word)!;
      expect(box, word).toBeDefined();
      const slices = inkBySlice(image, box, 100, word.length);
      const mean = slices.reduce((a, b) => a + b, 0) / slices.length;
      const spread = Math.sqrt(slices.reduce((a, b) => a + (b - mean) ** 2, 0) / slices.length) / mean;
      expect(mean, word).toBeGreaterThan(0.12);
      expect(mean, word).toBeLessThan(0.7);
      expect(spread, word).toBeGreaterThan(0.08);
    }
    const margin = inkBySlice(image, { xMin: 2, xMax: 30, yMin: 40, yMax: 400 }, 100, 1)[0]!;
    expect(margin).toBe(0);

    // The same page at 50 dpi, as a quick look would render it: ink in the title band.
    execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, `${prefix}-50`]);
    const small = readPgm(`${prefix}-50.pgm`);
    const title = boxes.get('Отчёт')!;
    const band = inkBySlice(small, { xMin: 40, xMax: 400, yMin: title.yMin, yMax: title.yMax }, 50, 1)[0]!;
    expect(band).toBeGreaterThan(0.05);
  });

  it('муниципалитет — диаграммы по организациям; организация — без диаграмм', async () => {
    const municipality = path.join(folder, 'mc.pdf');
    fs.writeFileSync(municipality, (await download(methodist, 'pdf', 'MC')).body);
    const text = execFileSync('pdftotext', [municipality, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Показатели по организациям');
    expect(text).toContain('Организация C-S1');

    const school = path.join(folder, 'school.pdf');
    fs.writeFileSync(school, (await download(methodist, 'pdf', 'C-S1')).body);
    const schoolText = execFileSync('pdftotext', [school, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(schoolText).toContain('Территория: Организация C-S1 (организация, код C-S1)');
    expect(schoolText).not.toContain('Показатели по');
  });
});

describe('доступ и проверка запроса', () => {
  it('чужая территория — 404, период наоборот — 422 по-русски, без входа — 401', async () => {
    for (const file of ['xlsx', 'pdf']) {
      const foreign = await methodist.get(`/api/v1/indicators/report.${file}?${query('MA')}`);
      expect(foreign.status, file).toBe(404);
      const bad = await methodist.get(`/api/v1/indicators/report.${file}?${query('MC', '2024-12-31', '2024-01-01')}`);
      expect(bad.status, file).toBe(422);
      expect(JSON.stringify(await bad.json())).toContain('Начало периода позже его конца');
      expect((await t.client().get(`/api/v1/indicators/report.${file}?${query('MC')}`)).status).toBe(401);
    }
  });
});
