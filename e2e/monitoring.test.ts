import { describe, expect, it } from 'vitest';
import { login, shot, useDemoServer } from './support.js';

const demo = useDemoServer();

describe('мониторинг в браузере', () => {
  it('руководитель ММС открывает показатели, переходит к людям за числом и открывает карточку', async () => {
    const page = await demo.page();
    await login(page, demo.url(), 'mms');
    await page.getByRole('link', { name: 'Показатели' }).click();
    const card = page.getByTestId('indicator-card-staff_pd_share');
    await card.waitFor();
    await page.getByTestId('breakdown-table').waitFor();
    await page.getByTestId('quality-panel').waitFor();
    await shot(page, '11-monitoring');
    const cardText = await card.innerText();
    const [, numerator, denominator] = /(\d[\d\s ]*)\s*\/\s*(\d[\d\s ]*)/.exec(cardText) ?? [];
    expect(Number(numerator?.replace(/\D/g, ''))).toBeGreaterThan(0);

    await card.click();
    const members = page.getByTestId('members-table');
    await members.locator('tbody tr').first().waitFor();
    await shot(page, '12-drilldown');
    expect(page.url()).toContain('/monitoring/indicators/staff_pd_share');
    // The numbers behind the card: the numerator's people and the rest add up to the denominator.
    const range = page.getByTestId('members-table-range');
    const total = async () => Number((/из\s+([\d\s ]+)/.exec(await range.innerText())?.[1] ?? '').replace(/\D/g, ''));
    const inNumerator = await total();
    await page.getByTestId('tab-rest').click();
    await expect.poll(() => page.url()).toContain('side=rest');
    await members.locator('tbody tr').first().waitFor();
    await expect.poll(total).not.toBe(inNumerator);
    expect(inNumerator + (await total())).toBe(Number(denominator?.replace(/\D/g, '')));

    await members.locator('tbody tr').first().getByRole('link').first().click();
    await page.getByTestId('person-name').waitFor();
    await shot(page, '13-person-from-drilldown');
  });
});
