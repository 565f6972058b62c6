import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { RosterApplyResult, RosterPreview } from '../../../shared/roster.js';
import { body, header, rosterWorld, upload, uploaded, xlsx } from './roster.test-kit.js';

const w = rosterWorld();

describe('большие файлы', () => {
  it('находит заголовки под названием таблицы и читает кириллицу без искажений', async () => {
    const names = ['Александрова', 'Вишневецкая', 'Преображенская', 'Ястржембская'];
    const rows: unknown[][] = [['Список педагогических работников на 01.09.2026'], [], header];
    for (let i = 0; i < 3000; i++) {
      rows.push([
        `${names[i % 4]}-${i} Ксения Юрьевна`,
        '01.01.1980',
        w.orgA.name,
        `Учитель ${i}-й категории`,
        'Педагогический работник',
        '5 лет',
        '',
        '',
        `BIG-${i}`,
      ]);
    }
    rows.push(['Последняя Ошибка Строки', '30.02.1980', w.orgA.name, 'Учитель', '', '', '', '', 'BIG-X']);
    const u = await uploaded(w.head, await xlsx(rows));
    expect(u.rows).toBe(3001);
    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview).toMatchObject({ total: 3001, valid: 3000, invalidRows: 1 });
    expect(preview.errors).toEqual([
      { row: 3004, column: 'Дата рождения', field: 'birthDate', message: 'Дата рождения «30.02.1980» не существует.' },
    ]);
    // Every name arrives intact: a broken letter would be U+FFFD.
    const sampleText = JSON.stringify(preview.sample);
    expect(sampleText).not.toContain('\ufffd');
    rows.pop();
    const fixed = await uploaded(w.head, await xlsx(rows));
    const applied = (await (await w.head.post(`/api/v1/roster/uploads/${fixed.uploadId}/apply`, body(fixed))).json()) as RosterApplyResult;
    expect(applied.created).toBe(3000);
    const broken = await w.t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from people p where p.code like 'BIG-%' and (p.last_name like ${'%\ufffd%'} or p.first_name <> 'Ксения')`,
    );
    expect(broken.rows[0]!.n).toBe(0);
  });
});

describe('файлы, которые нельзя прочитать', () => {
  it('отвечает 422 на повреждённый XLSX, пустой файл и файл без ФИО', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const broken = await upload(w.head, random, 'список.xlsx');
    expect(broken.status).toBe(422);
    expect((await broken.json()).error.message).toMatch(/^Файл не удалось прочитать как таблицу Excel/);
    const good = await xlsx([header, ['Сидоров Иван Иванович', '01.01.1980', w.orgA.name, 'Учитель']]);
    const truncated = await upload(w.head, good.subarray(0, Math.floor(good.length / 2)), 'список.xlsx');
    expect(truncated.status).toBe(422);
    expect((await truncated.json()).error.message).toMatch(/^Файл не удалось прочитать как таблицу Excel/);
    const blank = await upload(w.head, '', 'пусто.csv');
    expect(blank.status).toBe(422);
    expect((await blank.json()).error.message).toMatch(/Файл пуст.*ФИО/);
    const empty = await upload(w.head, await xlsx([]), 'пусто.xlsx');
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.message).toMatch(/Файл пуст.*ФИО/);
    const noName = await upload(w.head, 'Должность;Дата рождения\nУчитель;01.01.1980\n', 'list.csv');
    expect(noName.status).toBe(422);
    expect((await noName.json()).error.message).toMatch(/Ожидается заголовок «ФИО».*«Должность», «Дата рождения»/);
  });

  const csv = 'ФИО;Дата рождения;Должность;Код\r\nГусева Вера Павловна;01.02.1983;Учитель начальных классов;G-1\r\n';

  it('принимает CSV в UTF-8 с BOM и в Windows-1251, с запятой или точкой с запятой', async () => {
    for (const bytes of [
      new Uint8Array(iconv.encode(csv, 'windows-1251')),
      new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.replaceAll(';', ','))])),
    ]) {
      const u = await uploaded(w.head, bytes, 'список.csv');
      expect(u.headers).toEqual(['ФИО', 'Дата рождения', 'Должность', 'Код']);
      const preview = (await (
        await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u, { organizationId: w.orgA.id }))
      ).json()) as RosterPreview;
      expect(preview.sample[0]).toMatchObject({ lastName: 'Гусева', birthDate: '1983-02-01', position: 'Учитель начальных классов' });
    }
  });

  it('отклоняет CSV в UTF-16 и KOI8-R', async () => {
    for (const encoding of ['utf-16le', 'utf-16be', 'koi8-r']) {
      const bom = encoding === 'koi8-r' ? [] : [Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff])];
      for (const bytes of [Buffer.concat([...bom, iconv.encode(csv, encoding)]), iconv.encode(csv, encoding)]) {
        const response = await upload(w.head, new Uint8Array(bytes), 'список.csv');
        expect(response.status, encoding).toBe(422);
        expect((await response.json()).error.message).toBe('Не удалось распознать кодировку CSV: сохраните файл в UTF-8 или Windows-1251.');
      }
    }
  });

  it('CSV с символом NUL в имени после первых 4 КБ проверяется и загружается без ошибки сервера', async () => {
    const lines = ['ФИО;Дата рождения;Должность;Код'];
    for (let i = 0; i < 80; i++) lines.push(`Длинноименная-${i} Вера Павловна;01.02.1983;Учитель начальных классов;NUL-${i}`);
    lines.push('Нулева\u0000ва Ирина Павловна;03.04.1985;Учитель;NUL-X');
    const bytes = new Uint8Array(Buffer.from(`${lines.join('\r\n')}\r\n`));
    expect(bytes.indexOf(0)).toBeGreaterThan(4096);
    const u = await uploaded(w.head, bytes, 'список.csv');
    const preview = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u, { organizationId: w.orgA.id }));
    expect(preview.status).toBe(200);
    expect((await preview.json()) as RosterPreview).toMatchObject({ total: 81, valid: 81, errors: [] });
    const applied = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u, { organizationId: w.orgA.id }));
    expect(applied.status).toBe(200);
    expect((await applied.json()) as RosterApplyResult).toMatchObject({ created: 81 });
    const stored = await w.t.database.db.execute<{ last_name: string }>(sql`select last_name from people where code = 'NUL-X'`);
    expect(stored.rows).toEqual([{ last_name: 'Нулевава' }]);
  });
});
