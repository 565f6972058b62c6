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
    await expect.poll(() => page.getByTestId('users-table').getByText('zavuch.new').count(), { timeout: 20_000 }).toBe(1);
    await shot(page, '08-users');

    // A mistyped password first: the «Входы» view shows it, the journal of changes does not.
    const school = await demo.page();
    await school.goto(`${demo.url()}/login`);
    await school.getByLabel('Логин').fill('zavuch.new');
    await school.getByLabel(/^Пароль/).fill('не тот пароль');
    await school.getByRole('button', { name: 'Войти' }).click();
    await school.getByText('Неверный логин или пароль.').waitFor();

    await page.getByRole('link', { name: 'Журнал изменений' }).click();
    const audit = page.getByTestId('audit-table');
    const created = audit.locator('tbody tr', { hasText: '«zavuch.new»' }).first();
    await created.waitFor();
    // Fields by their form labels, the role by its name, the organization by its name with a link to its card.
    const createdText = await created.innerText();
    expect(createdText).toContain('Создание');
    expect(createdText).toContain('Имя для отображения: Завуч Новой Школы');
    expect(createdText).toContain('Учётная запись активна: да');
    expect(createdText).toMatch(/Роли: Руководитель \/ методическая служба ОО — \S/);
    expect(createdText).not.toMatch(/grants|displayName|organizationId|school_admin|\{/);
    expect(await created.getByRole('link').first().getAttribute('href')).toMatch(/^\/registry\/organizations\/\d+$/);
    expect(await audit.getByText(/Вход|Неудачная попытка/).count()).toBe(0);
    await shot(page, '09-audit');

    await page.getByTestId('audit-view-logins').click();
    const logins = page.getByTestId('logins-table');
    const failed = logins.locator('tbody tr', { hasText: 'zavuch.new' }).first();
    await failed.waitFor();
    expect(await failed.innerText()).toContain('Неудачная попытка входа: неверный пароль');
    expect(await logins.locator('tbody tr', { hasText: 'mms' }).first().innerText()).toContain('Вход');
    await shot(page, '09-logins');

    await login(school, demo.url(), 'zavuch.new', 'Сирень-цветёт-в-мае-1989');
    // A school's administration lands on its school's work queue.
    await school.getByTestId('work-queue').waitFor();
    expect(await school.getByRole('link', { name: 'Пользователи' }).count()).toBe(0);
  });

  it('муниципальный методист видит историю карточки работника по-русски', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'metodist');
    await page.getByRole('link', { name: 'Педагоги и руководители' }).click();
    const table = page.getByTestId('people-table');
    await table.locator('tbody tr').first().getByRole('link').first().click();
    await page.getByTestId('person-name').waitFor();
    await page.getByTestId('edit-person').click();
    await page.getByLabel('Телефон').fill('+7 (813) 700-00-01');
    await page.getByLabel('Дата рождения').fill('15.01.1960');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByTestId('person-name').waitFor();
    const history = page.getByTestId('history');
    const row = history.locator('tbody tr', { hasText: 'Изменение: работник' }).first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toMatch(/Телефон: .* → \+7 \(813\) 700-00-01/);
    expect(text).toMatch(/Дата рождения: .*→ 15\.01\.1960/);
    expect(text).not.toMatch(/phone|birthDate|1960-01-15/);
    await history.scrollIntoViewIfNeeded();
    await shot(page, '11-card-history');
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
