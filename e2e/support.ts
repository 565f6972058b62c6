import type { AxeResults } from 'axe-core';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const screenshotsDir = path.resolve('e2e/screenshots');

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server (`src/server/main.ts`, the built web UI) on a fresh embedded database,
 * which loads the demo region on first start, exactly as `npm start` does.
 */
export async function startServer(): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'metodset-e2e-'));
  const port = 4100 + Math.floor(Math.random() * 800);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, METODSET_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 240 s:\n${output}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Остановить: Ctrl+C')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://localhost:${port}`,
    dataDir,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium; Playwright gives every launch a fresh, empty profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.METODSET_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core over the page as it stands and fails on any WCAG 2.1 A/AA violation, naming the
 * rule and the elements. The source is evaluated through the DevTools protocol: the app's CSP
 * (script-src 'self') rightly refuses an inline script tag.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Mantine fades menus, tooltips and dialogs in; a half-transparent frame is not what people read.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    wcag21aa,
  );
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}\n      ${n.html.slice(0, 200)}`).join('\n')}`,
  );
  if (found.length)
    throw new Error(`axe-core, страница «${name}» (${page.url()}): ${found.length} нарушений WCAG 2.1 AA\n${found.join('\n')}`);
}

/** A screenshot of a page the journey reached; the page is checked by axe-core first. */
export async function shot(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, name);
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

/** Signs in through the login form; the login page and the landing page are checked by axe-core. */
export async function login(page: Page, url: string, loginName: string, password = 'Metodset-2026'): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Логин').waitFor();
  await checkAccessibility(page, 'вход');
  await page.getByLabel('Логин').fill(loginName);
  await page.getByLabel(/^Пароль/).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('current-user').waitFor();
  await page.waitForLoadState('networkidle');
  await checkAccessibility(page, `главная (${loginName})`);
}

/**
 * One server on a fresh demo database and one browser for a test file; `page()` opens a clean
 * context (its own cookies) in Russian at a laptop's size.
 */
export function useDemoServer() {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    url: () => server!.url,
    async page(): Promise<Page> {
      const context = await browser!.newContext({ locale: 'ru-RU', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
      return context.newPage();
    },
  };
}

/**
 * Everything that went wrong on a page since it was opened: API answers of 400 and above, console
 * errors and uncaught exceptions. The list fills as the page works; a test expects it empty.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) {
      problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
