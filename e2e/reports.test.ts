import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/server/config.js';
import { today } from '../src/server/http/today.js';
import { endedReportingPeriods } from '../src/shared/reporting-periods.js';
import { checkAccessibility, login, screenshotsDir, shot, useDemoServer } from './support.js';

const demo = useDemoServer();

/**
 * The demo's profile (004 §7.5, vsevolozhsk-2023) reports by the calendar year, accepted by the
 * municipal education authority: the latest year that has ended is the one being reported on.
 */
const yearKind = { code: 'year', name: 'Календарный год (годовой план)', start: '01-01', end: '12-31', acceptor: 'authority' } as const;
const reported = endedReportingPeriods([yearKind], today(readConfig().timeZone), 1)[0]!;
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('.');
const reportedText = `${ddmmyyyy(reported.from)}–${ddmmyyyy(reported.to)}`;
const escaped = (text: string) => text.replace(/[.()]/g, (c) => `\\${c}`);
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-reports-'));

/** Clicks what starts a download and keeps the file under its suggested (Russian) name. */
async function saveDownload(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const target = path.join(downloads, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

describe('отчётность в браузере', () => {
  it('руководитель ММС разбирает невыполненный показатель, фиксирует и сдаёт отчёт; орган управления видит его сданным и возвращает', async () => {
    // The region sets demanding thresholds, so that some of the municipality's indicators fall short.
    const admin = await demo.page();
    await login(admin, demo.url(), 'admin');
    await admin.goto(`${demo.url()}/admin/profiles`);
    await admin.getByTestId('save-settings').waitFor();
    await checkAccessibility(admin, 'профиль службы');
    for (const code of ['diagnostics_share', 'individual_help_share', 'young_teacher_support_share']) {
      await admin.getByTestId(`threshold-${code}`).fill('100');
    }
    // The profile's reporting period, with who accepts it, is the region admin's to change.
    await admin.getByTestId('reporting-period-0').getByRole('textbox', { name: 'Название периода' }).waitFor();
    expect(await admin.getByTestId('reporting-period-0').getByRole('textbox', { name: 'Название периода' }).inputValue()).toBe(
      yearKind.name,
    );
    await admin.getByTestId('reporting-period-0').scrollIntoViewIfNeeded();
    await shot(admin, '30-reporting-periods-settings');
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

    // Back to the dashboard: a half-year is no reporting period of the profile, the panel offers those that are.
    await page.goto(`${demo.url()}/monitoring`);
    await page.getByTestId('period-preset').click();
    await page.getByRole('option', { name: /Первое полугодие/ }).click();
    const panel = page.getByTestId('report-panel');
    await panel.getByText('Отчёт фиксируется ровно за отчётный период региона').waitFor();
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
    await page.getByTestId('report-period-kind').getByText('принимает: муниципальный орган управления образованием').waitFor();
    // The change is said against the previous report of the same kind: last year's, accepted in the demo.
    await page
      .getByTestId('previous-header')
      .getByText(/К отчёту «Календарный год \(годовой план\)» за 01\.01\.\d{4}–31\.12\.\d{4}/)
      .waitFor();
    // Submitting asks once, naming where the report goes.
    await page.getByTestId('submit-report').getByText('Сдать в орган управления образованием').click();
    await page.getByTestId('confirm-submit').waitFor();
    await shot(page, '32a-submit-confirm');
    await page.getByTestId('confirm-submit').click();
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
    expect(path.basename(xlsxFile)).toBe(`Отчёт, ${territory}, ${reportedText}, версия 1.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    expect(workbook.worksheets[0]!.name).toBe('Показатели');
    expect(workbook.worksheets.length).toBe(28);
    // Every sheet is named in Russian by the indicator's short title, never by its code.
    expect(workbook.worksheets.map((w) => w.name).filter((name) => /[a-z_]/.test(name))).toEqual([]);
    const valuesText = JSON.stringify(workbook.worksheets[0]!.getSheetValues());
    expect(valuesText).toContain(territory);
    expect(valuesText).toContain('Сдан');

    const pdfFile = await saveDownload(page, 'report-pdf');
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString();
    expect(text).toContain('Отчёт о показателях эффективности методической службы');
    expect(text).toContain(territory);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfFile, path.join(screenshotsDir, '37-report-pdf-page')]);

    // The dashboard's cards say plainly which report their change is against: the current calendar year
    // against the last year's report (the top bar would otherwise keep the period chosen last).
    const year = today(readConfig().timeZone).slice(0, 4);
    await page.goto(`${demo.url()}/monitoring?from=${year}-01-01&to=${year}-12-31`);
    await page
      .getByTestId('indicator-trend')
      .first()
      .getByText(new RegExp(`к отчёту «${escaped(yearKind.name)}» за ${escaped(reportedText)}`))
      .waitFor();
    await shot(page, '34-cards-trend');

    // The region sees the municipality among those who submitted, but the authority accepts this period.
    await admin.getByRole('link', { name: 'Отчёты', exact: true }).click();
    await admin.getByTestId('reports-period').waitFor();
    expect(await admin.getByTestId('reports-period').inputValue()).toBe(`${yearKind.name}: ${reportedText}`);
    await admin.getByTestId('period-acceptor').getByText('муниципальный орган управления образованием').waitFor();
    const row = admin.locator('[data-testid^="submission-"]').filter({ hasText: territory });
    await row.getByTestId('report-status').getByText('Сдан').waitFor();
    await expect.poll(() => admin.getByTestId('submitted-count').innerText()).toMatch(/^Сдали: 2 из 6/);
    await shot(admin, '35-region-submissions');
    await row.getByRole('link', { name: territory }).click();
    await admin.getByTestId('report-table').waitFor();
    expect(await admin.getByTestId('return-report').count()).toBe(0);
    expect(await admin.getByTestId('accept-report').count()).toBe(0);

    // The municipality's education authority opens it from its reports and returns it with a comment.
    const authority = await demo.page();
    await login(authority, demo.url(), 'uo');
    await authority.getByRole('link', { name: 'Отчёты', exact: true }).click();
    const own = authority.locator('[data-testid^="submission-"]').filter({ hasText: territory });
    await own.getByTestId('report-status').getByText('Сдан').waitFor();
    await own.getByRole('link', { name: territory }).click();
    await authority.getByTestId('accept-report').waitFor();
    await authority.getByTestId('return-report').click();
    await authority.getByTestId('confirm-return').click();
    await authority.getByText('Напишите, что нужно исправить').waitFor();
    await authority.getByTestId('return-comment-input').fill('Уточните данные о диагностике');
    await authority.getByTestId('confirm-return').click();
    await authority.getByTestId('report-status').getByText('Возвращён на доработку').waitFor();
    await shot(authority, '35a-authority-returned');
    await checkAccessibility(authority, 'возвращённый отчёт');

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
