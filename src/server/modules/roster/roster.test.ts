import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { RosterApplyResult, RosterJob, RosterPreview } from '../../../shared/roster.js';
import { addYears } from '../../http/today.js';
import { body, header, rosterWorld, upload, uploaded, xlsx } from './roster.test-kit.js';

const w = rosterWorld();
const count = async (table: 'people' | 'employments' | 'audit_log') =>
  (await w.t.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n;
const person = async (lastName: string) =>
  (await w.t.database.db.execute<Record<string, unknown>>(sql`select * from people where last_name = ${lastName} order by id`)).rows;

describe('загрузка списка кадров', () => {
  it('распознаёт столбцы, проверяет и загружает файл Excel', async () => {
    const file = await xlsx([
      header,
      [
        'Сидорова Анна Ивановна',
        '12.03.1990',
        'МБОУ "Средняя школа №1"',
        'Учитель математики',
        'Педагогический работник',
        '12 лет',
        'Математика; Информатика',
        'anna@example.ru',
        'T-100',
      ],
      ['Петров Олег Николаевич', '1.2.1975', 'мбоу «гимназия № 2»', 'Директор', '', '25', '', '', 'T-101'],
    ]);
    const u = await uploaded(w.head, file);
    expect(u.rows).toBe(2);
    expect(u.mapping).toEqual({
      'Ф.И.О.': 'fullName',
      'Дата рождения': 'birthDate',
      Организация: 'organizationName',
      Должность: 'position',
      Категория: 'category',
      'Пед. стаж': 'experience',
      Предметы: 'subjects',
      'E-mail': 'email',
      'Код сотрудника': 'code',
    });
    expect(u.fields.find((f) => f.field === 'birthDate')?.label).toBe('Дата рождения');

    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview).toMatchObject({ total: 2, valid: 2, errors: [], newPeople: 2, updatedPeople: 0 });
    expect(preview.sample[1]).toMatchObject({
      row: 3,
      lastName: 'Петров',
      birthDate: '1975-02-01',
      organizationId: w.orgA2.id,
      category: 'manager',
    });

    const before = await count('people');
    const applied = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u));
    expect(applied.status).toBe(200);
    expect((await applied.json()) as RosterApplyResult).toEqual({
      created: 2,
      updated: 0,
      linked: 0,
      employmentsCreated: 2,
      employmentsUpdated: 0,
      attestationsCreated: 0,
      skipped: 0,
    });
    expect(await count('people')).toBe(before + 2);
    const [anna] = await person('Сидорова');
    expect(anna).toMatchObject({
      code: 'T-100',
      first_name: 'Анна',
      middle_name: 'Ивановна',
      birth_date: '1990-03-12',
      email: 'anna@example.ru',
    });
    // «12 лет» of experience: the career began twelve years before the region's today.
    expect(anna!.career_start).toBe(addYears(w.t.today(), -12));
    const jobs = await w.t.database.db.execute<{ subjects: string[]; category: string; start: string }>(
      sql`select e.subjects, e.category, e.start::text from employments e where e.person_id = ${anna!.id}`,
    );
    expect(jobs.rows).toEqual([{ subjects: ['Математика', 'Информатика'], category: 'teacher', start: w.t.today() }]);
    const log = await w.t.database.db.execute<{ changes: Record<string, unknown> }>(
      sql`select changes from audit_log where entity = 'roster' order by id desc limit 1`,
    );
    expect(log.rows[0]!.changes).toMatchObject({ file: 'список.xlsx', created: 2, updated: 0 });
    // The upload is gone after apply.
    expect((await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).status).toBe(404);
  });

  it('называет строки с ошибками, не пишет ничего, а исправленный файл загружает', async () => {
    const rows = [
      header,
      ['Кузнецова Елена Сергеевна', '31.02.1990', w.orgA.name, 'Учитель', '', '', '', 'elena@example.ru', 'K-1'],
      ['Морозов Игорь', '05.05.1980', w.orgA.name, 'Учитель', '', '', '', 'не почта', 'K-2'],
      ['Новикова Ольга Петровна', '06.06.1985', w.orgA.name, 'Учитель', '', '', '', '', 'K-3'],
    ];
    const u = await uploaded(w.head, await xlsx(rows));
    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview).toMatchObject({ total: 3, valid: 1, invalidRows: 2 });
    expect(preview.errors).toEqual([
      { row: 2, column: 'Дата рождения', field: 'birthDate', message: 'Дата рождения «31.02.1990» не существует.' },
      { row: 3, column: 'E-mail', field: 'email', message: expect.stringMatching(/^Электронная почта «не почта» указана неверно/) },
    ]);
    const before = await count('people');
    const refused = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u));
    expect(refused.status).toBe(422);
    const refusal = (await refused.json()) as { error: { message: string }; errors: unknown[] };
    expect(refusal.error.message).toMatch(/Ничего не записано/);
    expect(refusal.errors).toHaveLength(2);
    expect(await count('people')).toBe(before);

    rows[1]![1] = '28.02.1990';
    rows[2]![7] = 'igor@example.ru';
    const fixed = await uploaded(w.head, await xlsx(rows));
    const applied = await w.head.post(`/api/v1/roster/uploads/${fixed.uploadId}/apply`, body(fixed));
    expect((await applied.json()) as RosterApplyResult).toMatchObject({ created: 3, updated: 0 });
    expect(await count('people')).toBe(before + 3);
  });

  it('повторная загрузка обновляет тех же людей: по коду и по ФИО с датой рождения', async () => {
    const byCode = await xlsx([
      ['ФИО', 'Дата рождения', 'Код организации', 'Должность', 'Телефон', 'Код сотрудника'],
      ['Волкова Ирина Андреевна', '03.04.1988', 'SCH-1', 'Учитель', '+7 900 000-00-01', 'V-1'],
    ]);
    const first = await uploaded(w.head, byCode);
    await w.head.post(`/api/v1/roster/uploads/${first.uploadId}/apply`, body(first));
    const renamed = await xlsx([
      ['ФИО', 'Дата рождения', 'Код организации', 'Должность', 'Телефон', 'Код сотрудника'],
      ['Волкова-Смирнова Ирина Андреевна', '03.04.1988', 'SCH-1', 'Учитель', '+7 900 000-00-02', 'V-1'],
    ]);
    const second = await uploaded(w.head, renamed);
    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${second.uploadId}/preview`, body(second))).json()) as RosterPreview;
    expect(preview).toMatchObject({ newPeople: 0, updatedPeople: 1 });
    const result = await (await w.head.post(`/api/v1/roster/uploads/${second.uploadId}/apply`, body(second))).json();
    expect(result).toEqual({
      created: 0,
      updated: 1,
      linked: 0,
      employmentsCreated: 0,
      employmentsUpdated: 1,
      attestationsCreated: 0,
      skipped: 0,
    });
    expect(await person('Волкова')).toHaveLength(0);
    expect(await person('Волкова-Смирнова')).toMatchObject([{ code: 'V-1', phone: '+7 900 000-00-02' }]);

    const noCode = (name: string, email: string) =>
      xlsx([
        ['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Должность', 'Электронная почта'],
        [...name.split(' '), '1979-11-30', 'Учитель физики', email],
      ]);
    const a = await uploaded(w.head, await noCode('Ёлкина Алёна Петровна', 'a@example.ru'));
    await w.head.post(`/api/v1/roster/uploads/${a.uploadId}/apply`, body(a, { organizationId: w.orgA.id }));
    const b = await uploaded(w.head, await noCode('ЕЛКИНА алена петровна', 'b@example.ru'));
    const again = await (await w.head.post(`/api/v1/roster/uploads/${b.uploadId}/apply`, body(b, { organizationId: w.orgA.id }))).json();
    expect(again).toEqual({
      created: 0,
      updated: 1,
      linked: 0,
      employmentsCreated: 0,
      employmentsUpdated: 1,
      attestationsCreated: 0,
      skipped: 0,
    });
    const people = await w.t.database.db.execute<{ email: string; n: number }>(
      sql`select p.email, (select count(*)::int from employments e where e.person_id = p.id) as n from people p where p.search_name like 'елкина%'`,
    );
    expect(people.rows).toEqual([{ email: 'b@example.ru', n: 1 }]);
  });

  it('понимает даты-числа Excel и настоящие ячейки дат', async () => {
    const file = await xlsx(
      [
        ['ФИО', 'Дата рождения', 'Дата начала работы', 'Дата приёма', 'Должность', 'Код'],
        ['Белова Дарья Олеговна', 32874, new Date(Date.UTC(2012, 8, 1)), '01.09.15', 'Учитель', 'D-1'],
      ],
      (sheet) => {
        sheet.getCell('C2').numFmt = 'dd.mm.yyyy';
      },
    );
    const u = await uploaded(w.head, file);
    const preview = (await (
      await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u, { organizationId: w.orgA.id }))
    ).json()) as RosterPreview;
    expect(preview.errors).toEqual([]);
    expect(preview.sample[0]).toMatchObject({ birthDate: '1990-01-01', careerStart: '2012-09-01', employmentStart: '2015-09-01' });
  });

  it('организация вне территории пользователя — ошибка строки', async () => {
    const u = await uploaded(
      w.head,
      await xlsx([header, ['Орлов Пётр Ильич', '01.01.1980', w.orgB.name, 'Учитель', '', '', '', '', 'O-1']]),
    );
    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview.errors).toEqual([
      { row: 2, column: 'Организация', field: 'organizationName', message: `Организация «${w.orgB.name}» не найдена в вашей территории.` },
    ]);
    const unknown = await uploaded(
      w.head,
      await xlsx([header, ['Орлов Пётр Ильич', '01.01.1980', 'Школа, которой нет', 'Учитель', '', '', '', '', 'O-1']]),
    );
    const other = (await (await w.head.post(`/api/v1/roster/uploads/${unknown.uploadId}/preview`, body(unknown))).json()) as RosterPreview;
    expect(other.errors[0]!.message).toBe('Организация «Школа, которой нет» не найдена в вашей территории.');
    const defaulted = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u, { organizationId: w.orgB.id }));
    expect(defaulted.status).toBe(422);
  });

  it('сообщает о дубликатах, неизвестной категории и дате рождения в будущем', async () => {
    const u = await uploaded(
      w.head,
      await xlsx([
        header,
        ['Зайцев Илья Ильич', '01.01.1980', w.orgA.name, 'Учитель', '', '', '', '', ''],
        ['зайцев илья ильич', '01.01.1980', w.orgA.name, 'Учитель', '', '', '', '', ''],
        ['Лебедев Иван Ильич', '01.01.2990', w.orgA.name, 'Учитель', 'завхоз', '', '', '', ''],
      ]),
    );
    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'fullName'],
      [4, 'birthDate'],
      [4, 'category'],
    ]);
    expect(preview.errors[0]!.message).toMatch(/уже указан в строке 2/);
  });
});

describe('доступ и задачи', () => {
  it('чужая загрузка и чужая задача не находятся; педагогу загрузка запрещена', async () => {
    const u = await uploaded(
      w.head,
      await xlsx([header, ['Соколов Пётр Ильич', '01.01.1980', w.orgA.name, 'Учитель', '', '', '', '', 'S-1']]),
    );
    const started = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u, { background: true }));
    expect(started.status).toBe(202);
    const job = (await started.json()) as RosterJob;
    const mun = (
      await w.t.database.db.execute<{ municipality_id: number }>(sql`select municipality_id from organizations where id = ${w.orgA.id}`)
    ).rows[0]!;
    const stranger = await w.t.make.user([{ role: 'municipal_methodist', municipalityId: mun.municipality_id }]);
    const other = await w.t.as(stranger.login, stranger.password);
    expect((await other.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).status).toBe(404);
    expect((await other.get(`/api/v1/roster/jobs/${job.jobId}`)).status).toBe(404);

    let state = job;
    for (let i = 0; i < 100 && state.state === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = (await (await w.head.get(`/api/v1/roster/jobs/${job.jobId}`)).json()) as RosterJob;
    }
    expect(state).toMatchObject({ state: 'done', total: 1, result: { created: 1 } });

    const teacher = await w.t.make.user([{ role: 'teacher' }]);
    const teacherClient = await w.t.as(teacher.login, teacher.password);
    expect((await upload(teacherClient, await xlsx([header]), 'x.xlsx')).status).toBe(403);
  });

  it('школьный администратор загружает только в свою организацию', async () => {
    const admin = await w.t.make.user([{ role: 'school_admin', organizationId: w.orgA.id }]);
    const client = await w.t.as(admin.login, admin.password);
    const u = await uploaded(
      client,
      await xlsx([header, ['Фомина Нина Ильинична', '01.01.1980', w.orgA2.name, 'Учитель', '', '', '', '', 'F-1']]),
    );
    const preview = (await (await client.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview.errors[0]!.message).toBe(`Организация «${w.orgA2.name}» не найдена в вашей территории.`);
  });
});

describe('границы территории при загрузке', () => {
  const counts = async () => ({ people: await count('people'), employments: await count('employments'), audit: await count('audit_log') });

  const employmentsOf = async (personId: number) =>
    (
      await w.t.database.db.execute<{ organization_id: number; position: string; end: string | null }>(
        sql`select organization_id, position, "end"::text as "end" from employments where person_id = ${personId} order by id`,
      )
    ).rows;

  it('работник другого муниципалитета получает место работы: не дубликат, не ошибка, карточка не меняется и не видна', async () => {
    const moved = await w.t.make.staff(w.orgB.id, {
      lastName: 'Переездова',
      firstName: 'Вера',
      middleName: 'Ильинична',
      birthDate: '1984-05-06',
      email: 'vera@lyceum.example',
      phone: '+7 900 555-55-55',
      snils: '111-222-333 44',
    });
    const file = await xlsx([
      ['ФИО', 'Дата рождения', 'Организация', 'Должность', 'E-mail'],
      ['Новенькая Ольга Петровна', '01.02.1990', 'МБОУ «Средняя школа № 1»', 'Учитель', ''],
      ['Переездова Вера Ильинична', '06.05.1984', 'МБОУ «Средняя школа № 1»', 'Учитель химии', 'other@example.ru'],
    ]);
    const u = await uploaded(w.head, file);
    const response = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u));
    const text = await response.text();
    const preview = JSON.parse(text) as RosterPreview;
    expect(preview).toMatchObject({ total: 2, valid: 2, invalidRows: 0, errors: [], newPeople: 1, updatedPeople: 0, linkedPeople: 1 });
    expect(preview.linked).toEqual([{ row: 3, name: 'Переездова Вера Ильинична', birthYear: 1984 }]);
    // Nothing of the other territory reaches the importer: no contacts, SNILS, code or places of work.
    for (const secret of ['vera@lyceum.example', '555-55-55', '333 44', moved.code, 'Лицей']) expect(text).not.toContain(secret);

    const before = { people: await count('people'), employments: await count('employments') };
    const applied = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u));
    expect(applied.status).toBe(200);
    expect(await applied.json()).toEqual({
      attestationsCreated: 0,
      skipped: 0,
      created: 1,
      updated: 0,
      linked: 1,
      employmentsCreated: 2,
      employmentsUpdated: 0,
    });
    expect(await count('people')).toBe(before.people + 1);
    expect(await count('employments')).toBe(before.employments + 2);
    expect(await person('Переездова')).toHaveLength(1);
    expect((await person('Переездова'))[0]).toMatchObject({ id: moved.id, email: 'vera@lyceum.example' });
    expect((await employmentsOf(moved.id)).map((e) => [e.organization_id, e.position])).toEqual([
      [w.orgB.id, 'Учитель'],
      [w.orgA.id, 'Учитель химии'],
    ]);
  });

  it('бывшая школа находит уволившегося по СНИЛС: новое место работы, старые данные не правит', async () => {
    const [home] = (
      await w.t.database.db.execute<{ id: number }>(sql`select municipality_id as id from organizations where id = ${w.orgA.id}`)
    ).rows;
    const school = await w.t.make.organization({ municipalityId: home!.id, name: 'МБОУ «Школа № 9»', code: 'SCH-9' });
    const left = await w.t.make.staff(
      school.id,
      {
        lastName: 'Вернувшаяся',
        firstName: 'Нина',
        middleName: null,
        birthDate: '1979-09-09',
        snils: '222-333-444 16',
        email: 'nina@old.example',
      },
      { end: '2019-06-30' },
    );
    await w.t.make.employment({ personId: left.id, organizationId: w.orgB.id, start: '2019-09-01' });
    // The file spells the name differently; SNILS decides.
    const file = await xlsx([
      ['ФИО', 'Дата рождения', 'Код организации', 'Должность', 'СНИЛС', 'E-mail'],
      ['Вернувшаяся-Петрова Нина', '09.09.1979', 'SCH-9', 'Учитель музыки', '222 333 444 16', 'nina@new.example'],
    ]);
    const u = await uploaded(w.head, file);
    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview).toMatchObject({ newPeople: 0, updatedPeople: 0, linkedPeople: 1 });
    expect(preview.linked).toEqual([{ row: 2, name: 'Вернувшаяся Нина', birthYear: 1979 }]);
    const applied = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u));
    expect(await applied.json()).toMatchObject({ created: 0, updated: 0, linked: 1, employmentsCreated: 1 });
    expect((await person('Вернувшаяся'))[0]).toMatchObject({ id: left.id, email: 'nina@old.example', last_name: 'Вернувшаяся' });
    expect((await employmentsOf(left.id)).map((e) => e.organization_id)).toEqual([school.id, w.orgB.id, school.id]);
    // Employed here again today, the card is the school's to change.
    const card = await (await w.head.get(`/api/v1/people/${left.id}`)).json();
    expect(card).toMatchObject({ current: true, can: ['edit'], email: 'nina@old.example' });
  });

  it('код, занятый работником другой территории, не сопоставляет людей — ошибка строки, ничего не записано', async () => {
    await w.t.make.staff(w.orgB.id, { code: 'FOREIGN-7', lastName: 'Чужакова', firstName: 'Анна', birthDate: '1980-01-01' });
    const file = await xlsx([header, ['Своя Анна Ивановна', '02.02.1982', w.orgA.name, 'Учитель', '', '', '', '', 'FOREIGN-7']]);
    const u = await uploaded(w.head, file);
    const preview = (await (await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u))).json()) as RosterPreview;
    expect(preview.errors).toEqual([
      {
        row: 2,
        column: 'Код сотрудника',
        field: 'code',
        message: 'Код «FOREIGN-7» уже занят работником другой территории: уберите код из строки или укажите СНИЛС либо дату рождения.',
      },
    ]);
    expect(preview.linked).toEqual([]);
    const before = await counts();
    expect((await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u))).status).toBe(422);
    expect(await counts()).toEqual(before);
    expect(await person('Своя')).toHaveLength(0);
    expect((await person('Чужакова'))[0]).toMatchObject({ first_name: 'Анна' });
  });
});

describe('журнал изменений при загрузке', () => {
  type Entry = {
    action: string;
    entity: string;
    entity_id: string;
    entity_label: string;
    subject: string;
    municipality_ids: number[];
    changes: Record<string, unknown>;
  };
  const entries = async (personId: number, after: number) =>
    (
      await w.t.database.db.execute<Entry>(
        sql`select action, entity, entity_id, entity_label, subject, municipality_ids, changes from audit_log
          where subject = ${`person:${personId}`} and id > ${after} order by id`,
      )
    ).rows;
  const lastId = async () =>
    (await w.t.database.db.execute<{ id: number }>(sql`select coalesce(max(id), 0)::int as id from audit_log`)).rows[0]!.id;
  const stamp = async (id: number) =>
    (await w.t.database.db.execute<{ at: string }>(sql`select updated_at::text as at from people where id = ${id}`)).rows[0]!.at;

  it('записывает создание и изменение каждого человека и места работы; неизменный файл — ни одной записи', async () => {
    const mun = (
      await w.t.database.db.execute<{ municipality_id: number }>(sql`select municipality_id from organizations where id = ${w.orgA.id}`)
    ).rows[0]!.municipality_id;
    const rows = [
      ['ФИО', 'Дата рождения', 'Код организации', 'Должность', 'Предметы', 'Телефон', 'СНИЛС', 'Код сотрудника'],
      ['Журналова Мария Олеговна', '07.07.1977', 'SCH-1', 'Учитель', 'Химия', '+7 900 111-11-11', '112-233-445 95', 'J-1'],
    ];
    const load = async () => {
      const u = await uploaded(w.head, await xlsx(rows));
      const response = await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/apply`, body(u));
      expect(response.status).toBe(200);
    };
    let mark = await lastId();
    await load();
    const [created] = await person('Журналова');
    const id = created!.id as number;
    const first = await entries(id, mark);
    expect(first.map((e) => [e.action, e.entity])).toEqual([
      ['create', 'person'],
      ['create', 'employment'],
    ]);
    expect(first[0]).toMatchObject({ entity_id: String(id), entity_label: 'Журналова Мария Олеговна', municipality_ids: [mun] });
    expect(first[0]!.changes).toMatchObject({
      code: { from: null, to: 'J-1' },
      birthDate: { from: null, to: '1977-07-07' },
      snils: { from: null, to: '***-***-*45 95' },
    });
    expect(first[1]!.changes).toMatchObject({ organizationId: { from: null, to: w.orgA.id }, subjects: { from: null, to: ['Химия'] } });

    mark = await lastId();
    const touched = await stamp(id);
    await load();
    expect(await entries(id, mark)).toEqual([]);
    expect(await stamp(id)).toBe(touched);

    mark = await lastId();
    rows[1]![4] = 'Химия; Биология';
    rows[1]![5] = '+7 900 222-22-22';
    await load();
    const second = await entries(id, mark);
    expect(second.map((e) => [e.action, e.entity])).toEqual([
      ['update', 'person'],
      ['update', 'employment'],
    ]);
    expect(second[0]).toMatchObject({ subject: `person:${id}`, municipality_ids: [mun] });
    expect(second[0]!.changes).toEqual({ phone: { from: '+7 900 111-11-11', to: '+7 900 222-22-22' } });
    expect(second[1]!.changes).toEqual({ subjects: { from: ['Химия'], to: ['Химия', 'Биология'] } });
    expect(await stamp(id)).not.toBe(touched);
    const summary = await w.t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where entity = 'roster' and id > ${mark}`,
    );
    expect(summary.rows[0]!.n).toBe(1);
  });
});
