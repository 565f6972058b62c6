import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { ExchangePackageInput } from '../../../shared/exchange.js';
import { AppError } from '../../../shared/errors.js';
import type { Database } from '../../db/client.js';
import { openTestDatabase } from '../../test/database.js';
import { exportPackage } from './exchange.export.js';
import { exchangeFixture } from './exchange.fixture.test-kit.js';
import { importPackage } from './exchange.import.js';
import { unrestrictedScope } from '../../auth/scope.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await importPackage(database.db, exchangeFixture(), null);
});
afterAll(() => database?.close());

const base = (): ExchangePackageInput => ({
  format: 'metodset-exchange',
  version: 1,
  region: { code: 'R-TEST', name: 'Тестовая область' },
});

async function rejection(input: unknown): Promise<AppError> {
  const error = await importPackage(database.db, input, null).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const count = async (table: string) => Number((await database.db.execute(sql`select count(*) as n from ${sql.raw(table)}`)).rows[0]!.n);

describe('импорт пакета: сопоставление и обновление', () => {
  it('обновляет запись по коду на месте и отмечает время изменения', async () => {
    const [before] = (
      await database.db.execute<{ id: number; updated_at: string }>(sql`select id, updated_at::text from people where code = 'P02'`)
    ).rows;
    const pkg = exchangeFixture();
    pkg.people![1] = { ...pkg.people![1]!, lastName: 'Новикова' };
    const summary = await importPackage(database.db, pkg, null);
    expect(summary.lists.people).toEqual({ created: 0, updated: 1, unchanged: 7 });
    expect(summary.totals.updated).toBe(1);
    const [after] = (
      await database.db.execute<{ id: number; updated_at: string; last_name: string }>(
        sql`select id, updated_at::text, last_name from people where code = 'P02'`,
      )
    ).rows;
    expect(after).toMatchObject({ id: before!.id, last_name: 'Новикова' });
    expect(after!.updated_at).not.toBe(before!.updated_at);
  });

  it('находит записи без кода по естественному ключу и ссылается на коды, которые есть только в базе', async () => {
    const employments = await count('employments');
    const pkg: ExchangePackageInput = {
      ...base(),
      employments: [
        {
          person: 'P01',
          organization: 'O1',
          position: 'Учитель',
          category: 'teacher',
          start: '2010-09-01',
          end: '2026-06-30',
          subjects: ['Математика'],
        },
      ],
      completions: [{ person: 'P03', programme: 'G2', end: '2024-03-15' }],
    };
    const summary = await importPackage(database.db, pkg, null);
    expect(summary.lists.employments).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(summary.lists.completions).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await count('employments')).toBe(employments);
    const [row] = (
      await database.db.execute(sql`select e."end", e.subjects from employments e join people p on p.id = e.person_id where p.code = 'P01'`)
    ).rows;
    expect(row).toEqual({ end: '2026-06-30', subjects: ['Математика'] });
  });

  it('заменяет шаги ИОМ целиком, только когда они отличаются, и не удаляет не упомянутое', async () => {
    const exported = await exportPackage(database.db, { scope: unrestrictedScope() });
    const route = exported.routes.find((r) => r.code === 'RT2')!;
    const pkg: ExchangePackageInput = {
      ...base(),
      routes: [{ ...route, activities: [{ kind: 'self_education' }] }],
      practices: exported.practices,
    };
    const summary = await importPackage(database.db, pkg, null);
    expect(summary.lists.routes).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(summary.lists.practices).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const after = await exportPackage(database.db, { scope: unrestrictedScope() });
    expect(after.routes.find((r) => r.code === 'RT2')!.activities).toEqual([
      { kind: 'self_education', programme: null, plannedEnd: null, completedOn: null },
    ]);
    expect(after.people).toHaveLength(8);
    expect(after.routes).toHaveLength(5);
  });

  it('пишет одну запись журнала на импорт', async () => {
    const [entry] = (await database.db.execute(sql`select action, entity, changes from audit_log order by id desc limit 1`)).rows;
    expect(entry).toMatchObject({ action: 'import', entity: 'exchange' });
    expect((entry!.changes as { lists: Record<string, unknown> }).lists.routes).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });
});

