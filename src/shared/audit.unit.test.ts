import { describe, expect, it } from 'vitest';
import { bulkSentence, describeChanges, describeEntry, describeLogin, recordOf, referencesOf, type AuditRow } from './audit.js';

const names = {
  'person:7': 'Иванова Анна Петровна',
  'organization:3': 'МБОУ «Школа № 1»',
  'municipality:2': 'Центральный район',
};

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 1,
  at: '2026-11-29T10:00:00.000Z',
  userLogin: 'admin',
  userName: 'Администратор',
  action: 'update',
  entity: 'person',
  entityId: '7',
  entityLabel: 'Иванова Анна Петровна',
  subject: 'person:7',
  changes: null,
  ...over,
});

describe('значения полей журнала по их виду', () => {
  it.each([
    {
      name: 'дата → ДД.ММ.ГГГГ',
      entity: 'person',
      field: 'birthDate',
      from: '1990-03-05',
      to: '1991-12-31',
      label: 'Дата рождения',
      texts: ['05.03.1990', '31.12.1991'],
    },
    {
      name: 'дата с временем → ДД.ММ.ГГГГ',
      entity: 'organization',
      field: 'flagsReviewedAt',
      from: null,
      to: '2026-11-29T08:15:00.000Z',
      label: 'Признаки подтверждены',
      texts: [null, '29.11.2026'],
    },
    {
      name: 'перечисление → подпись',
      entity: 'employment',
      field: 'category',
      from: 'teacher',
      to: 'manager',
      label: 'Категория',
      texts: ['Педагогический работник', 'Управленческие кадры'],
    },
    {
      name: 'неизвестный код перечисления остаётся кодом',
      entity: 'attestation',
      field: 'category',
      from: null,
      to: 'unknown_kind',
      label: 'Квалификационная категория',
      texts: [null, 'unknown_kind'],
    },
    {
      name: 'список признаков → подписи',
      entity: 'organization',
      field: 'flags',
      from: [],
      to: ['low_results', 'base_site'],
      label: 'Признаки организации',
      texts: [null, 'Низкие образовательные результаты (ШНОР); Опорная площадка'],
    },
    { name: 'да/нет', entity: 'user', field: 'active', from: true, to: false, label: 'Учётная запись активна', texts: ['да', 'нет'] },
    {
      name: 'ссылка → название записи',
      entity: 'employment',
      field: 'organizationId',
      from: null,
      to: 3,
      label: 'Организация',
      texts: [null, 'МБОУ «Школа № 1»'],
    },
    {
      name: 'ссылка вне территории → номер',
      entity: 'organization',
      field: 'municipalityId',
      from: 2,
      to: 9,
      label: 'Муниципалитет',
      texts: ['Центральный район', 'Муниципалитет № 9 (нет доступа или удалена запись)'],
    },
    {
      name: 'роли с территориями',
      entity: 'user',
      field: 'grants',
      from: [{ role: 'teacher', municipalityId: null, organizationId: null }],
      to: [
        { role: 'municipal_methodist', municipalityId: 2, organizationId: null },
        { role: 'school_admin', municipalityId: null, organizationId: 3 },
      ],
      label: 'Роли',
      texts: ['Педагог', 'Муниципальный методист — Центральный район; Руководитель / методическая служба ОО — МБОУ «Школа № 1»'],
    },
    {
      name: 'предметы через запятую',
      entity: 'employment',
      field: 'subjects',
      from: ['Математика'],
      to: ['Математика', 'Физика'],
      label: 'Предметы',
      texts: ['Математика', 'Математика, Физика'],
    },
    {
      name: 'статус отчёта',
      entity: 'report',
      field: 'status',
      from: 'frozen',
      to: 'submitted',
      label: 'Статус',
      texts: ['Зафиксирован', 'Сдан'],
    },
    {
      name: 'отчётные даты → ДД.ММ',
      entity: 'region',
      field: 'reportingDates',
      from: ['05-31', '12-31'],
      to: ['12-31'],
      label: 'Отчётные даты',
      texts: ['31.05, 31.12', '31.12'],
    },
    {
      name: 'отчётные периоды → название, даты и кто принимает',
      entity: 'region',
      field: 'reportingPeriods',
      from: [{ code: 'year', name: 'Календарный год', start: '01-01', end: '12-31', acceptor: 'region' }],
      to: [{ code: 'school-year', name: 'Учебный год', start: '09-01', end: '08-31', acceptor: 'authority' }],
      label: 'Отчётные периоды',
      texts: [
        'Календарный год (01.01–31.12, принимает региональный оператор)',
        'Учебный год (01.09–31.08, принимает муниципальный орган управления образованием)',
      ],
    },
    {
      name: 'пустая строка — прочерк',
      entity: 'person',
      field: 'middleName',
      from: '',
      to: 'Петровна',
      label: 'Отчество',
      texts: [null, 'Петровна'],
    },
  ])('$name', ({ entity, field, from, to, label, texts }) => {
    const [change] = describeChanges(entity, { [field]: { from, to } }, names);
    expect(change?.label).toBe(label);
    expect([change?.from?.text ?? null, change?.to?.text ?? null]).toEqual(texts);
  });

  it('ссылка несёт запись для перехода на её карточку', () => {
    const [change] = describeChanges('employment', { personId: { from: null, to: 7 } }, names);
    expect(change?.to).toEqual({ text: 'Иванова Анна Петровна', ref: { kind: 'person', id: 7 } });
  });

  it('каждая роль ссылается на свою территорию', () => {
    const [change] = describeChanges(
      'user',
      {
        grants: {
          from: null,
          to: [
            { role: 'municipal_head', municipalityId: 2, organizationId: null },
            { role: 'expert', municipalityId: null, organizationId: null },
          ],
        },
      },
      names,
    );
    expect(change?.to?.parts).toEqual([
      { text: 'Руководитель ММС — Центральный район', ref: { kind: 'municipality', id: 2 } },
      { text: 'Эксперт' },
    ]);
  });

  it('служебные поля скрыты, пароль — только факт смены', () => {
    const changes = describeChanges('user', { password: { from: '***', to: '***' } }, names);
    expect(changes).toEqual([{ field: 'password', label: 'Пароль', from: null, to: { text: 'изменён' }, secret: true }]);
    expect(
      describeChanges('person', { id: { from: null, to: 7 }, lastName: { from: null, to: 'Иванова' } }, names).map((c) => c.label),
    ).toEqual(['Фамилия']);
  });

  it('пороговые значения: строка на каждый изменённый показатель', () => {
    const changes = describeChanges(
      'region',
      { thresholds: { from: { staff_pd_share: 50, teacher_iom_share: 30 }, to: { staff_pd_share: 60, teacher_iom_share: 30 } } },
      names,
    );
    expect(changes.map((c) => [c.label, c.from?.text, c.to?.text])).toEqual([
      ['Пороговое значение: Доля педагогов и руководителей, прошедших ПК и ПП в отчётный период', '50', '60'],
    ]);
  });
});

