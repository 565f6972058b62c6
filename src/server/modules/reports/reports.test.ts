import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../../shared/indicators.js';
import type {
  ReportComparison,
  ReportDetails,
  ReportMembersPage,
  ReportSummary,
  ReportTrend,
  Submissions,
} from '../../../shared/reports.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { importPackage } from '../exchange/exchange.import.js';
import { drilldownAll } from '../monitoring/drilldown.service.js';
import { computeIndicators } from '../monitoring/indicators.service.js';
import { blockA, blockB, blockC, blockD } from '../monitoring/indicators.test-kit.js';
import { unrestrictedScope } from '../../auth/scope.js';
import { reportsDue } from './reports.service.js';

/** The calendar year 2024, a reporting period under the default kinds (001 §20: an interim part and the year). */
const P = { from: '2024-01-01', to: '2024-12-31' };

let t: TestContext;
let head: TestClient;
let methodist: TestClient;
let admin: TestClient;
let headOfA: TestClient;
let mcId: number;
beforeAll(async () => {
  t = await startTestApp();
  for (const block of [blockA, blockB, blockC, blockD]) await importPackage(t.database.db, block, null);
  const ids = await t.database.db.execute<{ id: number; code: string }>(`select id, code from municipalities`);
  const idOf = (code: string) => ids.rows.find((r) => r.code === code)!.id;
  mcId = idOf('MC');
  const user = async (login: string, grant: Parameters<TestContext['make']['user']>[0][number]) => {
    const made = await t.make.user([grant], { login });
    return t.as(made.login, made.password);
  };
  head = await user('report-head-mc', { role: 'municipal_head', municipalityId: mcId });
  headOfA = await user('report-head-ma', { role: 'municipal_head', municipalityId: idOf('MA') });
  methodist = await user('report-methodist-mc', { role: 'municipal_methodist', municipalityId: mcId });
  admin = await user('report-admin', { role: 'region_admin' });
});
afterAll(() => t.close());

async function ok<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

/** The statement fails with the database's own message (drizzle keeps it as the cause). */
async function refused(statement: string, message: RegExp) {
  const error = await t.database.db.execute(statement).then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, statement).not.toBeNull();
  expect(String(error!.cause?.message ?? error!.message), statement).toMatch(message);
}

const freeze = (client: TestClient, scope: string, period = P) => client.request('POST', '/api/v1/reports', { scope, ...period });

async function allMembers(client: TestClient, id: number, code: string, side: 'numerator' | 'rest') {
  const page = await ok<ReportMembersPage>(client.get(`/api/v1/reports/${id}/members/${code}?side=${side}&pageSize=500`));
  return page.items;
}

