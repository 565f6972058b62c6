import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

// Suites that need a PostgreSQL server or Chromium run when those are present, and must run
// (the run fails without them) under CI=true. scripts/test.mjs prints which ones ran.
const ci = process.env.CI === 'true';
const postgresUrl = process.env.METODSET_TEST_POSTGRES_URL;
const chromium = process.env.METODSET_CHROMIUM ?? '/usr/bin/chromium';
if (ci && !postgresUrl) throw new Error('CI=true, но METODSET_TEST_POSTGRES_URL не задан: тесты на PostgreSQL обязательны.');
if (ci && !fs.existsSync(chromium)) throw new Error(`CI=true, но Chromium не найден (${chromium}): браузерные тесты обязательны.`);

const serverTests = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
// Files scripts/test.mjs leaves out because a tool they call is missing (it says which and why).
const skipped = (process.env.METODSET_TEST_SKIP ?? '').split(',').filter(Boolean);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      // Engine-specific files: *.embedded.test.ts (data folders of PGlite), *.postgres.test.ts (a server).
      {
        extends: true as const,
        test: {
          name: 'embedded',
          include: serverTests,
          exclude: ['src/**/*.postgres.test.ts', ...skipped],
          env: { METODSET_TEST_ENGINE: 'embedded' },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: serverTests,
                exclude: ['src/**/*.unit.test.ts', 'src/**/*.embedded.test.ts', ...skipped],
                env: { METODSET_TEST_ENGINE: 'postgres' },
              },
            },
          ]
        : []),
      ...(fs.existsSync(chromium)
        ? [
            {
              extends: true as const,
              test: { name: 'browser', include: ['e2e/**/*.test.ts'], exclude: skipped, fileParallelism: false, testTimeout: 180_000 },
            },
          ]
        : []),
    ],
  },
});
