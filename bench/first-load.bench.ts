// The login page on an emulated phone: the real server (`src/server/main.ts` on the built web UI,
// as `npm start` runs it) and Debian's Chromium with its network and CPU throttled to the figures of
// the slow phone that issue 7 measured. See bench/README.md, «Первая загрузка».
import { execSync } from 'node:child_process';
import os from 'node:os';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser, startServer } from '../e2e/support.js';
import type { FirstLoadRun, Measurement, Row } from './measure.js';

/** The phone: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, a CPU four times slower. */
export const phone = { latencyMs: 150, downloadBytesPerSecond: 200_000, uploadBytesPerSecond: 93_750, cpuSlowdown: 4 };
/** Targets of issue 7: the login form usable within 3 s; at most 250 KB of JavaScript (gzip) before it. */
export const targets = { loginReadyMs: 3000, initialJsGzipBytes: 250_000 };

const repeat = Number(process.env.BENCH_REPEAT ?? 3);

interface Transfer {
  url: string;
  type: string;
  encoding: string;
  /** Body bytes as sent (compressed when encoded). */
  bodyBytes: number;
  /** Everything on the wire for this request, headers included. */
  wireBytes: number;
}

async function throttle(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phone.latencyMs,
    downloadThroughput: phone.downloadBytesPerSecond,
    uploadThroughput: phone.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
}

/** Records what the network delivered, from Chromium's own accounting. */
function recordTransfers(cdp: CDPSession) {
  const pending = new Map<string, Omit<Transfer, 'wireBytes'>>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    pending.set(requestId, {
      url: response.url,
      type,
      encoding: headers['content-encoding'] ?? 'identity',
      bodyBytes: Number(headers['content-length'] ?? 0),
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const seen = pending.get(requestId);
    // A file taken from the browser's cache crosses no network: nothing on the wire, no body.
    if (seen) done.push({ ...seen, bodyBytes: encodedDataLength > 0 ? seen.bodyBytes : 0, wireBytes: encodedDataLength });
  });
  return done;
}

/**
 * Runs in the page before its own scripts: notes when the login field enters the document
 * (visibleAt) and when, after the frame that shows it, the main thread is free to take a key press
 * (readyAt: a task queued after that frame runs). Times from the start of navigation.
 */
function watchLoginField() {
  const w = window as unknown as { loginField?: Promise<{ visibleAt: number; readyAt: number }> };
  w.loginField = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('input[name="login"]')) return;
      observer.disconnect();
      const visibleAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ visibleAt, readyAt: performance.now() }), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * One visit of /login: from the start of navigation until the login field is on screen and the
 * page can take input; then a character typed into it must reach React's state (the field shows
 * it), or the visit fails.
 */
