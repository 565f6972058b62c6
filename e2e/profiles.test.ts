import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkAccessibility, login, shot, useDemoServer } from './support.js';

// This file's demo server is its own (useDemoServer starts one per file): switching the profile here
// changes nothing another journey sees.
const demo = useDemoServer();

const altai = 'Положение о регионально-муниципальной методической службе Республики Алтай';

/** The codes of the indicator cards in the order they stand on the page. */
const cardOrder = (page: Page) =>
  page
    .locator('[data-testid^="indicator-card-"]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')!.replace('indicator-card-', '')));

describe('профиль службы в браузере', () => {
  it('администратор региона применяет профиль Алтая, видит его показатели и пороги, меняет порог и смотрит диаграмму по муниципалитетам', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'admin');

    // The demo region starts on the Vsevolozhsk profile: its first indicator leads the dashboard.
    await page.getByRole('link', { name: 'Показатели' }).click();
    await page.getByTestId('indicator-card-mgmt_team_pd_count').waitFor();
    expect((await cardOrder(page))[0]).toBe('mgmt_team_pd_count');
    // A region-wide user starts on the region, so the breakdown lists its municipalities.
    await expect.poll(() => page.getByTestId('scope-select').inputValue()).toMatch(/област|край|республик|регион/i);
    await page.getByRole('heading', { name: 'По муниципалитетам' }).waitFor();

    await page.getByRole('link', { name: 'Профиль службы' }).click();
    await page.getByTestId('current-profile').getByText('Всеволожского района').waitFor();
    await page
      .getByTestId('profile-altai-2020')
      .getByRole('button', { name: new RegExp(altai) })
      .click();
    const details = page.getByTestId('profile-details-altai-2020');
    await details.getByText('не менее 20,0 %').waitFor();
    await shot(page, '21-profiles');

    await page.getByTestId('apply-altai-2020').click();
    await page.getByRole('dialog').getByText('будут заменены').waitFor();
    await page.getByTestId('confirm-delete').click();
    await page.getByTestId('apply-message').waitFor();
    await page.getByTestId('current-profile').getByText(altai).waitFor();
    await expect.poll(() => page.getByTestId('settings-indicators').locator('tbody tr').count()).toBe(11);
    expect(await page.getByTestId('threshold-org_mentoring_model_share').inputValue()).toBe('20 %');

    // The dashboard follows: Altai's indicators first, with Altai's thresholds.
    await page.getByRole('link', { name: 'Показатели' }).click();
    await page.getByTestId('indicator-card-org_mgmt_team_pd_share').getByText('Порог: 10,0 %').waitFor();
    expect((await cardOrder(page)).slice(0, 3)).toEqual(['org_mgmt_team_pd_share', 'org_staff_plan_share', 'org_mentoring_model_share']);
    await shot(page, '22-monitoring-altai');

    // A share's threshold above 100 % is refused by the server's own rule, in Russian, before sending.
    await page.getByRole('link', { name: 'Профиль службы' }).click();
    const threshold = page.getByTestId('threshold-staff_pd_share');
    await threshold.fill('150');
    await page.getByText('Порог доли — от 0 до 100 %').waitFor();
    await shot(page, '23-profile-threshold-refused');
    await threshold.fill('25,5');
    await expect.poll(() => page.getByText('Порог доли — от 0 до 100 %').count()).toBe(0);
    await page.getByTestId('save-settings').click();
    await page.getByTestId('settings-message').getByText('Настройки сохранены').waitFor();
    await shot(page, '24-profile-threshold-edited');

    await page.getByRole('link', { name: 'Показатели' }).click();
    await page.getByTestId('indicator-card-staff_pd_share').getByText('Порог: 25,5 %').waitFor();

    // The chart of one indicator across the region's municipalities, its threshold drawn.
    await page.locator('[data-testid="breakdown-section"][data-stale="false"]').waitFor();
    const municipalities = await page.getByTestId('breakdown-table').locator('tbody tr').count();
    expect(municipalities).toBeGreaterThan(1);
    await page.getByTestId('tab-breakdown-charts').click();
    const chart = page.getByTestId('indicator-chart');
    await chart.waitFor();
    await page.getByTestId('chart-indicator').click();
    await page.getByRole('option', { name: 'Доля педагогов и руководителей, прошедших ПК' }).click();
    await chart.getByTestId('chart-threshold').getByText('порог 25,5 %').waitFor();
    await expect.poll(() => chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick').count()).toBe(municipalities);
    await page.mouse.move(0, 0);
    await shot(page, '25-monitoring-chart-region');

    // One municipality: the same chart across its organizations, a bar for each.
    await page.getByTestId('scope-select').click();
    await page.getByRole('option').nth(1).click();
    await page.getByRole('heading', { name: 'По организациям' }).waitFor();
    await page.locator('[data-testid="breakdown-section"][data-stale="false"]').waitFor();
    await page.getByTestId('tab-breakdown-table').click();
    const organizations = await page.getByTestId('breakdown-table').locator('tbody tr').count();
    await page.getByTestId('tab-breakdown-charts').click();
    expect(organizations).toBeGreaterThan(municipalities);
    await expect.poll(() => chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick').count()).toBe(organizations);
    await page.mouse.move(0, 0);
    await shot(page, '26-monitoring-chart-municipality');
  });
});

describe('территории мониторинга в браузере', () => {
  it('куратор выбирает из своих муниципалитетов, руководитель ОО видит только свою школу', async () => {
    const curator = await demo.page();
    await login(curator, demo.url(), 'curator');
    await curator.goto(`${demo.url()}/monitoring`);
    await curator.locator('[data-testid^="indicator-card-"]').first().waitFor();
    await curator.getByRole('heading', { name: 'По организациям' }).waitFor();
    await checkAccessibility(curator, 'показатели куратора');
    await curator.getByTestId('scope-select').click();
    expect(await curator.getByRole('option').allInnerTexts()).toHaveLength(2);
    expect(await curator.getByRole('option', { name: /област/ }).count()).toBe(0);
    expect(await curator.getByRole('link', { name: 'Профиль службы' }).count()).toBe(0);

    const school = await demo.page();
    await login(school, demo.url(), 'school');
    await school.goto(`${demo.url()}/monitoring`);
    await school.locator('[data-testid^="indicator-card-"]').first().waitFor();
    expect(await school.getByTestId('scope-select').inputValue()).toMatch(/«/);
    await school.getByText('нет вложенных территорий').waitFor();
    await school.getByTestId('scope-select').click();
    expect(await school.getByRole('option').allInnerTexts()).toHaveLength(1);
    await school.keyboard.press('Escape');
    await shot(school, '27-monitoring-school');
  });
});
