import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCatalog, indicatorCodes, type IndicatorCode } from '../../../shared/indicators.js';
import type { Database } from '../../db/client.js';
import { openTestDatabase } from '../../test/database.js';
import { importPackage } from '../exchange/exchange.import.js';
import { memberIdsSql } from './indicators.queries.js';
import { findTerritory } from '../registry/territories.queries.js';
import { computeIndicators } from './indicators.service.js';
import { blockA, blockB, blockC, blockD, blockE, P, twoMunicipalities } from './indicators.test-kit.js';
import { unrestrictedScope } from '../../auth/scope.js';

/** [numerator, denominator (null for counts), value]. */
type Expected = [number, number | null, number | null];
interface Case {
  name: string;
  scope: string;
  from?: string;
  to?: string;
  expect: Partial<Record<IndicatorCode, Expected>>;
}

const blocks: Case[] = [
  {
    name: 'А: возраст и стаж на последний день, занятость, флаги без методического центра',
    scope: 'MA',
    expect: {
      org_staff_plan_share: [1, 2, 50],
      org_mentoring_model_share: [1, 2, 50],
      org_methodical_service_count: [1, null, 1],
      org_mgmt_team_pd_share: [0, 2, 0],
      attestation_share: [2, 6, 33.3],
      diagnostics_share: [1, 7, 14.3],
      staff_pd_share: [2, 7, 28.6],
      young_activity_share: [0, 1, 0],
      community_count: [1, null, 1],
    },
  },
  {
    name: 'А, одна организация: совместитель считается в каждой своей организации',
    scope: 'A-S2',
    expect: { org_staff_plan_share: [1, 1, 100], attestation_share: [1, 2, 50], org_methodical_service_count: [1, null, 1] },
  },
  {
    name: 'Б: мероприятия в первый и последний день периода и на следующий день',
    scope: 'MB',
    expect: {
      event_participation_share: [2, 4, 50],
      practice_demonstrated_share: [1, 4, 25],
      young_activity_share: [1, 2, 50],
      young_teacher_support_share: [1, 2, 50],
      project_participants_count: [2, null, 2],
      consilium_count: [1, null, 1],
    },
  },
  {
    name: 'Б, организация: консилиумов у школы нет',
    scope: 'B-S1',
    expect: { consilium_count: [0, null, 0], event_participation_share: [2, 4, 50] },
  },
  {
    name: 'В: маршруты, диагностика, актив, наставничество, сообщества',
    scope: 'MC',
    expect: {
      teacher_iom_share: [3, 6, 50],
      iom_diagnostics_support_share: [1, 6, 16.7],
      teacher_methodist_supported_share: [1, 6, 16.7],
      iom_after_diagnostics_share: [2, 8, 25],
      registry_pd_after_diagnostics_share: [2, 6, 33.3],
      teacher_active_share: [1, 6, 16.7],
      teacher_mentoring_share: [3, 6, 50],
      young_teacher_support_share: [2, 3, 66.7],
      teacher_community_share: [2, 6, 33.3],
      community_count: [3, null, 3],
      org_mgmt_team_pd_share: [1, 2, 50],
      mgmt_team_pd_count: [1, null, 1],
      staff_pd_share: [5, 8, 62.5],
      diagnostics_share: [0, 8, 0],
    },
  },
  { name: 'В, организация: сообщество школы', scope: 'C-S2', expect: { community_count: [1, null, 1], teacher_iom_share: [1, 3, 33.3] } },
  {
    name: 'Г: консультации, практики и их применение',
    scope: 'MD',
    expect: {
      help_received_share: [2, 3, 66.7],
      individual_help_share: [2, 4, 50],
      practice_products_count: [2, null, 2],
      practice_adopters_count: [1, null, 1],
      project_participants_count: [1, null, 1],
    },
  },
  {
    name: 'Д: никого нет — доля без значения, не ошибка',
    scope: 'ME',
    expect: {
      teacher_iom_share: [0, 0, null],
      help_received_share: [0, 0, null],
      staff_pd_share: [0, 0, null],
      young_activity_share: [0, 0, null],
      org_staff_plan_share: [1, 1, 100],
    },
  },
  {
    name: 'регион: региональное сообщество считается только для региона',
    scope: 'R-MON',
    expect: { community_count: [5, null, 5], consilium_count: [1, null, 1], teacher_iom_share: [3, 6 + 4 + 6 + 4, 15] },
  },
];