describe('импорт пакета: всё или ничего', () => {
  it('не пишет ничего, если плоха последняя запись длинного списка', async () => {
    const people = Array.from({ length: 3000 }, (_, i) => ({ code: `N${i}`, lastName: 'Новый', firstName: 'Педагог' }));
    const employments = people.map((p) => ({
      person: p.code,
      organization: 'O1',
      position: 'Учитель',
      category: 'teacher' as const,
      start: '2020-09-01',
    }));
    employments[2999] = { ...employments[2999]!, organization: 'NO-SUCH-ORG' };
    const before = [await count('people'), await count('employments'), await count('audit_log')];
    const error = await rejection({ ...base(), people, employments });
    expect(error.message).toBe('Пакет отклонён: 1 ошибка');
    expect(error.issues).toEqual([
      { path: 'employments[2999].organization', message: 'организация с кодом «NO-SUCH-ORG» не найдена ни в пакете, ни в базе' },
    ]);
    expect([await count('people'), await count('employments'), await count('audit_log')]).toEqual(before);
  });

  it('вид занятости входит в естественный ключ места работы; без вида — основное место работы', async () => {
    const job = { person: 'P05', organization: 'O1', position: 'Педагог-организатор', category: 'teacher', start: '2024-09-01' } as const;
    const first = await importPackage(database.db, { ...base(), employments: [job] }, null);
    expect(first.lists.employments).toEqual({ created: 1, updated: 0, unchanged: 0 });
    // The same employment said with its type explicit is the same record; a part-time one is another.
    const second = await importPackage(
      database.db,
      {
        ...base(),
        employments: [
          { ...job, type: 'main' },
          { ...job, type: 'external_part_time', personnelNumber: '77' },
        ],
      },
      null,
    );
    expect(second.lists.employments).toEqual({ created: 1, updated: 0, unchanged: 1 });
    const rows = await database.db.execute<{ type: string; personnel_number: string | null }>(sql`
      select e.type, e.personnel_number from employments e join people p on p.id = e.person_id
      where p.code = 'P05' and e.position = 'Педагог-организатор' order by e.type`);
    expect(rows.rows).toEqual([
      { type: 'main', personnel_number: null },
      { type: 'external_part_time', personnel_number: '77' },
    ]);
    const twice = await rejection({ ...base(), employments: [job, { ...job, type: null }] });
    expect(twice.issues).toEqual([
      { path: 'employments[1].person', message: 'запись повторяет employments[0]: совпадают person, organization, position, start, type' },
    ]);
    const unknown = await rejection({
      ...base(),
      employments: [{ ...job, type: 'seasonal' }],
      attestations: [{ person: 'P05', category: 'second', date: '2024-01-01' }],
    });
    expect(unknown.issues!.map((i) => i.path).sort()).toEqual(['attestations[0].category', 'employments[0].type']);
  });

  it('принимает аттестации педагога-методиста, педагога-наставника и на соответствие должности', async () => {
    const summary = await importPackage(
      database.db,
      {
        ...base(),
        attestations: ['methodist', 'mentor', 'conformity'].map((category) => ({ person: 'P06', category, date: '2025-01-20' })),
      } as ExchangePackageInput,
      null,
    );
    expect(summary.lists.attestations).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const exported = await exportPackage(database.db, { scope: unrestrictedScope() });
    expect(exported.attestations.filter((a) => a.person === 'P06').map((a) => a.category)).toEqual(['conformity', 'mentor', 'methodist']);
  });

  it('называет каждую ошибку путём list[index].field', async () => {
    const error = await rejection({
      ...base(),
      people: [
        { code: 'X1', lastName: 'Ж'.repeat(101), firstName: 'Анна', birthDate: '2023-02-30', nickname: 'аня' },
        { code: 'X1', lastName: 'Петрова', firstName: 'Анна' },
      ],
      organizations: [{ code: 'XO', municipality: 'M1', name: 'Школа', kind: 'university' }],
      employments: [
        { person: 'P01', organization: 'O1', position: 'Учитель', category: 'teacher', start: '2024-09-01', end: '2024-08-31' },
      ],
      attestations: [
        { person: 'P01', category: 'first', date: '2020-01-01' },
        { person: 'P01', category: 'first', date: '2020-01-01' },
      ],
      mentoringPairs: [{ mentor: 'P01', mentee: 'P01', start: '2024-01-01' }],
    });
    const byPath = Object.fromEntries(error.issues!.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'attestations[1].person',
        'employments[0].end',
        'mentoringPairs[0].mentee',
        'organizations[0].kind',
        'people[0].birthDate',
        'people[0].lastName',
        'people[0].nickname',
        'people[1].code',
      ].sort(),
    );
    expect(byPath['people[0].birthDate']).toBe('Такого дня нет в календаре. Введите дату в виде ДД.ММ.ГГГГ');
    expect(byPath['people[0].lastName']).toBe('Не длиннее 100 символов');
    expect(byPath['people[0].nickname']).toBe('неизвестное поле');
    expect(byPath['people[1].code']).toMatch(/код «X1» повторяется.*people\[0\]/);
    expect(byPath['attestations[1].person']).toMatch(/повторяет attestations\[0\]/);
    expect(byPath['organizations[0].kind']).toMatch(/[а-я]/);
    expect(byPath['employments[0].end']).toMatch(/не может быть раньше/);
    expect(error.message).toBe(`Пакет отклонён: ${error.issues!.length} ошибок`);
  });

  it('отклоняет чужой формат, версию и второй регион', async () => {
    const format = await rejection({ ...base(), format: 'other', version: 2 });
    expect(format.issues!.map((i) => i.path).sort()).toEqual(['format', 'version']);
    expect(format.issues!.find((i) => i.path === 'version')!.message).toBe('Поддерживается только версия 1 пакета обмена');
    const region = await rejection({ ...base(), region: { code: 'R-OTHER', name: 'Другая область' } });
    expect(region.issues).toEqual([{ path: 'region.code', message: 'в базе уже есть регион «R-TEST»; одна система ведёт один регион' }]);
    const notObject = await rejection([1, 2]);
    expect(notObject.issues).toHaveLength(1);
    expect(notObject.issues![0]!.path).toBe('пакет');
  });
});
