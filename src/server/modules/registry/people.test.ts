import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/paging.js';
import type { PersonCard, PersonRow } from '../../../shared/registry.js';
import { addYears } from '../../http/today.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { addDays, readXlsx, signIn } from './registry.test-kit.js';

let t: TestContext;
let today: string;
let admin: TestClient;
let methodistA: TestClient;
const ids = { munA: 0, munB: 0, schoolA: 0, gardenA: 0, schoolB: 0 };

beforeAll(async () => {
  t = await startTestApp();
  today = t.today();
  const a = await t.make.municipality({ name: 'Алексеевский район' });
  const b = await t.make.municipality({ name: 'Борский район' });
  ids.munA = a.id;
  ids.munB = b.id;
  ids.schoolA = (await t.make.organization({ municipalityId: a.id, name: 'МБОУ «Школа А»', flags: ['low_results'] })).id;
  ids.gardenA = (await t.make.organization({ municipalityId: a.id, name: 'МБДОУ «Сад А»', kind: 'kindergarten' })).id;
  ids.schoolB = (await t.make.organization({ municipalityId: b.id, name: 'МБОУ «Школа Б»' })).id;
  admin = await signIn(t, 'region_admin');
  methodistA = await signIn(t, 'municipal_methodist', { municipalityId: a.id });
});
afterAll(() => t.close());

