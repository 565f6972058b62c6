import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeList, ExchangePackage } from '../../../shared/exchange.js';
import { AppError } from '../../../shared/errors.js';
import type { Database } from '../../db/client.js';
import { openTestDatabase } from '../../test/database.js';
import { exportPackage } from './exchange.export.js';
import { exchangeFixture } from './exchange.fixture.test-kit.js';
import { importPackage } from './exchange.import.js';
import { listRules } from './exchange.validate.js';
import { unrestrictedScope } from '../../auth/scope.js';

// A scoped package carries every record its records refer to, except people of other territories:
// those stay bare codes (their personal data is not the territory's to hand out), so the package
// imports cleanly where they already are — the region's database — and into an empty one not at all.

let source: Database;
let region: Database;
let empty: Database;
beforeAll(async () => {
  [source, region, empty] = await Promise.all([openTestDatabase(), openTestDatabase(), openTestDatabase()]);
  await importPackage(source.db, exchangeFixture(), null);
  // Ties of school O1 (M1) reaching M2: a mentee and an organization there, an event there, a practice
  // nobody of O1 wrote.
  await importPackage(
    source.db,
    {
      format: 'metodset-exchange',
      version: 1,
      region: { code: 'R-TEST', name: 'Тестовая область' },
      mentoringPairs: [{ mentor: 'P01', mentee: 'P05', organization: 'O5', start: '2024-09-01' }],
      participations: [{ event: 'E02', person: 'P01', role: 'speaker', attended: true }],
      practiceAdoptions: [{ practice: 'PR4', person: 'P01', date: '2024-10-01' }],
    },
    null,
  );
  await importPackage(region.db, JSON.parse(JSON.stringify(await exportPackage(source.db, { scope: unrestrictedScope() }))), null);
});
afterAll(async () => {
  await Promise.all([source?.close(), region?.close(), empty?.close()]);
});

type Row = Record<string, unknown>;
/** Every reference of the package as [list it points to, code]. */
function references(pkg: ExchangePackage): [ExchangeList, string][] {
  const out: [ExchangeList, string][] = [];
  for (const [list, rules] of Object.entries(listRules)) {
    for (const row of pkg[list as ExchangeList] as Row[]) {
      for (const [field, target] of Object.entries(rules.refs ?? {})) if (row[field] != null) out.push([target, row[field] as string]);
    }
  }
  for (const route of pkg.routes) for (const a of route.activities ?? []) if (a.programme) out.push(['programmes', a.programme]);
  for (const practice of pkg.practices) for (const author of practice.authors) out.push(['people', author]);
  return out;
}

const codes = (pkg: ExchangePackage, list: ExchangeList) => new Set((pkg[list] as Row[]).map((r) => r.code as string));
const missing = (pkg: ExchangePackage) => references(pkg).filter(([list, code]) => !codes(pkg, list).has(code));

describe('пакет обмена территории', () => {
  it('содержит всё, на что ссылается, кроме людей чужих территорий', async () => {
    for (const scopeCode of ['O1', 'M1', 'O5']) {
      const pkg = await exportPackage(source.db, { scopeCode, scope: unrestrictedScope() });
      const dangling = missing(pkg);
      expect(
        dangling.filter(([list]) => list !== 'people'),
        scopeCode,
      ).toEqual([]);
      expect(dangling.length, scopeCode).toBeGreaterThan(0);
    }
    const school = await exportPackage(source.db, { scopeCode: 'O1', scope: unrestrictedScope() });
    expect(school.people.map((p) => p.code)).toEqual(['P01', 'P07']);
    expect(school.organizations.map((o) => o.code)).toEqual(['O1', 'O5']);
    expect(school.municipalities.map((m) => m.code)).toEqual(['M1', 'M2']);
    expect(school.events.map((e) => e.code)).toEqual(['E01', 'E02']);
    expect(school.practices.map((p) => p.code)).toEqual(['PR1', 'PR4']);
    expect(school.mentoringPairs).toContainEqual({ mentor: 'P01', mentee: 'P05', organization: 'O5', start: '2024-09-01', end: null });
  });

  it('загружается в базу региона без ошибок и ничего в ней не меняет', async () => {
    for (const scopeCode of ['O1', 'M1', 'O5']) {
      const pkg = JSON.parse(JSON.stringify(await exportPackage(source.db, { scopeCode, scope: unrestrictedScope() })));
      const summary = await importPackage(region.db, pkg, null);
      expect(summary.totals, scopeCode).toMatchObject({ created: 0, updated: 0 });
    }
  });

  it('в пустую базу не загружается: недостаёт только людей чужих территорий', async () => {
    const pkg = JSON.parse(JSON.stringify(await exportPackage(source.db, { scopeCode: 'O1', scope: unrestrictedScope() })));
    const error = await importPackage(empty.db, pkg, null).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    const issues = (error as AppError).issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message).toMatch(/^человек с кодом «P0[2-68]»/);
  });
});
