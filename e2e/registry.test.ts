import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { login, shot, useDemoServer } from './support.js';

const demo = useDemoServer();

describe('реестр в браузере', () => {
  it('муниципальный методист находит молодых педагогов, открывает карточку и правит её', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'metodist');
    await page.getByRole('link', { name: 'Педагоги и руководители' }).click();
    const table = page.getByTestId('people-table');
    await table.locator('tbody tr').first().waitFor();
    const range = page.getByTestId('people-table-range');
    const allText = await range.innerText();

    await page.getByTestId('young-filter').click();
    await expect.poll(() => range.innerText()).not.toBe(allText);
    await expect.poll(() => page.url()).toContain('young=true');
    await table.locator('tbody tr').first().waitFor();
    await shot(page, '01-young-teachers');
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    // Every row of the filtered list carries the computed badge.
    expect(await table.locator('tbody').getByText('Молодой педагог').count()).toBe(rows);

    await table.locator('tbody tr').first().getByRole('link').first().click();
    await page.getByTestId('person-name').waitFor();
    await expect.poll(() => page.getByTestId('badge-young').count()).toBe(1);
    await shot(page, '02-person-card');

    await page.getByTestId('edit-person').click();
    const phone = page.getByLabel('Телефон');
    await phone.fill('+7 (813) 702-11-22');
    // Dates are typed as ДД.ММ.ГГГГ: the mask puts the dots and takes no fifth digit of a year.
    const birthDate = page.getByRole('textbox', { name: 'Дата рождения' });
    await birthDate.fill('');
    await birthDate.pressSequentially('0504');
    await page.getByText('Введите дату в виде ДД.ММ.ГГГГ').waitFor();
    await shot(page, '03a-person-form-date-half-typed');
    await birthDate.pressSequentially('19851');
    expect(await birthDate.inputValue()).toBe('05.04.1985');
    expect(await page.getByText('Введите дату в виде ДД.ММ.ГГГГ').count()).toBe(0);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByTestId('person-name').waitFor();
    await expect.poll(() => page.getByText('+7 (813) 702-11-22').count()).toBeGreaterThan(0);
    await page.getByText('05.04.1985').first().waitFor();
    await shot(page, '03-person-edited');
  });

  it('загрузка списка кадров: две ошибки видны по строкам, после исправления список загружается', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'metodist');
    const options = (await (await page.request.get(`${demo.url()}/api/v1/organizations/options`)).json()) as { id: number; name: string }[];
    const school = options.find((o) => o.name.includes('школа') || o.name.includes('СОШ')) ?? options[0]!;
    const rows: (string | Date)[][] = [
      ['Кузнецова Ольга Викторовна', '12.03.1991', school.name, 'Учитель математики', 'Математика'],
      ['Лебедев Артём Сергеевич', '05.11.1998', school.name, 'Учитель информатики', 'Информатика'],
      ['', '01.01.1990', school.name, 'Учитель истории', 'История'],
      ['Соколова Дарья Игоревна', '31.02.1995', school.name, 'Учитель биологии', 'Биология'],
      ['Морозов Илья Павлович', '17.07.1987', school.name, 'Учитель физкультуры', 'Физическая культура'],
    ];
    const broken = await rosterFile('kadry-s-oshibkami.xlsx', rows);
    await page.getByRole('link', { name: 'Загрузка списка кадров' }).click();
    await page.locator('input[type=file]').setInputFiles(broken);
    await page.getByRole('button', { name: 'Загрузить файл' }).click();
    await page.getByRole('button', { name: 'Проверить' }).click();
    const errors = page.getByTestId('roster-errors');
    await errors.waitFor();
    await shot(page, '04-roster-errors');
    const errorText = await errors.innerText();
    expect(errorText).toMatch(/\b4\b/);
    expect(errorText).toMatch(/\b5\b/);
    expect(errorText).toMatch(/31\.02\.1995/);
    expect(await page.getByRole('button', { name: 'Загрузить', exact: true }).isDisabled()).toBe(true);

    rows[2]![0] = 'Васильева Нина Олеговна';
    rows[3]![1] = '28.02.1995';
    const fixed = await rosterFile('kadry-ispravlen.xlsx', rows);
    await page.locator('input[type=file]').setInputFiles(fixed);
    await page.getByRole('button', { name: 'Загрузить файл' }).click();
    await page.getByRole('button', { name: 'Проверить' }).click();
    const apply = page.getByRole('button', { name: 'Загрузить', exact: true });
    await expect.poll(() => apply.isEnabled()).toBe(true);
    await apply.click();
    await page.getByTestId('roster-result').waitFor({ timeout: 60_000 });
    await shot(page, '05-roster-applied');

    await page.goto(`${demo.url()}/registry/people?q=${encodeURIComponent('Васильева Нина')}`);
    await page.getByTestId('people-table').getByText('Васильева Нина Олеговна').waitFor();
  });

  it('новый работник, который уже есть в другом районе: форма предлагает добавить место работы, не показывая чужого', async () => {
    const owner = await demo.page();
    await login(owner, demo.url(), 'metodist');
    type Row = { id: number; lastName: string; firstName: string; middleName: string | null; birthDate: string | null };
    const listed = (await (await owner.request.get(`${demo.url()}/api/v1/people?pageSize=50`)).json()) as { items: Row[] };
    const page = await demo.page();
    await login(page, demo.url(), 'metodist2');
    let other: Row | undefined;
    for (const p of listed.items.filter((r) => r.birthDate)) {
      if ((await page.request.get(`${demo.url()}/api/v1/people/${p.id}`)).status() === 404) {
        other = p;
        break;
      }
    }
    if (!other) throw new Error('в демо-данных нет работника только первого района');
    await page.goto(`${demo.url()}/registry/people/new`);
    await page.getByLabel('Фамилия').fill(other.lastName);
    await page.getByLabel('Имя').fill(other.firstName);
    await page.getByLabel('Отчество').fill(other.middleName ?? '');
    await page.getByLabel('Дата рождения').fill(other.birthDate!.split('-').reverse().join('.'));
    await page.getByTestId('employment-organization').click();
    await page.getByRole('option').first().click();
    await page.getByLabel('Должность').fill('Учитель музыки');
    await page.getByLabel('Категория').first().click();
    await page.getByRole('option', { name: 'Педагогический работник' }).click();
    await page.getByLabel('Дата начала работы').fill('01.09.2025');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    const offer = page.getByTestId('person-match');
    await offer.waitFor();
    const text = await offer.innerText();
    expect(text).toContain(`${other.lastName} ${other.firstName}`);
    expect(text).toContain(`${other.birthDate!.slice(0, 4)} г. р.`);
    expect(await offer.getByRole('link').count()).toBe(0);
    await shot(page, '07-person-match-offer');

    await page.getByTestId('add-to-existing').click();
    await page.getByTestId('person-name').waitFor();
    await expect.poll(() => page.url()).toContain(`/registry/people/${other.id}`);
    // The card now shows this district's place of work only.
    expect(await page.getByText('Учитель музыки').count()).toBeGreaterThan(0);
    await shot(page, '08-person-match-added');
  });

  it('с клавиатуры первым идёт «Перейти к содержанию»; на телефоне фильтры свёрнуты под кнопкой «Фильтры»', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'metodist');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Перейти к содержанию' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${demo.url()}/registry/people`);
    const toggle = page.getByTestId('filters-toggle');
    await toggle.waitFor();
    expect(await toggle.innerText()).toBe('Фильтры');
    await page.getByTestId('people-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('people-search').isVisible()).toBe(false);
    await shot(page, '06a-people-phone-filters-folded');
    await toggle.click();
    await page.getByTestId('people-search').waitFor();
    await page.getByTestId('people-search').fill('Ива');
    await expect.poll(() => page.url()).toContain('q=');
    await expect.poll(() => toggle.innerText()).toBe('Фильтры (заданы)');
    await shot(page, '06b-people-phone-filters-open');
  });

  it('методист другого муниципалитета не открывает чужую школу по прямой ссылке', async () => {
    const owner = await demo.page();
    await login(owner, demo.url(), 'metodist');
    const options = (await (await owner.request.get(`${demo.url()}/api/v1/organizations/options`)).json()) as {
      id: number;
      name: string;
    }[];
    const foreignSchool = options[0]!;

    const page = await demo.page();
    await login(page, demo.url(), 'metodist2');
    await page.goto(`${demo.url()}/registry/organizations/${foreignSchool.id}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByText(foreignSchool.name).count()).toBe(0);
    await shot(page, '06-foreign-school-not-found');
    const api = await page.request.get(`${demo.url()}/api/v1/organizations/${foreignSchool.id}`);
    expect(api.status()).toBe(404);
  });
});

async function rosterFile(name: string, rows: (string | Date)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Сотрудники');
  sheet.addRow(['ФИО', 'Дата рождения', 'Организация', 'Должность', 'Предметы']);
  for (const row of rows) sheet.addRow(row);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-roster-e2e-')), name);
  await workbook.xlsx.writeFile(file);
  return file;
}