const list = async (client: TestClient, query: string) => {
  const response = await client.get(`/api/v1/people?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Page<PersonRow>;
};
const names = (page: Page<PersonRow>) => page.items.map((p) => p.lastName);

describe('список работников', () => {
  it('ищет без учёта регистра и с ё = е', async () => {
    const org = await t.make.organization({ municipalityId: ids.munA });
    await t.make.staff(org.id, { lastName: 'Сёмина', firstName: 'Анна' });
    await t.make.staff(org.id, { lastName: 'Семенов', firstName: 'Олег' });
    await t.make.staff(org.id, { lastName: 'Петрова', firstName: 'Алёна' });
    expect(names(await list(admin, `organizationId=${org.id}&q=Семина`))).toEqual(['Сёмина']);
    expect(names(await list(admin, `organizationId=${org.id}&q=${encodeURIComponent('сЁм')}`))).toEqual(['Семенов', 'Сёмина']);
    expect(names(await list(admin, `organizationId=${org.id}&q=${encodeURIComponent('сёмина анна')}`))).toEqual(['Сёмина']);
    expect(names(await list(admin, `organizationId=${org.id}&q=${encodeURIComponent('алена')}`))).toEqual(['Петрова']);
    expect((await list(admin, `organizationId=${org.id}&q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list(admin, `organizationId=${org.id}&q=${encodeURIComponent('_')}`)).total).toBe(0);
  });

  it('сортирует по алфавиту (ICU): Ёлкин после Елисеева и перед Жуковым', async () => {
    const org = await t.make.organization({ municipalityId: ids.munA });
    for (const lastName of ['Жуков', 'Ёлкин', 'Елисеев', 'Абрамов', 'Яковлев']) await t.make.staff(org.id, { lastName });
    expect(names(await list(admin, `organizationId=${org.id}`))).toEqual(['Абрамов', 'Елисеев', 'Ёлкин', 'Жуков', 'Яковлев']);
    expect(names(await list(admin, `organizationId=${org.id}&order=desc`))).toEqual(['Яковлев', 'Жуков', 'Ёлкин', 'Елисеев', 'Абрамов']);
  });

  it('делит на страницы и считает итог', async () => {
    const org = await t.make.organization({ municipalityId: ids.munA });
    for (const lastName of ['Арбузова', 'Бобров', 'Волков', 'Голубев', 'Дроздов']) await t.make.staff(org.id, { lastName });
    const third = await list(admin, `organizationId=${org.id}&pageSize=2&page=3`);
    expect(third).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(names(third)).toEqual(['Дроздов']);
    expect(names(await list(admin, `organizationId=${org.id}&pageSize=2&page=2`))).toEqual(['Волков', 'Голубев']);
    const byBirth = await list(admin, `organizationId=${org.id}&sort=birthDate&order=desc`);
    expect(byBirth.total).toBe(5);
    expect((await admin.get('/api/v1/people?sort=age')).status).toBe(422);
    expect((await admin.get('/api/v1/people?pageSize=501')).status).toBe(422);
  });

  it('показывает только текущих работников и их текущие места работы', async () => {
    const org = await t.make.organization({ municipalityId: ids.munA });
    await t.make.staff(org.id, { lastName: 'Уволенная' }, { end: addDays(today, -1) });
    await t.make.staff(org.id, { lastName: 'Будущий' }, { start: addDays(today, 1) });
    await t.make.staff(org.id, { lastName: 'Последнийдень' }, { end: today });
    const both = await t.make.staff(org.id, { lastName: 'Совместитель' }, { position: 'Учитель математики' });
    await t.make.employment({ personId: both.id, organizationId: ids.gardenA, position: 'Заведующий', category: 'manager' });
    await t.make.employment({
      personId: both.id,
      organizationId: ids.schoolB,
      position: 'Учитель',
      start: '2000-09-01',
      end: '2001-06-30',
    });
    const page = await list(admin, `organizationId=${org.id}`);
    expect(names(page)).toEqual(['Последнийдень', 'Совместитель']);
    expect(page.items[1]!.organizations).toEqual([
      { id: ids.gardenA, name: 'МБДОУ «Сад А»', position: 'Заведующий', category: 'manager' },
      { id: org.id, name: org.name, position: 'Учитель математики', category: 'teacher' },
    ]);
  });

  it('отбирает по муниципалитету, типу организации, категории и признаку', async () => {
    const teacherB = await t.make.staff(ids.schoolB, { lastName: 'Борисова' });
    const managerA = await t.make.staff(ids.gardenA, { lastName: 'Андреева' }, { category: 'manager', position: 'Заведующий' });
    const teacherA = await t.make.staff(ids.schoolA, { lastName: 'Афанасьева' });
    const idsOf = (page: Page<PersonRow>) => page.items.map((p) => p.id);
    expect(idsOf(await list(admin, `municipalityId=${ids.munB}&pageSize=500`))).toContain(teacherB.id);
    expect(idsOf(await list(admin, `municipalityId=${ids.munB}&pageSize=500`))).not.toContain(teacherA.id);
    expect(idsOf(await list(admin, `kind=kindergarten&pageSize=500`))).toEqual(expect.arrayContaining([managerA.id]));
    expect(idsOf(await list(admin, `kind=kindergarten&pageSize=500`))).not.toContain(teacherA.id);
    const managers = await list(admin, `category=manager&municipalityId=${ids.munA}&pageSize=500`);
    expect(idsOf(managers)).toContain(managerA.id);
    expect(idsOf(managers)).not.toContain(teacherA.id);
    const flagged = await list(admin, `flag=low_results&pageSize=500`);
    expect(idsOf(flagged)).toContain(teacherA.id);
    expect(idsOf(flagged)).not.toContain(teacherB.id);
    expect((await admin.get('/api/v1/people?kind=castle')).status).toBe(422);
  });

  it('находит молодых педагогов: до 35 лет и стаж меньше трёх лет, границы не включаются', async () => {
    const org = await t.make.organization({ municipalityId: ids.munA });
    const recent = addDays(today, -100);
    const young = { birthDate: addDays(addYears(today, -35), 1), careerStart: addDays(addYears(today, -3), 1) };
    await t.make.staff(org.id, { lastName: 'Молодая', ...young });
    await t.make.staff(org.id, { lastName: 'Юбилярша', birthDate: addYears(today, -35), careerStart: recent });
    await t.make.staff(org.id, { lastName: 'Трёхлетка', birthDate: '2000-01-01', careerStart: addYears(today, -3) });
    await t.make.staff(org.id, { lastName: 'Руководитель', ...young }, { category: 'manager', position: 'Директор' });
    await t.make.staff(org.id, { lastName: 'Безданных', birthDate: null, careerStart: null });
    const page = await list(admin, `organizationId=${org.id}&young=true`);
    expect(names(page)).toEqual(['Молодая']);
    const all = await list(admin, `organizationId=${org.id}`);
    expect(Object.fromEntries(all.items.map((p) => [p.lastName, p.young]))).toEqual({
      Безданных: false,
      Молодая: true,
      Руководитель: false,
      Трёхлетка: false,
      Юбилярша: false,
    });
    const orgRow = await (await admin.get(`/api/v1/organizations/${org.id}`)).json();
    expect(orgRow).toMatchObject({ staff: 5, teachers: 4, managers: 1, young: 1 });
  });

  it('выгружает в Excel те же строки, что и список с теми же отборами', async () => {
    const org = await t.make.organization({ municipalityId: ids.munA });
    for (const lastName of ['Ершова', 'Ёжиков', 'Дятлов']) await t.make.staff(org.id, { lastName, birthDate: '1990-03-05' });
    const query = `organizationId=${org.id}&q=${encodeURIComponent('е')}`;
    const page = await list(admin, `${query}&pageSize=1`);
    const response = await admin.get(`/api/v1/people/export.xlsx?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Работники.xlsx')}`);
    const rows = await readXlsx(response);
    expect(rows[0]!.slice(0, 4)).toEqual(['Фамилия', 'Имя', 'Отчество', 'Дата рождения']);
    const full = await list(admin, `${query}&pageSize=500`);
    expect(page.total).toBe(3);
    expect(rows.slice(1).map((r) => r[0])).toEqual(names(full));
    expect(rows[1]![3]).toEqual(new Date(Date.UTC(1990, 2, 5)));
    expect((await methodistA.get(`/api/v1/people/export.xlsx?organizationId=${ids.schoolB}`)).status).toBe(404);
  });

  it('сортирует по дате рождения и по организации', async () => {
    const mun = await t.make.municipality();
    const yellow = await t.make.organization({ municipalityId: mun.id, name: 'Ёлочка' });
    const zh = await t.make.organization({ municipalityId: mun.id, name: 'Журавлик' });
    const e = await t.make.organization({ municipalityId: mun.id, name: 'Елец' });
    await t.make.staff(zh.id, { lastName: 'Аист', birthDate: '1990-01-01' });
    await t.make.staff(yellow.id, { lastName: 'Бобр', birthDate: '1980-01-01' });
    await t.make.staff(e.id, { lastName: 'Волк', birthDate: null });
    const both = await t.make.staff(zh.id, { lastName: 'Гусь', birthDate: '1985-01-01' });
    await t.make.employment({ personId: both.id, organizationId: e.id });
    expect(names(await list(admin, `municipalityId=${mun.id}&sort=organization`))).toEqual(['Волк', 'Гусь', 'Бобр', 'Аист']);
    expect(names(await list(admin, `municipalityId=${mun.id}&sort=birthDate`))).toEqual(['Бобр', 'Гусь', 'Аист', 'Волк']);
    expect(names(await list(admin, `municipalityId=${mun.id}&sort=birthDate&order=desc`))).toEqual(['Аист', 'Гусь', 'Бобр', 'Волк']);
  });
});