describe('массовые операции одной фразой', () => {
  it.each([
    {
      name: 'загрузка списка кадров',
      entry: {
        action: 'import',
        entity: 'roster',
        entityLabel: 'кадры.xlsx',
        changes: { file: 'кадры.xlsx', created: 3, updated: 2, employmentsCreated: 4, employmentsUpdated: 1 },
      },
      sentence:
        'Загружен список кадров из файла «кадры.xlsx»: новых работников — 3, обновлено карточек — 2, новых мест работы — 4, обновлено мест работы — 1.',
    },
    {
      name: 'загрузка пакета обмена',
      entry: {
        action: 'import',
        entity: 'exchange',
        entityLabel: 'r-77',
        changes: { lists: {}, totals: { created: 10, updated: 1, unchanged: 5 } },
      },
      sentence: 'Загружен пакет обмена региона «r-77»: создано записей — 10, изменено — 1, без изменений — 5.',
    },
    { name: 'не массовая операция', entry: { action: 'update', entity: 'person', entityLabel: 'Иванова', changes: {} }, sentence: null },
  ])('$name', ({ entry, sentence }) => {
    expect(bulkSentence(entry)).toBe(sentence);
  });

  it('запись о загрузке — фраза вместо полей', () => {
    const entry = describeEntry(
      row({
        action: 'import',
        entity: 'roster',
        entityId: null,
        subject: null,
        entityLabel: 'f.csv',
        changes: { file: 'f.csv', created: 1, updated: 0, employmentsCreated: 1, employmentsUpdated: 0 },
      }),
      names,
    );
    expect(entry).toMatchObject({ action: 'Загрузка', entity: 'Список кадров', changes: [] });
    expect(entry.sentence).toContain('новых работников — 1');
  });
});

