import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { login, shot, useDemoServer } from './support.js';

const demo = useDemoServer();

describe('администрирование в браузере', () => {
  it('руководитель ММС заводит пользователя школы, тот входит, запись видна в журнале', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'mms');
    await page.getByRole('link', { name: 'Пользователи' }).click();
    await page.getByTestId('users-table').waitFor();
    await page.getByRole('button', { name: 'Добавить пользователя' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Логин', { exact: false }).fill('zavuch.new');
    await dialog.getByLabel('Имя для отображения', { exact: false }).fill('Завуч Новой Школы');
    await dialog.getByLabel(/^Пароль/).fill('Сирень-цветёт-в-мае-1989');
    await dialog.getByRole('combobox', { name: 'Роль' }).click();
    await page.getByRole('option', { name: 'Руководитель / методическая служба ОО' }).click();
    await dialog.getByRole('combobox', { name: 'Организация' }).click();
    await page.getByRole('option').first().click();
    await shot(page, '07-user-form');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByTestId('users-table').getByText('zavuch.new').count()).toBe(1);
    await shot(page, '08-users');

    await page.getByRole('link', { name: 'Журнал изменений' }).click();
    const audit = page.getByTestId('audit-table');
    await audit.getByText('«zavuch.new»').first().waitFor();
    await shot(page, '09-audit');

    const school = await demo.page();
    await login(school, demo.url(), 'zavuch.new', 'Сирень-цветёт-в-мае-1989');
    await school.getByTestId('people-table').waitFor();
    expect(await school.getByRole('link', { name: 'Пользователи' }).count()).toBe(0);
  });

  it('администратор региона выгружает пакет обмена и загружает его обратно без изменений', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'admin');
    await page.getByRole('link', { name: 'Пакет обмена' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Выгрузить' }).click();
    const download = await downloading;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-exchange-e2e-')), 'package.json');
    await download.saveAs(file);
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; people: unknown[] };
    expect(pkg.format).toBe('metodset-exchange');
    expect(pkg.people.length).toBeGreaterThan(1000);

    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByText('Пакет загружен.').waitFor({ timeout: 60_000 });
    const summary = await page.getByRole('table', { name: 'Итоги загрузки' }).innerText();
    await shot(page, '10-exchange-reimported');
    // A package exported and imported back changes nothing.
    expect(summary).not.toMatch(/Всего\s+[1-9]/);
  });
});