describe('границы видимости работников', () => {
  it('отвечает 404 на чужие организацию и муниципалитет в отборе и на чужую карточку', async () => {
    const foreign = await t.make.staff(ids.schoolB, { lastName: 'Чужая' });
    expect((await methodistA.get(`/api/v1/people?organizationId=${ids.schoolB}`)).status).toBe(404);
    expect((await methodistA.get(`/api/v1/people?municipalityId=${ids.munB}`)).status).toBe(404);
    expect((await methodistA.get(`/api/v1/people/${foreign.id}`)).status).toBe(404);
    expect((await methodistA.get(`/api/v1/people/999999`)).status).toBe(404);
    const own = await list(methodistA, 'pageSize=500');
    expect(own.items.map((p) => p.id)).not.toContain(foreign.id);
    expect(own.items.every((p) => p.organizations.every((o) => o.id !== ids.schoolB))).toBe(true);
  });

  it('руководитель ОО видит только свою организацию', async () => {
    const mine = await t.make.staff(ids.gardenA, { lastName: 'Садовая' });
    const other = await t.make.staff(ids.schoolA, { lastName: 'Школьная' });
    const schoolAdmin = await signIn(t, 'school_admin', { organizationId: ids.gardenA });
    const seen = (await list(schoolAdmin, 'pageSize=500')).items.map((p) => p.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(other.id);
    expect((await schoolAdmin.get(`/api/v1/people/${other.id}`)).status).toBe(404);
    expect((await schoolAdmin.get(`/api/v1/people?organizationId=${ids.schoolA}`)).status).toBe(404);
  });

  it('педагог видит только себя; списки организаций и муниципалитетов ему закрыты', async () => {
    const self = await t.make.staff(ids.schoolA, { lastName: 'Сама' });
    const colleague = await t.make.staff(ids.schoolA, { lastName: 'Коллега' });
    const teacher = await signIn(t, 'teacher', {}, self.id);
    const page = await list(teacher, '');
    expect(page.items.map((p) => p.id)).toEqual([self.id]);
    expect(page.total).toBe(1);
    const card = await teacher.get(`/api/v1/people/${self.id}`);
    expect(card.status).toBe(200);
    expect(((await card.json()) as PersonCard).can).toEqual([]);
    expect((await teacher.get(`/api/v1/people/${colleague.id}`)).status).toBe(404);
    const orgs = await teacher.get('/api/v1/organizations');
    expect(orgs.status).toBe(403);
    expect((await orgs.json()).error.message).toMatch(/Недостаточно прав/);
    expect((await teacher.get('/api/v1/municipalities')).status).toBe(403);
    expect((await teacher.get('/api/v1/organizations/options')).status).toBe(403);
    expect((await teacher.patch(`/api/v1/people/${self.id}`, { phone: '1' })).status).toBe(403);
  });

  it('эксперт открывает только свою карточку, только для чтения', async () => {
    const self = await t.make.staff(ids.schoolA, { lastName: 'Экспертная' });
    const colleague = await t.make.staff(ids.schoolA, { lastName: 'Соседка' });
    const expert = await signIn(t, 'expert', {}, self.id);
    const card = await expert.get(`/api/v1/people/${self.id}`);
    expect(card.status).toBe(200);
    expect(((await card.json()) as PersonCard).can).toEqual([]);
    expect((await list(expert, '')).items.map((p) => p.id)).toEqual([self.id]);
    expect((await expert.get(`/api/v1/people/${colleague.id}`)).status).toBe(404);
    expect((await expert.get('/api/v1/organizations')).status).toBe(403);
    expect((await expert.patch(`/api/v1/people/${self.id}`, { phone: '1' })).status).toBe(403);
  });

  it('без входа отвечает 401', async () => {
    expect((await t.client().get('/api/v1/people')).status).toBe(401);
  });
});

describe('карточка работника', () => {
  it('считает возраст и признаки молодого педагога, скрывает СНИЛС от муниципальных ролей', async () => {
    const person = await t.make.staff(ids.schoolA, {
      lastName: 'Карточкина',
      birthDate: addYears(addDays(today, -10), -30),
      careerStart: addDays(today, -400),
      snils: '123-456-789 01',
    });
    await t.make.employment({
      personId: person.id,
      organizationId: ids.schoolB,
      position: 'Совместитель',
      start: '2020-01-01',
      end: '2020-12-31',
    });
    const masked = (await (await methodistA.get(`/api/v1/people/${person.id}`)).json()) as PersonCard;
    expect(masked).toMatchObject({ snils: '***-***-*89 01', age: 30, under35: true, firstThreeYears: true, young: true, can: ['edit'] });
    expect(masked.employments.map((e) => e.organizationName)).toEqual(['МБОУ «Школа А»']);
    expect(masked.employments[0]).toMatchObject({ municipalityName: 'Алексеевский район', category: 'teacher', end: null, subjects: [] });
    const head = await signIn(t, 'municipal_head', { municipalityId: ids.munA });
    expect(((await (await head.get(`/api/v1/people/${person.id}`)).json()) as PersonCard).snils).toBe('***-***-*89 01');
    const full = (await (await admin.get(`/api/v1/people/${person.id}`)).json()) as PersonCard;
    expect(full.snils).toBe('123-456-789 01');
    expect(full.employments.map((e) => e.organizationName)).toEqual(['МБОУ «Школа А»', 'МБОУ «Школа Б»']);
    const tutor = await signIn(t, 'tutor', { organizationId: ids.schoolA });
    expect(((await (await tutor.get(`/api/v1/people/${person.id}`)).json()) as PersonCard).can).toEqual([]);
  });

  it('показывает места работы только в пределах территории читающего; педагог видит все свои', async () => {
    const person = await t.make.staff(ids.schoolA, { lastName: 'Двухрайонная' });
    await t.make.employment({ personId: person.id, organizationId: ids.schoolB, position: 'Совместитель', start: '2021-09-01' });
    const places = async (client: TestClient) =>
      ((await (await client.get(`/api/v1/people/${person.id}`)).json()) as PersonCard).employments.map((e) => e.organizationName).sort();
    expect(await places(methodistA)).toEqual(['МБОУ «Школа А»']);
    expect(await places(await signIn(t, 'municipal_methodist', { municipalityId: ids.munB }))).toEqual(['МБОУ «Школа Б»']);
    expect(await places(await signIn(t, 'school_admin', { organizationId: ids.schoolB }))).toEqual(['МБОУ «Школа Б»']);
    expect(await places(admin)).toEqual(['МБОУ «Школа А»', 'МБОУ «Школа Б»']);
    expect(await places(await signIn(t, 'teacher', {}, person.id))).toEqual(['МБОУ «Школа А»', 'МБОУ «Школа Б»']);
  });

  it('отвечает 404 на нечисловой и слишком большой идентификатор', async () => {
    expect((await admin.get('/api/v1/people/abc')).status).toBe(404);
    expect((await admin.get('/api/v1/people/99999999999')).status).toBe(404);
  });
});