describe('запись целиком', () => {
  it('место работы ведёт на карточку работника', () => {
    const entry = describeEntry(
      row({
        action: 'create',
        entity: 'employment',
        entityId: '40',
        changes: { id: { from: null, to: 40 }, organizationId: { from: null, to: 3 }, start: { from: null, to: '2020-09-01' } },
      }),
      names,
    );
    expect(entry.action).toBe('Создание');
    expect(entry.entity).toBe('Место работы');
    expect(entry.record).toEqual({ text: 'Иванова Анна Петровна', ref: { kind: 'person', id: 7 } });
    expect(entry.changes.map((c) => `${c.label}: ${c.to?.text}`)).toEqual([
      'Организация: МБОУ «Школа № 1»',
      'Дата начала работы: 01.09.2020',
    ]);
  });

  it('название записи не повторяет вид объекта', () => {
    const entry = describeEntry(
      row({
        entity: 'report',
        entityId: '5',
        subject: 'report:5',
        entityLabel: 'Отчёт: Центральный район, 01.01.2026–31.05.2026, версия 1',
        changes: { status: { from: 'frozen', to: 'submitted' } },
      }),
      names,
    );
    expect([entry.entity, entry.record?.text]).toEqual(['Отчёт', 'Центральный район, 01.01.2026–31.05.2026, версия 1']);
  });

  it.each([
    { subject: 'organization:3', entityLabel: 'Школа', record: { text: 'Школа', ref: { kind: 'organization', id: 3 } } },
    { subject: 'user:5', entityLabel: 'ivanova', record: { text: 'ivanova' } },
    { subject: null, entityLabel: null, record: null },
  ])('карточка записи $subject', ({ subject, entityLabel, record }) => {
    expect(recordOf({ entity: 'x', entityId: null, entityLabel, subject })).toEqual(record);
  });

  it('ссылки страницы собираются без повторов, из значений и ролей', () => {
    const refs = referencesOf([
      { entity: 'employment', changes: { organizationId: { from: 3, to: 4 }, personId: { from: null, to: 7 } } },
      { entity: 'user', changes: { grants: { from: null, to: [{ role: 'municipal_head', municipalityId: 2, organizationId: null }] } } },
      { entity: 'attestation', changes: { personId: { from: 7, to: null } } },
      { entity: 'roster', changes: { created: 3 } },
    ]);
    expect(refs).toEqual([
      { kind: 'organization', id: 3 },
      { kind: 'organization', id: 4 },
      { kind: 'person', id: 7 },
      { kind: 'municipality', id: 2 },
    ]);
  });
});

describe('входы', () => {
  it.each([
    { action: 'login', changes: { ip: '10.0.0.1' }, out: { event: 'Вход', address: '10.0.0.1', reason: '' } },
    {
      action: 'login_failed',
      changes: { ip: '10.0.0.2', reason: 'wrong_password' },
      out: { event: 'Неудачная попытка входа', address: '10.0.0.2', reason: 'неверный пароль' },
    },
    {
      action: 'login_failed',
      changes: { ip: '10.0.0.3', reason: 'unknown_login' },
      out: { event: 'Неудачная попытка входа', address: '10.0.0.3', reason: 'такого логина нет' },
    },
    { action: 'logout', changes: null, out: { event: 'Выход', address: '', reason: '' } },
  ])('$action $changes.reason', ({ action, changes, out }) => {
    expect(describeLogin({ action, changes })).toEqual(out);
  });
});
