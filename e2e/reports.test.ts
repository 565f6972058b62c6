import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endedReportingPeriods } from '../src/shared/reporting-periods.js';
import { checkAccessibility, login, screenshotsDir, shot, useDemoServer } from './support.js';

const demo = useDemoServer();

/** The latest reporting period that has ended under the default dates (31.05, 31.12): the one being reported on. */
const reported = endedReportingPeriods(['05-31', '12-31'], new Date().toLocaleDateString('sv-SE'), 1)[0]!;
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('.');
const reportedText = `${ddmmyyyy(reported.from)}–${ddmmyyyy(reported.to)}`;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-reports-'));

/** Clicks what starts a download and keeps the file under its suggested (Russian) name. */
async function saveDownload(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const target = path.join(downloads, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

describe('отчётность в браузере', () => {
  it('руководитель ММС разбирает невыполненный показатель, фиксирует и сдаёт отчёт; регион видит его сданным и возвращает', async () => {
    // The region sets demanding thresholds, so that some of the municipality's indicators fall short.
    const admin = await demo.page();
    await login(admin, demo.url(), 'admin');
    await admin.goto(`${demo.url()}/admin/profiles`);
    await admin.getByTestId('save-settings').waitFor();
    await checkAccessibility(admin, 'профиль службы');
    for (const code of ['diagnostics_share', 'individual_help_share', 'young_teacher_support_share']) {
      await admin.getByTestId(`threshold-${code}`).fill('100');
    }
    await admin.getByTestId('save-settings').click();
    await admin.getByTestId('settings-message').getByText('Настройки сохранены').waitFor();

    const page = await demo.page();
    await login(page, demo.url(), 'mms');
    await page.getByRole('link', { name: 'Показатели' }).click();
    const unmet = page.locator('[data-testid^="indicator-card-"]').filter({ hasText: 'ниже порога' }).first();
    await unmet.waitFor();
    const territory = await page.getByTestId('scope-select').inputValue();
    await unmet.click();
    await page.getByTestId('tab-rest').click();
    const members = page.getByTestId('members-table');
    await members.locator('tbody tr').first().waitFor();
    await shot(page, '31-unmet-rest');
    // The people to help, as a workbook: as many rows (below the header) as the list says.
    const restTotal = Number(
      ((await page.getByTestId('members-table-range').innerText()).match(/из\s+([\d\s ]+)/)?.[1] ?? '').replace(/\D/g, ''),
    );
    const restBook = new ExcelJS.Workbook();
    await restBook.xlsx.readFile(await saveDownload(page, 'members-export'));
    expect(restBook.worksheets[0]!.actualRowCount - 1).toBe(restTotal);
    await members.locator('tbody tr').first().getByRole('link').first().click();
    await page.getByTestId('person-name').waitFor();
    await checkAccessibility(page, 'карточка из списка показателя');

    // Back to the dashboard: half-year periods do not end on a reporting date, the panel offers those that do.
    await page.goto(`${demo.url()}/monitoring`);
    await page.getByTestId('period-preset').click();
    await page.getByRole('option', { name: /Первое полугодие/ }).click();
    const panel = page.getByTestId('report-panel');
    await panel.getByText('Отчёт фиксируется за отчётный период').waitFor();
    await panel.getByTestId('reporting-period').filter({ hasText: reportedText }).click();
    await panel.getByTestId('report-status').getByText('Не зафиксирован').waitFor();
    await panel.getByTestId('freeze-report').click();
    await page.getByTestId('freeze-quality').waitFor();
    await shot(page, '32-freeze-confirm');
    await page.getByTestId('confirm-freeze').click();

    // The frozen report: its figures beside the live ones, then submitted to the region.
    await page.getByTestId('report-table').waitFor();
    expect(page.url()).toMatch(/\/monitoring\/reports\/\d+$/);
    await page.getByTestId('report-status').getByText('Зафиксирован').waitFor();
    await expect.poll(() => page.getByTestId('report-table').locator('tbody tr').count()).toBe(27);
    await page.getByTestId('submit-report').click();
    await page.getByTestId('report-status').getByText('Сдан').waitFor();
    await page.getByTestId('trend-chart').waitFor();
    await shot(page, '33-report-submitted');

    // A frozen list behind one number: the indicator's row opens it, searchable like the live one.
    const reportUrl = page.url();
    const firstRow = page.getByTestId('report-table').locator('tbody tr').filter({ hasText: '%' }).first();
    await firstRow.getByRole('link').click();
    const frozen = page.getByTestId('report-members-table');
    await frozen.locator('tbody tr').first().waitFor();
    const firstName = (await frozen.locator('tbody tr').first().locator('td').first().innerText()).split(' ')[0]!;
    await page.getByLabel('Поиск').fill(firstName.toLowerCase());
    await expect.poll(() => page.url()).toContain('q=');
    await expect.poll(async () => (await frozen.locator('tbody tr').first().innerText()).startsWith(firstName)).toBe(true);
    await shot(page, '33a-frozen-list');
    await page.goto(reportUrl);
    await page.getByTestId('report-table').waitFor();

    // The downloads: a workbook with the values and a sheet per list, and a PDF whose Cyrillic renders.
    const xlsxFile = await saveDownload(page, 'report-xlsx');
    expect(path.basename(xlsxFile)).toMatch(new RegExp(`^Отчёт .+ v1 ${reported.from}–${reported.to}\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    expect(workbook.worksheets[0]!.name).toBe('Показатели');
    expect(workbook.worksheets.length).toBe(28);
    const valuesText = JSON.stringify(workbook.worksheets[0]!.getSheetValues());
    expect(valuesText).toContain(territory);
    expect(valuesText).toContain('Сдан');

    const pdfFile = await saveDownload(page, 'report-pdf');
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString();
    expect(text).toContain('Отчёт о показателях эффективности методической службы');
    expect(text).toContain(territory);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfFile, path.join(screenshotsDir, '37-report-pdf-page')]);

    // The dashboard's cards show the change since the report for every later period.
    await page.goto(`${demo.url()}/monitoring`);
    await page
      .getByTestId('indicator-trend')
      .first()
      .getByText(new RegExp(`к отчёту на ${ddmmyyyy(reported.to).replace(/\./g, '\\.')}`))
      .waitFor();
    await shot(page, '34-cards-trend');

    // The region sees the municipality among those who submitted, opens the report and returns it.
    await admin.getByRole('link', { name: 'Отчёты' }).click();
    await admin.getByTestId('reports-period').waitFor();
    expect(await admin.getByTestId('reports-period').inputValue()).toBe(reportedText);
    const row = admin.locator('[data-testid^="submission-"]').filter({ hasText: territory });
    await row.getByTestId('report-status').getByText('Сдан').waitFor();
    await expect.poll(() => admin.getByTestId('submitted-count').innerText()).toMatch(/^Сдали: 2 из 6/);
    await shot(admin, '35-region-submissions');
    await row.getByRole('link', { name: territory }).click();
    await admin.getByTestId('return-report').click();
    await admin.getByTestId('confirm-return').click();
    await admin.getByText('Напишите, что нужно исправить').waitFor();
    await admin.getByTestId('return-comment-input').fill('Уточните данные о диагностике');
    await admin.getByTestId('confirm-return').click();
    await admin.getByTestId('report-status').getByText('Возвращён на доработку').waitFor();
    await checkAccessibility(admin, 'возвращённый отчёт');

    // The head sees the region's comment on the dashboard and may freeze a corrected version.
    await page.goto(`${demo.url()}/monitoring`);
    await page.getByTestId('period-preset').click();
    await page.getByRole('option', { name: /Первое полугодие/ }).click();
    await page.getByTestId('reporting-period').filter({ hasText: reportedText }).click();
    await page.getByTestId('return-comment').getByText('Уточните данные о диагностике').waitFor();
    await expect.poll(() => page.getByTestId('freeze-report').innerText()).toBe('Зафиксировать заново');
    await shot(page, '36-returned-on-dashboard');
  });
});