describe('фиксация отчёта', () => {
  let reportId: number;

  it('муниципалитет фиксирует показатели и списки за каждым числом такими, какими их считает движок', async () => {
    ({ id: reportId } = await ok<{ id: number }>(freeze(head, 'MC')));
    const report = await ok<ReportDetails>(head.get(`/api/v1/reports/${reportId}`));
    expect(report).toMatchObject({
      territory: { kind: 'municipality', code: 'MC', name: 'Район В' },
      period: P,
      periodKind: { code: 'year', name: 'Календарный год' },
      acceptor: 'region',
      version: 1,
      status: 'frozen',
      submittedAt: null,
    });
    expect(report.frozenBy).toBeTruthy();
    expect(report.breakdown?.scopes.length).toBeGreaterThan(0);

    const live = await computeIndicators(t.database.db, { scopeCode: 'MC', ...P }, unrestrictedScope());
    const frozen = report.indicators.map(({ code, value, numerator, denominator }) => ({ code, value, numerator, denominator }));
    expect(frozen.sort((a, b) => a.code.localeCompare(b.code))).toEqual([...live].sort((a, b) => a.code.localeCompare(b.code)));

    for (const definition of indicatorCatalog) {
      const request = { code: definition.code, scopeCode: 'MC', ...P };
      const numerator = (await drilldownAll(t.database.db, { ...request, side: 'numerator' }, unrestrictedScope())).rows.map((r) => r.id);
      expect((await allMembers(methodist, reportId, definition.code, 'numerator')).map((m) => m.id).sort(), definition.code).toEqual(
        numerator.sort(),
      );
      const rest =
        definition.kind === 'share'
          ? (await drilldownAll(t.database.db, { ...request, side: 'rest' }, unrestrictedScope())).rows.map((r) => r.id)
          : [];
      expect((await allMembers(methodist, reportId, definition.code, 'rest')).map((m) => m.id).sort(), definition.code).toEqual(
        rest.sort(),
      );
    }
  });

  it('люди в списке — «Фамилия Имя Отчество» с местом работы; поиск не различает регистр', async () => {
    const people = await allMembers(head, reportId, 'staff_pd_share', 'numerator');
    expect(people[0]).toEqual({
      id: expect.any(Number),
      code: 'C1',
      name: expect.stringMatching(/^Фамилия-C1 Имя/),
      detail: expect.any(String),
    });
    const rest = await allMembers(head, reportId, 'staff_pd_share', 'rest');
    const second = rest[1]!;
    const query = encodeURIComponent(second.name.split(' ')[0]!.toLowerCase());
    const found = await ok<ReportMembersPage>(head.get(`/api/v1/reports/${reportId}/members/staff_pd_share?side=rest&q=${query}`));
    expect(found.items.map((m) => m.code)).toEqual([second.code]);
  });

  it('зафиксированные числа и списки не меняются вслед за данными; сравнение показывает разницу', async () => {
    const org = await t.database.db.execute<{ id: number }>(`select id from organizations where municipality_id = ${mcId} limit 1`);
    await t.make.staff(org.rows[0]!.id, { lastName: 'Новенькая' }, { start: '2024-02-01' });
    const report = await ok<ReportDetails>(head.get(`/api/v1/reports/${reportId}`));
    const frozenStaff = report.indicators.find((i) => i.code === 'staff_pd_share')!;
    const comparison = await ok<ReportComparison>(head.get(`/api/v1/reports/${reportId}/compare`));
    const row = comparison.rows.find((r) => r.code === 'staff_pd_share')!;
    expect(row.frozen).toEqual(frozenStaff);
    expect(row.live.denominator).toBe(frozenStaff.denominator! + 1);
    expect(row.change).toBeLessThan(0);
    const rest = await allMembers(head, reportId, 'staff_pd_share', 'rest');
    expect(rest.some((m) => m.name.startsWith('Новенькая'))).toBe(false);

    // The database itself refuses to rewrite a snapshot.
    await refused(`update reports set indicators = '[]' where id = ${reportId}`, /cannot change/);
    await refused(`update reports set status = 'accepted' where id = ${reportId}`, /cannot go from frozen to accepted/);
    await refused(`delete from reports where id = ${reportId}`, /immutable: DELETE/);
    await refused(`update report_members set member_id = 0 where report_id = ${reportId}`, /immutable: UPDATE/);
    await refused(`update report_lines set name = 'x' where report_id = ${reportId}`, /immutable: UPDATE/);
    await refused(`delete from report_members where report_id = ${reportId}`, /immutable: DELETE/);
    await refused(`truncate report_members`, /immutable: TRUNCATE/);
    await refused(
      `insert into report_members values (${reportId}, 'staff_pd_share', true, 999999)`,
      /written only when its report is frozen/,
    );
    await refused(`insert into report_lines values (${reportId}, 'people', 999999, 'X', 'Вписан позже', null)`, /written only when/);
    await refused(`update reports set submitted_by_name = 'Никто' where id = ${reportId}`, /written once, on submitting/);
    await refused(`update reports set review_comment = 'Подделка' where id = ${reportId}`, /written once, on accepting/);
    await refused(`update reports set acceptor = 'authority' where id = ${reportId}`, /cannot change/);
    await refused(`update reports set period_kind = 'interim' where id = ${reportId}`, /cannot change/);
    await refused(
      `insert into reports (region_id, territory_code, territory_name, period_from, period_to, period_kind, period_name, acceptor,
         version, status, frozen_by_name)
       select region_id, 'X', 'X', '2030-01-01', '2030-05-31', 'interim', 'X', 'region', 1, 'accepted', 'X' from reports where id = ${reportId}`,
      /created frozen/,
    );
  });

  it('отказывает по-русски: не отчётный период, организация, чужой муниципалитет, нет прав', async () => {
    for (const period of [
      // The old second half-year is no period of the defaults (001 §20) any more.
      { from: '2024-06-01', to: '2024-12-31' },
      { from: '2024-01-01', to: '2024-06-30' },
      { from: '2024-12-31', to: '2024-12-31' },
      { from: '2023-09-01', to: '2024-08-31' },
    ]) {
      const notReporting = await freeze(head, 'MC', period);
      expect(notReporting.status, period.from).toBe(422);
      const text = await notReporting.text();
      expect(text).toContain('Промежуточный (январь — май) 01.01–31.05; Календарный год 01.01–31.12');
      expect(text).toContain('календарный год 01.01.2024–31.12.2024');
    }
    // The region freezes its own report; a municipality's is its head's.
    const forMunicipality = await freeze(admin, 'MC');
    expect(forMunicipality.status).toBe(403);
    expect(await forMunicipality.text()).toContain('руководитель муниципальной методической службы');
    const school = await freeze(admin, 'C-S2');
    expect(school.status).toBe(422);
    expect(await school.text()).toContain('не для отдельной организации');
    expect((await freeze(headOfA, 'MC')).status).toBe(404);
    expect((await freeze(methodist, 'MC')).status).toBe(403);
    const reversed = await freeze(head, 'MC', { from: '2025-01-01', to: '2024-12-31' });
    expect(reversed.status).toBe(422);
    expect(await reversed.text()).toContain('Начало периода позже его конца');
    expect((await headOfA.get(`/api/v1/reports/${reportId}`)).status).toBe(404);
    expect((await headOfA.get(`/api/v1/reports/${reportId}/members/staff_pd_share`)).status).toBe(404);
    expect((await head.get(`/api/v1/reports/${reportId}/members/no_such_indicator`)).status).toBe(404);
  });
});

