import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../src/server/modules/demo/demo.js';
import { login, shot, useDemoServer, watchProblems } from './support.js';

const demo = useDemoServer();

/** Where each demo role lands after login, and what shows once its data is there (docs/ARCHITECTURE.md, «Куда попадает роль после входа»). */
const landing: Record<string, { path: RegExp; ready: string }> = {
  admin: { path: /^\/queue$/, ready: '[data-testid="queue-context"]' },
  curator: { path: /^\/monitoring$/, ready: '[data-testid^="indicator-card-"]' },
  uo: { path: /^\/monitoring$/, ready: '[data-testid^="indicator-card-"]' },
  mms: { path: /^\/queue$/, ready: '[data-testid="queue-context"]' },
  metodist: { path: /^\/queue$/, ready: '[data-testid="queue-context"]' },
  metodist2: { path: /^\/queue$/, ready: '[data-testid="queue-context"]' },
  school: { path: /^\/queue$/, ready: '[data-testid="queue-context"]' },
  tutor: { path: /^\/registry\/people$/, ready: '[data-testid="people-table"] tbody tr' },
  expert: { path: /^\/registry\/people\/\d+$/, ready: '[data-testid="person-name"]' },
  teacher: { path: /^\/cabinet$/, ready: '[data-testid="cabinet-name"]' },
};

/** The app's own addresses a selector finds on the page (not the API, not other sites), in page order. */
async function internalLinks(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => href.startsWith('/') && !href.startsWith('/api/')))];
}

/** Opens an address and waits until the page has asked for (and got) everything it shows. */
async function open(page: Page, href: string): Promise<void> {
  await page.goto(`${demo.url()}${href}`);
  await page.waitForLoadState('networkidle');
  await page.locator('main').waitFor();
}

describe('каждая роль попадает на страницу, которую может открыть', () => {
  it('все демонстрационные входы описаны', () => {
    expect(demoAccounts.map((a) => a.login).sort()).toEqual(Object.keys(landing).sort());
  });

  it('регион задаёт пороги, чтобы в рабочих очередях были показатели ниже порога', async () => {
    const admin = await demo.page();
    await login(admin, demo.url(), 'admin');
    await admin.goto(`${demo.url()}/admin/profiles`);
    for (const code of ['diagnostics_share', 'individual_help_share', 'young_teacher_support_share'])
      await admin.getByTestId(`threshold-${code}`).fill('100');
    await admin.getByTestId('save-settings').click();
    await admin.getByTestId('settings-message').getByText('Настройки сохранены').waitFor();
    await admin.context().close();
  });

  it.each(demoAccounts.map((a) => [a.login, a.roleLabel] as const))(
    '%s (%s): страница входа верная, каждый пункт меню и каждая ссылка на ней открываются без ошибок',
    async (login) => {
      const page = await demo.page();
      await page.goto(`${demo.url()}/login`);
      await page.getByLabel('Логин').waitFor();
      await page.waitForLoadState('networkidle');
      // Before login the app asks who is signed in and hears 401: that is no problem of the role.
      const problems = watchProblems(page);
      await page.getByLabel('Логин').fill(login);
      await page.getByLabel(/^Пароль/).fill(demoPassword);
      await page.getByRole('button', { name: 'Войти' }).click();
      const expected = landing[login]!;
      await page.waitForURL((url) => expected.path.test(url.pathname));
      await page.locator(expected.ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      const home = new URL(page.url()).pathname;
      await shot(page, `40-landing-${login}`);

      // Exactly one menu item is lit, and it is the landing page's.
      const lit = page.locator('nav a[data-active]');
      await expect.poll(() => lit.count()).toBe(1);
      expect(await lit.getAttribute('href')).toBe(home);

      const menu = await internalLinks(page, 'nav a[href]');
      const onLanding = await internalLinks(page, 'main a[href]');
      expect(menu.length).toBeGreaterThan(0);
      for (const href of [...menu, ...onLanding]) {
        const before = problems.length;
        await open(page, href);
        expect(await page.getByTestId('not-found').count(), `${href}: страница не найдена`).toBe(0);
        if (problems.length > before) problems.push(`^ на ${href}`);
      }
      expect(problems).toEqual([]);
    },
    600_000,
  );
});
