// A school's own export, as schools send it (fixtures/make-fixtures.ts): every case of issue 7 §3.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { RosterApplyResult, RosterPreview, RosterUpload } from '../../../shared/roster.js';
import { readConfig } from '../../config.js';
import { today } from '../../http/today.js';
import { fixtureCsv, fixtureXlsx, type FixtureVariant } from './fixtures/make-fixtures.js';
import { positionKey } from './positions.match.js';
import { body, rosterWorld, uploaded } from './roster.test-kit.js';

const w = rosterWorld();
const db = () => w.t.database.db;

const files = {
  xlsx: async (variant: FixtureVariant) => ({ bytes: await fixtureXlsx(variant), name: 'педагоги.xlsx' }),
  csv: async (variant: FixtureVariant) => ({ bytes: fixtureCsv(variant), name: 'педагоги.csv' }),
};
const uploadFixture = async (kind: keyof typeof files, variant: FixtureVariant) => {
  const file = await files[kind](variant);
  return uploaded(w.head, file.bytes, file.name);
};

async function preview(u: RosterUpload, extra: Record<string, unknown> = {}) {
  const response = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u, { organizationId: w.orgA.id, ...extra }));
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as RosterPreview;
}

describe.each(['xlsx', 'csv'] as const)('файл школы (%s)', (kind) => {
  it('находит заголовки под названием, распознаёт столбцы и показывает ошибки, пропуски и должности вне номенклатуры', async () => {
    const u = await uploadFixture(kind, 'errors');
    expect(u.mapping).toEqual({
      '№ п/п': null,
      ФИО: 'fullName',
      'Дата рождения': 'birthDate',
      Должность: 'position',
      'Дата приёма на работу': 'employmentStart',
      'Квалификационная категория': 'qualificationCategory',
      'Дата присвоения категории': 'qualificationDate',
      Предметы: 'subjects',
      СНИЛС: 'snils',
      'Табельный номер': 'personnelNumber',
      'E-mail': 'email',
      Телефон: 'phone',
      Примечание: 'employmentType',
    });
    const p = await preview(u);
    // 13 people's rows and 3 lines under the table (empty lines are not counted).
    expect(p).toMatchObject({ total: 16, valid: 8, invalidRows: 3, skippedRows: 5, extraEmployments: 1, withoutStart: 1 });
    expect(p.errors).toEqual([
      { row: 8, column: 'Дата рождения', field: 'birthDate', message: 'Дата рождения «31.02.1990» не существует.' },
      { row: 9, column: 'ФИО', field: 'fullName', message: 'Не указаны ФИО сотрудника.' },
      {
        row: 17,
        column: 'СНИЛС',
        field: 'snils',
        message: 'СНИЛС «123-456-789 65» с ошибкой: контрольное число не сходится. Сверьте цифры с документом.',
      },
    ]);
    expect(p.skipped.map((s) => s.row)).toEqual([14, 15, 19, 21, 22]);
    expect(p.skipped[0]!.reason).toMatch(/^Должность «Главный бухгалтер» не входит в номенклатуру/);
    expect(p.skipped[2]!.reason).toBe('Строка под таблицей, не сотрудник: «Итого: 13 человек» — нет ФИО, должности и даты рождения.');
    expect(p.skipped[3]!.reason).toBe('Подпись под таблицей, не сотрудник: «Директор школы ______________ /А.В. Смирнова/».');
    expect(p.skipped[4]!.reason).toMatch(/^Строка под таблицей, не сотрудник: «Исполнитель: Петрова О\.И\./);
    expect(p.positions).toEqual([
      { key: 'главный бухгалтер', name: 'Главный бухгалтер', rows: 1, choice: 'skip' },
      { key: 'завхоз', name: 'Завхоз', rows: 1, choice: 'skip' },
    ]);
  });

  it('читает даты, категории, совместительство и должности руководителей', async () => {
    const u = await uploadFixture(kind, 'fixed');
    const p = await preview(u);
    expect(p).toMatchObject({ total: 16, valid: 11, invalidRows: 0, skippedRows: 5, newPeople: 10, extraEmployments: 1, attestations: 5 });
    expect(p.defaultStart).toBe(today(readConfig({}).timeZone));
    const row = (n: number) => p.sample.find((r) => r.row === n)!;
    expect(row(5)).toMatchObject({
      lastName: 'Смирнова',
      firstName: 'Алёна',
      birthDate: '1985-04-12',
      category: 'manager',
      employmentStart: '2010-09-01',
      attestation: { category: 'highest', date: '2022-03-15' },
      snils: '112-233-445 95',
      personnelNumber: '0001',
      code: null,
    });
    expect(row(6)).toMatchObject({
      lastName: 'Ёлкин',
      category: 'manager',
      employmentStart: '2012-08-25',
      attestation: { category: 'first' },
    });
    expect(row(7)).toMatchObject({ lastName: 'Ким', firstName: 'Виктор', middleName: null, birthDate: '1990-01-01' });
    expect(row(7).attestation).toMatchObject({ category: 'conformity' });
    expect(row(10)).toMatchObject({ employmentType: 'main', repeatOf: null, attestation: { category: 'mentor' } });
    expect(row(11)).toMatchObject({
      employmentType: 'internal_part_time',
      repeatOf: 10,
      position: 'Педагог-организатор',
      category: 'teacher',
    });
    expect(row(12)).toMatchObject({ category: 'teacher', attestation: null });
    expect(row(13)).toMatchObject({ employmentStart: null });
    expect(row(16)).toMatchObject({ employmentType: 'external_part_time', category: 'teacher' });
  });
});