describe('цикл сдачи', () => {
  const submissionOf = async (client: TestClient) => {
    const list = await ok<Submissions>(client.get(`/api/v1/reports/submissions?from=${P.from}&to=${P.to}`));
    return list.find((s) => s.municipality.code === 'MC')!.report;
  };

  it('сдать → вернуть с комментарием → зафиксировать заново → сдать → принять; история и тренд', async () => {
    const [current] = await ok<ReportSummary[]>(head.get(`/api/v1/reports?scope=MC&from=${P.from}&to=${P.to}&status=frozen`));
    const id = current!.id;
    expect(await submissionOf(admin)).toMatchObject({ id, status: 'frozen' });

    expect(await ok<ReportSummary>(head.request('POST', `/api/v1/reports/${id}/submit`))).toMatchObject({ status: 'submitted' });
    const again = await freeze(head, 'MC');
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('уже сдан');
    expect((await head.request('POST', `/api/v1/reports/${id}/accept`)).status).toBe(403);
    expect((await head.request('POST', `/api/v1/reports/${id}/submit`)).status).toBe(409);

    const noComment = await admin.request('POST', `/api/v1/reports/${id}/return`, { comment: '  ' });
    expect(noComment.status).toBe(422);
    expect(await noComment.text()).toContain('Напишите, что нужно исправить');
    const returned = await ok<ReportSummary>(admin.request('POST', `/api/v1/reports/${id}/return`, { comment: 'Проверьте стажёров' }));
    expect(returned).toMatchObject({ status: 'returned', reviewComment: 'Проверьте стажёров', reviewedBy: expect.any(String) });
    expect(await submissionOf(head)).toMatchObject({ id, status: 'returned' });

    const { id: second } = await ok<{ id: number }>(freeze(head, 'MC'));
    const { id: third } = await ok<{ id: number }>(freeze(head, 'MC'));
    const versions = await ok<ReportSummary[]>(head.get(`/api/v1/reports?scope=MC&from=${P.from}&to=${P.to}`));
    expect(versions.map((r) => [r.id, r.version, r.status])).toEqual([
      [third, 3, 'frozen'],
      [second, 2, 'superseded'],
      [id, 1, 'returned'],
    ]);
    await ok(head.request('POST', `/api/v1/reports/${third}/submit`));
    expect(await ok<ReportSummary>(admin.request('POST', `/api/v1/reports/${third}/accept`))).toMatchObject({ status: 'accepted' });
    expect(await submissionOf(admin)).toMatchObject({ id: third, version: 3, status: 'accepted' });
    expect((await freeze(head, 'MC')).status).toBe(409);

    const superseded = await t.database.db.execute<{ changes: { status: { to: string } } }>(
      `select changes from audit_log where entity = 'report' and entity_id = '${second}' order by id`,
    );
    expect(superseded.rows.map((r) => r.changes.status.to)).toEqual(['frozen', 'superseded']);

    const trend = await ok<ReportTrend>(methodist.get('/api/v1/reports/trend?scope=MC'));
    expect(trend.map((p) => [p.reportId, p.period])).toEqual([[third, P]]);

    const audit = await t.database.db.execute<{ action: string; changes: { status: { to: string } } }>(
      `select action, changes from audit_log where entity = 'report' and entity_id = '${id}' order by id`,
    );
    expect(audit.rows.map((r) => r.changes.status.to)).toEqual(['frozen', 'submitted', 'returned']);
  });

  it('регион видит сдачу всех муниципалитетов; муниципалитет — только свой; отчёт региона не сдаётся', async () => {
    const all = await ok<Submissions>(admin.get(`/api/v1/reports/submissions?from=${P.from}&to=${P.to}`));
    expect(all.map((s) => s.municipality.code)).toEqual(['MA', 'MB', 'MC', 'MD']);
    expect(all.filter((s) => s.report).map((s) => s.municipality.code)).toEqual(['MC']);
    const own = await ok<Submissions>(headOfA.get(`/api/v1/reports/submissions?from=${P.from}&to=${P.to}`));
    expect(own.map((s) => [s.municipality.code, s.report])).toEqual([['MA', null]]);

    const { id: regional } = await ok<{ id: number }>(freeze(admin, 'R-MON'));
    expect((await ok<ReportDetails>(admin.get(`/api/v1/reports/${regional}`))).territory.kind).toBe('region');
    expect((await head.get(`/api/v1/reports/${regional}`)).status).toBe(404);
    expect((await ok<ReportSummary[]>(head.get('/api/v1/reports'))).every((r) => r.territory.code === 'MC')).toBe(true);
    expect((await admin.request('POST', `/api/v1/reports/${regional}/submit`)).status).toBe(403);
    // Even when a region's report stands as submitted, the region does not review itself.
    await t.database.db.execute(
      `update reports set status = 'submitted', submitted_at = now(), submitted_by_name = 'X' where id = ${regional}`,
    );
    const accept = await admin.request('POST', `/api/v1/reports/${regional}/accept`);
    expect(accept.status).toBe(422);
    expect(await accept.text()).toContain('Отчёт региона не сдаётся');
  });
});

