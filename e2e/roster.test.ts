import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureXlsx, type FixtureVariant } from '../src/server/modules/roster/fixtures/make-fixtures.js';
import { login, shot, useDemoServer } from './support.js';

const demo = useDemoServer();

async function fixtureFile(variant: FixtureVariant): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-school-e2e-')), `педагоги-${variant}.xlsx`);
  fs.writeFileSync(file, await fixtureXlsx(variant));
  return file;
}

describe('список кадров, как его присылает школа', () => {
  it('школа загружает свой файл: ошибки по строкам, пропуски, должности вне номенклатуры, дата приёма, совместитель на карточке', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'school');
    await page.getByRole('link', { name: 'Загрузка списка кадров' }).click();
    const options = (await (await page.request.get(`${demo.url()}/api/v1/organizations/options`)).json()) as { id: number; name: string }[];
    const school = options[0]!;
    await page.getByRole('combobox', { name: 'Организация по умолчанию' }).click();
    await page.getByRole('option', { name: school.name }).click();

    await page.locator('input[type=file]').setInputFiles(await fixtureFile('errors'));
    await page.getByRole('button', { name: 'Загрузить файл' }).click();
    await page.getByRole('button', { name: 'Проверить' }).click();
    const errors = page.getByTestId('roster-errors');
    await errors.waitFor();
    const errorText = await errors.innerText();
    expect(errorText).toContain('31.02.1990');
    expect(errorText).toContain('Не указаны ФИО сотрудника.');
    expect(errorText).toContain('контрольное число не сходится');
    const skipped = await page.getByTestId('roster-skipped').innerText();
    expect(skipped).toContain('Подпись под таблицей');
    expect(skipped).toContain('Главный бухгалтер');
    expect(await page.getByTestId('roster-positions').innerText()).toContain('Завхоз');
    await shot(page, 'roster-01-school-file-errors');

    await page.locator('input[type=file]').setInputFiles(await fixtureFile('fixed'));
    await page.getByRole('button', { name: 'Загрузить файл' }).click();
    await page.getByRole('button', { name: 'Проверить' }).click();
    await page.getByTestId('roster-default-start').waitFor();
    // The importer chooses the start of the employment whose row has no hire date.
    await page.getByLabel('Дата начала работы для строк без даты приёма').fill('01.09.2026');
    // A position outside the nomenclature may be loaded with a category the importer picks.
    await page.getByRole('combobox', { name: 'Категория должности «Главный бухгалтер»' }).click();
    await page.getByRole('option', { name: 'Управленческие кадры' }).click();
    await expect.poll(async () => (await page.getByTestId('roster-skipped').innerText()).includes('Главный бухгалтер')).toBe(false);
    await page.getByRole('combobox', { name: 'Категория должности «Главный бухгалтер»' }).click();
    await page.getByRole('option', { name: 'Не загружать (не педагогическая должность)' }).click();
    await expect.poll(async () => (await page.getByTestId('roster-skipped').innerText()).includes('Главный бухгалтер')).toBe(true);
    await shot(page, 'roster-02-school-file-preview');
    const apply = page.getByRole('button', { name: 'Загрузить', exact: true });
    await expect.poll(() => apply.isEnabled()).toBe(true);
    await apply.click();
    const result = page.getByTestId('roster-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.innerText()).toMatch(
      /Новых сотрудников: 10.*Мест работы добавлено: 11.*Аттестаций добавлено: 5.*Строк пропущено: 5/s,
    );
    await shot(page, 'roster-03-school-file-applied');

    await page.goto(`${demo.url()}/registry/people?q=${encodeURIComponent('Кузнецова Мария Андреевна')}`);
    await page.getByTestId('people-table').getByText('Кузнецова Мария Андреевна').click();
    const employments = page.getByTestId('employments');
    await employments.getByText('Внутреннее совместительство').waitFor();
    expect(await employments.innerText()).toContain('0107');
    await shot(page, 'roster-04-part-timer-card');
  });

  it('администратор региона видит и правит справочник должностей', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'admin');
    await page.getByRole('link', { name: 'Должности' }).click();
    const table = page.getByTestId('positions');
    await table.getByText('Советник директора по воспитанию и взаимодействию с детскими общественными объединениями').waitFor();
    await page.getByRole('textbox', { name: 'Должность', exact: true }).fill('Вожатый');
    await page.getByRole('combobox', { name: 'Категория', exact: true }).click();
    await page.getByRole('option', { name: 'Педагогический работник' }).click();
    await page.getByRole('button', { name: 'Добавить' }).click();
    await table.getByText('Вожатый', { exact: true }).waitFor();
    await shot(page, 'roster-05-positions');
  });
});