const twoMunicipalityCases: Case[] = [
  {
    name: 'регион: совместитель двух районов — один раз',
    scope: 'R-TWO',
    expect: { attestation_share: [1, 3, 33.3], community_count: [3, null, 3], consilium_count: [1, null, 1] },
  },
  {
    name: 'район 1: совместитель учтён',
    scope: 'RA',
    expect: { attestation_share: [1, 2, 50], community_count: [1, null, 1], consilium_count: [1, null, 1] },
  },
  {
    name: 'район 2: совместитель учтён и здесь',
    scope: 'RB',
    expect: { attestation_share: [1, 2, 50], community_count: [0, null, 0], consilium_count: [0, null, 0] },
  },
  // 29 February + 35 years is 28 February, as in PostgreSQL: on that day the person is no longer young.
  {
    name: '29 февраля: 35 лет исполняется 28 февраля',
    scope: 'RB',
    from: '2023-01-01',
    to: '2023-02-28',
    expect: { young_activity_share: [0, 0, null] },
  },
  {
    name: '29 февраля: накануне ещё молодой',
    scope: 'RB',
    from: '2023-01-01',
    to: '2023-02-27',
    expect: { young_activity_share: [1, 1, 100] },
  },
];

function check(database: () => Database, cases: Case[]) {
  it.each(cases)('$name', async (c) => {
    const values = await computeIndicators(
      database().db,
      { scopeCode: c.scope, from: c.from ?? P.from, to: c.to ?? P.to },
      unrestrictedScope(),
    );
    expect(values.map((v) => v.code)).toEqual(indicatorCodes);
    const got = Object.fromEntries(
      Object.keys(c.expect).map((code) => {
        const v = values.find((value) => value.code === code)!;
        return [code, [v.numerator, v.denominator, v.value]];
      }),
    );
    expect(got).toEqual(c.expect);
  });
}

describe('показатели на маленьких пакетах', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    for (const block of [blockA, blockB, blockC, blockD, blockE]) await importPackage(database.db, block, null);
  });
  afterAll(() => database.close());

  check(() => database, blocks);

  it('каждый показатель каталога проверен хотя бы раз с ненулевым числителем', () => {
    const covered = new Set(
      [...blocks, ...twoMunicipalityCases].flatMap((c) =>
        Object.entries(c.expect)
          .filter(([, e]) => e !== undefined && e[0] > 0)
          .map(([code]) => code),
      ),
    );
    expect(indicatorCatalog.map((d) => d.code).filter((code) => !covered.has(code))).toEqual([]);
  });

  it('расшифровка: числитель и «остальные» — из тех же определений', async () => {
    const scope = (await findTerritory(database.db, 'MC', unrestrictedScope()))!;
    const codes = async (which: 'numerator' | 'rest') =>
      (
        await database.db.execute<{ code: string }>(
          sql`select p.code from people p where p.id in (${memberIdsSql(scope, P, 'teacher_iom_share', which)}) order by p.code`,
        )
      ).rows.map((r) => r.code);
    expect(await codes('numerator')).toEqual(['C1', 'C2', 'C4']);
    expect(await codes('rest')).toEqual(['C3', 'C5', 'C6']);
  });

  it('неизвестная территория — «не найдена», неверный период — ошибка проверки', async () => {
    await expect(computeIndicators(database.db, { scopeCode: 'NOWHERE', ...P }, unrestrictedScope())).rejects.toMatchObject({
      code: 'not_found',
      message: 'Территория с кодом «NOWHERE» не найдена или недоступна.',
    });
    await expect(
      computeIndicators(database.db, { scopeCode: 'MA', from: '2024-12-31', to: '2024-01-01' }, unrestrictedScope()),
    ).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(
      computeIndicators(database.db, { scopeCode: 'MA', from: '2024-02-30', to: '2024-03-01' }, unrestrictedScope()),
    ).rejects.toMatchObject({
      code: 'validation',
    });
  });
});

describe('показатели региона из двух районов', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await importPackage(database.db, twoMunicipalities, null);
  });
  afterAll(() => database.close());

  check(() => database, twoMunicipalityCases);
});