describe('выгрузка зафиксированного отчёта', () => {
  it('XLSX и PDF печатают числа такими, какими они зафиксированы', async () => {
    const [accepted] = await ok<ReportSummary[]>(head.get(`/api/v1/reports?scope=MC&status=accepted`));
    const report = await ok<ReportDetails>(head.get(`/api/v1/reports/${accepted!.id}`));
    const xlsx = await head.get(`/api/v1/reports/${accepted!.id}/report.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(decodeURIComponent(xlsx.headers.get('content-disposition') ?? '')).toContain(
      'Отчёт, Район В, 01.01.2024–31.12.2024, версия 3.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const values = workbook.worksheets[0]!;
    const text: string[] = [];
    values.eachRow((row) => text.push(row.values?.toString() ?? ''));
    expect(text.join('\n')).toContain('Район В');
    // The row of staff_pd_share carries the frozen figures, not today's (one more person works there now).
    const org = await t.database.db.execute<{ id: number }>(`select id from organizations where municipality_id = ${mcId} limit 1`);
    await t.make.staff(org.rows[0]!.id, { lastName: 'Позже' }, { start: '2024-03-01' });
    const staff = report.indicators.find((i) => i.code === 'staff_pd_share')!;
    const live = await computeIndicators(t.database.db, { scopeCode: 'MC', ...P }, unrestrictedScope());
    expect(live.find((i) => i.code === 'staff_pd_share')!.denominator).toBe(staff.denominator! + 1);
    const cells: unknown[][] = [];
    values.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    const staffRow = cells.find((row) => row.includes('staff_pd_share'));
    expect(staffRow).toEqual(expect.arrayContaining([staff.numerator, staff.denominator]));

    const pdf = await head.get(`/api/v1/reports/${accepted!.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
  });
});

describe('территория меняет код', () => {
  it('отчёт остаётся за муниципалитетом: сравнение, ссылки и динамика следуют за ним, а не за старым кодом', async () => {
    const [accepted] = await ok<ReportSummary[]>(head.get('/api/v1/reports?scope=MC&status=accepted'));
    const swap = async (a: string, b: string) => {
      await t.database.db.execute(`update municipalities set code = 'TMP' where code = '${a}'`);
      await t.database.db.execute(`update municipalities set code = '${a}' where code = '${b}'`);
      await t.database.db.execute(`update municipalities set code = '${b}' where code = 'TMP'`);
    };
    await swap('MA', 'MC');
    try {
      const comparison = await ok<ReportComparison>(head.get(`/api/v1/reports/${accepted!.id}/compare`));
      expect(comparison.report.territory.code).toBe('MA');
      const live = await computeIndicators(t.database.db, { scopeCode: 'MA', ...P }, unrestrictedScope());
      expect(comparison.rows.map((r) => r.live.numerator).sort()).toEqual(live.map((v) => v.numerator).sort());
      expect((await ok<ReportTrend>(head.get('/api/v1/reports/trend?scope=MA'))).map((p) => p.reportId)).toEqual([accepted!.id]);
      expect((await headOfA.get(`/api/v1/reports/${accepted!.id}/compare`)).status).toBe(404);
    } finally {
      await swap('MA', 'MC');
    }
  });
});

describe('принимает тот, кого называет отчётный период', () => {
  const interim = (year: number) => ({ from: `${year}-01-01`, to: `${year}-05-31` });
  let authorityOfC: TestClient;
  let authorityOfA: TestClient;
  beforeAll(async () => {
    const ids = await t.database.db.execute<{ id: number; code: string }>(`select id, code from municipalities`);
    const make = async (login: string, code: string) => {
      const made = await t.make.user([{ role: 'authority', municipalityId: ids.rows.find((r) => r.code === code)!.id }], { login });
      return t.as(made.login, made.password);
    };
    authorityOfC = await make('report-uo-mc', 'MC');
    authorityOfA = await make('report-uo-ma', 'MA');
  });

  it('промежуточный отчёт сравнивается с прошлогодним промежуточным, а не с последним годовым', async () => {
    const { id: before } = await ok<{ id: number }>(freeze(head, 'MC', interim(2024)));
    const { id: after } = await ok<{ id: number }>(freeze(head, 'MC', interim(2025)));
    const comparison = await ok<ReportComparison>(head.get(`/api/v1/reports/${after}/compare`));
    expect(comparison.report.periodKind).toEqual({ code: 'interim', name: 'Промежуточный (январь — май)' });
    expect(comparison.previous).toEqual({ id: before, period: interim(2024), periodName: 'Промежуточный (январь — май)' });
    const earlier = (await ok<ReportDetails>(head.get(`/api/v1/reports/${before}`))).indicators;
    for (const row of comparison.rows) {
      const then = earlier.find((i) => i.code === row.code)!.value;
      expect(row.previousValue, row.code).toBe(then);
      expect(row.sincePrevious, row.code).toBe(
        row.frozen.value === null || then === null ? null : Math.round((row.frozen.value - then) * 10) / 10,
      );
    }
    // The year 2024 ended later than the interim 2024, yet it is another kind: the first interim has no previous one.
    expect((await ok<ReportComparison>(head.get(`/api/v1/reports/${before}/compare`))).previous).toBeNull();
  });

  it('отчёт регионального оператора принимает администратор региона, а не орган управления', async () => {
    const [report] = await ok<ReportSummary[]>(head.get(`/api/v1/reports?scope=MC&from=2024-01-01&to=2024-05-31&status=frozen`));
    await ok(head.request('POST', `/api/v1/reports/${report!.id}/submit`));
    const refused = await authorityOfC.request('POST', `/api/v1/reports/${report!.id}/accept`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('принимает и возвращает региональный оператор');
    expect((await authorityOfA.request('POST', `/api/v1/reports/${report!.id}/accept`)).status).toBe(404);
    expect(await ok<ReportSummary>(admin.request('POST', `/api/v1/reports/${report!.id}/accept`))).toMatchObject({ status: 'accepted' });
  });

  it('по профилю с учебным годом отчёт принимает или возвращает орган управления своего муниципалитета', async () => {
    const settings = await ok<{ indicators: string[]; thresholds: Record<string, number> }>(admin.get('/api/v1/settings/monitoring'));
    const school = { code: 'school-year', name: 'Учебный год', start: '09-01', end: '08-31', acceptor: 'authority' };
    await ok(
      admin.put('/api/v1/settings/monitoring', {
        indicators: settings.indicators,
        thresholds: settings.thresholds,
        reportingPeriods: [school],
      }),
    );

    // Only a defined period can be frozen: the interim part is gone, the school year is there.
    const gone = await freeze(head, 'MC', interim(2026));
    expect(gone.status).toBe(422);
    expect(await gone.text()).toContain('Учебный год 01.09–31.08');
    const year = { from: '2023-09-01', to: '2024-08-31' };
    const { id } = await ok<{ id: number }>(freeze(head, 'MC', year));
    const frozen = await ok<ReportDetails>(head.get(`/api/v1/reports/${id}`));
    expect(frozen).toMatchObject({ periodKind: { code: 'school-year', name: 'Учебный год' }, acceptor: 'authority' });
    await ok(head.request('POST', `/api/v1/reports/${id}/submit`));

    const byRegion = await admin.request('POST', `/api/v1/reports/${id}/accept`);
    expect(byRegion.status).toBe(403);
    expect(await byRegion.text()).toContain('принимает и возвращает муниципальный орган управления образованием этого муниципалитета');
    expect((await authorityOfA.request('POST', `/api/v1/reports/${id}/accept`)).status).toBe(404);
    expect((await authorityOfA.request('POST', `/api/v1/reports/${id}/return`, { comment: 'Чужой' })).status).toBe(404);
    expect((await authorityOfA.get(`/api/v1/reports/${id}`)).status).toBe(404);
    expect((await head.request('POST', `/api/v1/reports/${id}/accept`)).status).toBe(403);

    const returned = await ok<ReportSummary>(
      authorityOfC.request('POST', `/api/v1/reports/${id}/return`, { comment: 'Добавьте стажёров' }),
    );
    expect(returned).toMatchObject({ status: 'returned', reviewComment: 'Добавьте стажёров' });
    const { id: second } = await ok<{ id: number }>(freeze(head, 'MC', year));
    await ok(head.request('POST', `/api/v1/reports/${second}/submit`));
    expect(await ok<ReportSummary>(authorityOfC.request('POST', `/api/v1/reports/${second}/accept`))).toMatchObject({
      status: 'accepted',
      acceptor: 'authority',
    });
    const submissions = await ok<Submissions>(authorityOfC.get(`/api/v1/reports/submissions?from=${year.from}&to=${year.to}`));
    expect(submissions.map((s) => [s.municipality.code, s.report?.id])).toEqual([['MC', second]]);

    // For a work queue: the latest ended school year is owed by every municipality; the one before is done.
    const scopeOfC = { region: false, municipalityIds: [mcId], organizationIds: [], personIds: [] };
    expect((await reportsDue(t.database.db, scopeOfC, '2024-09-01')).map((d) => [d.municipality.code, d.period.from])).toEqual([]);
    const due = await reportsDue(t.database.db, scopeOfC, '2025-09-01');
    expect(due.map((d) => [d.municipality.code, d.period.kind, d.period.from, d.period.to, d.report])).toEqual([
      ['MC', 'school-year', '2024-09-01', '2025-08-31', null],
    ]);
  });
});