async function visit(browser: Browser, url: string, acceptEncoding: string | null, warm: boolean): Promise<FirstLoadRun[]> {
  const context = await browser.newContext({
    locale: 'ru-RU',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    ...(acceptEncoding ? { extraHTTPHeaders: { 'Accept-Encoding': acceptEncoding } } : {}),
  });
  try {
    await context.addInitScript(watchLoginField);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    const runs: FirstLoadRun[] = [];
    for (const visitKind of warm ? (['cold', 'warm'] as const) : (['cold'] as const)) {
      const transfers = recordTransfers(cdp);
      await page.goto(`${url}/login`, { waitUntil: 'commit' });
      const { visibleAt, readyAt } = await page.evaluate(
        () => (window as unknown as { loginField: Promise<{ visibleAt: number; readyAt: number }> }).loginField,
      );
      const field = page.getByLabel('Логин');
      await field.pressSequentially('д', { timeout: 10_000 });
      // The typed character went through React's onChange into the state and back into the field.
      const typedAt = (await page
        .waitForFunction(
          () => {
            const input = document.querySelector<HTMLInputElement>('input[name="login"]');
            return input?.value === 'д' && document.activeElement === input ? performance.now() : false;
          },
          undefined,
          { timeout: 10_000 },
        )
        .then((handle) => handle.jsonValue())) as number;
      const scripts = transfers.filter((t) => t.type === 'Script');
      const shellFetched = scripts.some((t) => /\/assets\/shell-/.test(t.url));
      if (shellFetched) throw new Error('страница входа загрузила скрипт оболочки');
      runs.push({
        variant: acceptEncoding ?? 'по умолчанию',
        visit: visitKind,
        visibleMs: visibleAt,
        readyMs: readyAt,
        bestReadyMs: readyAt,
        typedMs: typedAt,
        encodings: [...new Set(transfers.filter((t) => t.type === 'Script' || t.type === 'Stylesheet').map((t) => t.encoding))],
        requests: transfers.length,
        scripts: scripts.length,
        jsBodyBytes: scripts.reduce((sum, t) => sum + t.bodyBytes, 0),
        wireBytes: transfers.reduce((sum, t) => sum + t.wireBytes, 0),
      });
    }
    return runs;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const firstLoad: Measurement = {
  id: 'first-load',
  name: 'Первая загрузка: вход на телефоне',
  engines: ['embedded'],
  usesPackage: false,
  note: 'Первая загрузка: наше = страница входа в brotli (Accept-Encoding Chromium), базовое = та же сборка без сжатия (identity); время до готовности поля к вводу.',
  async run() {
    execSync('node scripts/ensure.mjs --web', { stdio: ['ignore', 'ignore', 'inherit'] });
    const loadAtStart = os.loadavg()[0]!;
    const server = await startServer();
    const browser = await launchBrowser();
    try {
      // A warm-up visit: the server's first answers and Chromium's first start are not counted.
      await visit(browser, server.url, null, false);
      const runs: FirstLoadRun[] = [];
      for (let i = 0; i < repeat; i++) {
        // Variants alternate, so that a burst of load on the shared machine falls on all of them alike.
        runs.push(...(await visit(browser, server.url, null, true)));
        runs.push(...(await visit(browser, server.url, 'gzip', false)));
        runs.push(...(await visit(browser, server.url, 'identity', false)));
      }
      for (const run of runs) console.error(`  ${run.variant} / ${run.visit}: ${JSON.stringify(run)}`);
      const medianOf = (variant: string, visitKind: string) => {
        const of = runs.filter((r) => r.variant === variant && r.visit === visitKind);
        return {
          ...of[0]!,
          visibleMs: median(of.map((r) => r.visibleMs)),
          readyMs: median(of.map((r) => r.readyMs)),
          bestReadyMs: Math.min(...of.map((r) => r.readyMs)),
          typedMs: median(of.map((r) => r.typedMs)),
        };
      };
      const brotli = medianOf('по умолчанию', 'cold');
      const identity = medianOf('identity', 'cold');
      return {
        ours: { ms: brotli.readyMs, peakRss: 0 },
        bare: { ms: identity.readyMs, peakRss: 0 },
        firstLoad: {
          runs: [brotli, medianOf('по умолчанию', 'warm'), medianOf('gzip', 'cold'), identity],
          loadAverage: [loadAtStart, os.loadavg()[0]!],
          cores: os.cpus().length,
        },
      };
    } finally {
      await browser.close();
      await server.stop();
    }
  },
};

type FirstLoadResult = NonNullable<Row['firstLoad']>;
const ms = (value: number) => `${Math.round(value)} мс`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} КБ`;
const visitLabel = { cold: 'первый визит', warm: 'повторный визит' };

/** The runner's table: one line per variant. */
export function firstLoadTable(results: FirstLoadResult[]): string[][] {
  return [
    [
      'Страница входа на телефоне',
      'Визит',
      'Поле в документе',
      'Поле готово к вводу',
      'Лучший',
      'Символ введён',
      'Сжатие',
      'JS по сети',
      'Скриптов',
      'Всего по сети',
      'Запросов',
    ],
    ...results.flatMap(({ runs }) =>
      runs.map((run) => [
        `Accept-Encoding: ${run.variant}`,
        visitLabel[run.visit],
        ms(run.visibleMs),
        ms(run.readyMs),
        ms(run.bestReadyMs),
        ms(run.typedMs),
        run.encodings.join(', '),
        kb(run.jsBodyBytes),
        String(run.scripts),
        kb(run.wireBytes),
        String(run.requests),
      ]),
    ),
  ];
}

/** The figures against the targets of issue 7, and what the machine was doing meanwhile. */
export function firstLoadSummary(results: FirstLoadResult[]): string[] {
  const verdict = (ok: boolean) => (ok ? 'выполнено' : 'НЕ ВЫПОЛНЕНО');
  const lines = results.flatMap(({ runs, loadAverage, cores }) => {
    const ready = runs.find((run) => run.variant === 'по умолчанию' && run.visit === 'cold')!;
    const gzip = runs.find((run) => run.variant === 'gzip')!;
    return [
      `\nЦели задачи 7: вход готов к вводу за ${ms(ready.readyMs)} (цель ≤ ${ms(targets.loginReadyMs)}: ${verdict(ready.readyMs <= targets.loginReadyMs)}); ` +
        `начальный JavaScript ${kb(gzip.jsBodyBytes)} в gzip (цель ≤ ${kb(targets.initialJsGzipBytes)}: ${verdict(gzip.jsBodyBytes <= targets.initialJsGzipBytes)}).`,
      `Нагрузка машины (средняя за минуту) в начале и в конце: ${loadAverage.map((l) => l.toFixed(1)).join(' и ')} на ${cores} ядрах: ` +
        'замедление процессора в Chromium умножается на занятость машины, повторный визит (без сети) показывает долю процессора.',
    ];
  });
  lines.push(
    `Телефон: ${(phone.downloadBytesPerSecond * 8e-6).toFixed(1)} Мбит/с вниз, ${phone.uploadBytesPerSecond * 8e-3} кбит/с вверх, ` +
      `задержка ${phone.latencyMs} мс, процессор в ${phone.cpuSlowdown} раза медленнее; медианы.`,
  );
  return lines;
}