describe('загрузка файла школы', () => {
  const employments = async (lastName: string) =>
    (
      await db().execute<{ position: string; type: string; category: string; start: string; personnel_number: string | null }>(sql`
        select e.position, e.type, e.category, e.start::text, e.personnel_number from employments e join people p on p.id = e.person_id
        where p.last_name = ${lastName} order by e.start`)
    ).rows;
  const count = async (table: 'people' | 'employments' | 'attestations') =>
    (await db().execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n;

  it('загружает исправленный файл: совместитель — один человек с двумя местами работы; повторная загрузка ничего не добавляет', async () => {
    const u = await uploadFixture('xlsx', 'fixed');
    const chosenStart = '2026-09-01';
    const response = await w.head.post(
      `/api/v1/roster/uploads/${u.uploadId}/apply`,
      body(u, { organizationId: w.orgA.id, defaultStart: chosenStart }),
    );
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await response.json()) as RosterApplyResult).toEqual({
      created: 10,
      linked: 0,
      updated: 0,
      employmentsCreated: 11,
      employmentsUpdated: 0,
      attestationsCreated: 5,
      skipped: 5,
    });
    expect(await employments('Кузнецова')).toEqual([
      { position: 'Учитель русского языка и литературы', type: 'main', category: 'teacher', start: '2015-09-01', personnel_number: '0006' },
      { position: 'Педагог-организатор', type: 'internal_part_time', category: 'teacher', start: '2021-09-01', personnel_number: '0107' },
    ]);
    expect(await employments('Новикова')).toMatchObject([{ type: 'external_part_time', position: 'Учитель-логопед' }]);
    expect(await employments('Соколова')).toMatchObject([{ start: chosenStart }]);
    expect(await employments('Смирнова')).toMatchObject([{ category: 'manager' }]);
    expect(await employments('Морозова')).toEqual([]);
    const people = await db().execute<{ code: string; snils: string | null }>(
      sql`select code, snils from people where last_name = 'Смирнова' and first_name = 'Алёна'`,
    );
    // The personnel number is the employment's; the person gets a region-wide code of their own.
    expect(people.rows).toEqual([{ code: expect.stringMatching(/^roster-/), snils: '112-233-445 95' }]);
    const categories = await db().execute<{ category: string }>(
      sql`select a.category from attestations a join people p on p.id = a.person_id
        where p.last_name in ('Смирнова', 'Ёлкин', 'Ким', 'Кузнецова', 'Соколова') order by a.category`,
    );
    expect(categories.rows.map((r) => r.category)).toEqual(['first', 'highest', 'highest', 'mentor', 'conformity']); // in the enum's order

    const before = { people: await count('people'), employments: await count('employments'), attestations: await count('attestations') };
    const again = await uploadFixture('csv', 'fixed');
    const repeat = await w.head.post(
      `/api/v1/roster/uploads/${again.uploadId}/apply`,
      body(again, { organizationId: w.orgA.id, defaultStart: chosenStart }),
    );
    expect((await repeat.json()) as RosterApplyResult).toMatchObject({
      created: 0,
      updated: 10,
      employmentsCreated: 0,
      attestationsCreated: 0,
      skipped: 5,
    });
    expect({ people: await count('people'), employments: await count('employments'), attestations: await count('attestations') }).toEqual(
      before,
    );
  });

  it('файл с ошибками не записывает ничего', async () => {
    const before = await count('people');
    const u = await uploadFixture('csv', 'errors');
    const response = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u, { organizationId: w.orgA.id }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { row: number }[] }).errors.map((e) => e.row)).toEqual([8, 9, 17]);
    expect(await count('people')).toBe(before);
  });

  it('категорию должности вне номенклатуры выбирает загружающий', async () => {
    const u = await uploadFixture('xlsx', 'fixed');
    const positions = { [positionKey('Главный бухгалтер')]: 'manager', [positionKey('Завхоз')]: 'skip' };
    const p = await preview(u, { positions });
    expect(p).toMatchObject({ valid: 12, skippedRows: 4 });
    expect(p.positions).toEqual([
      { key: 'главный бухгалтер', name: 'Главный бухгалтер', rows: 1, choice: 'manager' },
      { key: 'завхоз', name: 'Завхоз', rows: 1, choice: 'skip' },
    ]);
    expect(p.sample.find((r) => r.row === 14)).toMatchObject({ position: 'Главный бухгалтер', category: 'manager' });
    const wrong = await w.head.post(
      `/api/v1/roster/uploads/${u.uploadId}/preview`,
      body(u, { organizationId: w.orgA.id, positions: { завхоз: 'уборка' } }),
    );
    expect(wrong.status).toBe(422);
  });

  it('тот же человек с той же должностью дважды — ошибка строки', async () => {
    const u = await uploaded(
      w.head,
      await (async () => {
        const { xlsx } = await import('./roster.test-kit.js');
        return xlsx([
          ['ФИО', 'Дата рождения', 'Должность', 'Примечание'],
          ['Двойная Анна Ивановна', '01.01.1980', 'Учитель', ''],
          ['Двойная Анна Ивановна', '01.01.1980', 'учитель', ''],
          ['Двойная Анна Ивановна', '01.01.1980', 'Учитель', 'совместительство'],
        ]);
      })(),
    );
    const p = await preview(u);
    expect(p.errors).toEqual([
      {
        row: 3,
        column: 'ФИО',
        field: 'fullName',
        message:
          'Сотрудник «Двойная Анна Ивановна» с той же должностью уже указан в строке 2: оставьте одну строку или укажите в примечании совместительство.',
      },
    ]);
    expect(p.sample.find((r) => r.row === 4)).toMatchObject({ employmentType: 'internal_part_time', repeatOf: 2 });
  });
});
