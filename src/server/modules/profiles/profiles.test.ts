import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileFile } from '../../../shared/profiles.js';
import { defaultPeriodKinds, type PeriodKind } from '../../../shared/reporting-periods.js';
import type { TestClient, TestContext } from '../../test/harness.js';
import { startTestApp } from '../../test/harness.js';
import { profileCodes, loadProfile } from './profiles.files.js';
import { readMonitoringSettings } from './profiles.service.js';

// docs/indicators.md (the profiles): each reference service's indicators, in the table's order, and thresholds.
// The periods: 001 §20 an interim part and the calendar year, accepted by the regional operator;
// 000 §3.3, §3.9 the school year, 002 §3.4 the yearly and an operational report, 004 §7.5 the
// yearly plan, each accepted by the municipal education authority.
const expected: Record<string, { indicators: string[]; thresholds: Record<string, number>; periods: string[][] }> = {
  'kostroma-2020': {
    indicators: [
      'practice_products_count',
      'help_received_share',
      'iom_diagnostics_support_share',
      'practice_demonstrated_share',
      'project_participants_count',
      'practice_adopters_count',
      'event_participation_share',
      'attestation_share',
      'young_activity_share',
    ],
    thresholds: {},
    periods: [['school-year', '09-01', '08-31', 'authority']],
  },
  'altai-2020': {
    indicators: [
      'org_mgmt_team_pd_share',
      'org_staff_plan_share',
      'org_mentoring_model_share',
      'staff_pd_share',
      'teacher_iom_share',
      'teacher_mentoring_share',
      'young_teacher_support_share',
      'teacher_community_share',
      'community_count',
      'teacher_active_share',
      'teacher_methodist_supported_share',
    ],
    thresholds: { org_mgmt_team_pd_share: 10, org_mentoring_model_share: 20, staff_pd_share: 10, teacher_iom_share: 10 },
    periods: [
      ['interim', '01-01', '05-31', 'region'],
      ['year', '01-01', '12-31', 'region'],
    ],
  },
  'sosnovy-bor-2016': {
    indicators: ['event_participation_share', 'staff_pd_share', 'community_count'],
    thresholds: {},
    periods: [
      ['year', '01-01', '12-31', 'authority'],
      ['half-year', '01-01', '06-30', 'authority'],
    ],
  },
  'vsevolozhsk-2023': {
    indicators: [
      'mgmt_team_pd_count',
      'young_teacher_support_share',
      'individual_help_share',
      'consilium_count',
      'org_methodical_service_count',
      'registry_pd_after_diagnostics_share',
      'diagnostics_share',
      'iom_after_diagnostics_share',
    ],
    thresholds: {},
    periods: [['year', '01-01', '12-31', 'authority']],
  },
};

const yearKind: PeriodKind = { code: 'year', name: 'Календарный год', start: '01-01', end: '12-31', acceptor: 'region' };
const schoolKind: PeriodKind = { code: 'school-year', name: 'Учебный год', start: '09-01', end: '08-31', acceptor: 'authority' };

let t: TestContext;
let admin: TestClient;
let head: TestClient;
let munId: number;
beforeAll(async () => {
  t = await startTestApp();
  const user = await t.make.user([{ role: 'region_admin' }], { login: 'profiles-admin' });
  admin = await t.as(user.login, user.password);
});
afterAll(() => t.close());

const auditRows = async () =>
  (await t.database.db.execute(sql`select action, entity, entity_id, changes from audit_log where entity = 'region' order by id`)).rows;

describe('файлы профилей', () => {
  it('поставляются четыре профиля, каждый проходит схему и несёт показатели и пороги своего положения', async () => {
    expect(await profileCodes()).toEqual(Object.keys(expected).sort());
    for (const [code, want] of Object.entries(expected)) {
      const profile = await loadProfile(code);
      expect(profile.code).toBe(code);
      expect(profile.indicators.map((i) => i.code)).toEqual(want.indicators);
      expect(Object.fromEntries(Object.entries(profile.thresholds).map(([c, th]) => [c, th!.value]))).toEqual(want.thresholds);
      expect(profile.reportingPeriods.map((k) => [k.code, k.start, k.end, k.acceptor])).toEqual(want.periods);
      expect(profile.directions.length).toBeGreaterThan(0);
      expect(profile.bodies.length).toBeGreaterThan(0);
    }
    expect((await loadProfile('altai-2020')).nomenclature).toBeNull();
    expect((await loadProfile('kostroma-2020')).nomenclature?.documents).toHaveLength(6);
    expect((await loadProfile('sosnovy-bor-2016')).nomenclature?.documents).toHaveLength(10);
    expect((await loadProfile('vsevolozhsk-2023')).nomenclature?.documents).toHaveLength(5);
  });

  it('схема отвергает порог доли больше 100 и показатель не из каталога', async () => {
    const altai = await loadProfile('altai-2020');
    const bad = { ...altai, thresholds: { ...altai.thresholds, staff_pd_share: { value: 110, section: '19', wording: 'x' } } };
    expect(profileFile.safeParse(bad).success).toBe(false);
    const unknown = { ...altai, indicators: [...altai.indicators, { code: 'nope', section: '1', wording: 'x' }] };
    expect(profileFile.safeParse(unknown).success).toBe(false);
    await expect(loadProfile('../package')).rejects.toThrow('Профиль «../package» не найден.');
  });
});

describe('применение профиля и настройки мониторинга', () => {
  it('без региона применить нельзя, а настройки по умолчанию читаются', async () => {
    const response = await admin.post('/api/v1/profiles/altai-2020/apply');
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(/нет региона/);
    const settings = await (await admin.get('/api/v1/settings/monitoring')).json();
    expect(settings).toMatchObject({ profile: null, thresholds: {}, reportingPeriods: defaultPeriodKinds() });
    expect(settings.indicators).toHaveLength(27);
  });

  it('администратор региона видит список, профиль целиком и применяет его с записью в журнал', async () => {
    const region = await t.make.region({ settings: { theme: 'kept' } });
    munId = (await t.make.municipality({ regionId: region.id })).id;
    const headUser = await t.make.user([{ role: 'municipal_head', municipalityId: munId }], { login: 'profiles-head' });
    head = await t.as(headUser.login, headUser.password);

    const list = await (await admin.get('/api/v1/profiles')).json();
    expect(list.map((p: { code: string }) => p.code)).toEqual(Object.keys(expected).sort());
    expect(list.find((p: { code: string }) => p.code === 'altai-2020').title).toBe(
      'Положение о регионально-муниципальной методической службе Республики Алтай',
    );
    const whole = await (await admin.get('/api/v1/profiles/vsevolozhsk-2023')).json();
    expect(whole.nomenclature.section).toBe('7.8');
    const missing = await admin.get('/api/v1/profiles/nope');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe('Профиль «nope» не найден.');

    const applied = await admin.post('/api/v1/profiles/altai-2020/apply');
    expect(applied.status).toBe(200);
    const settings = await (await head.get('/api/v1/settings/monitoring')).json();
    expect(settings).toEqual({
      profile: 'altai-2020',
      indicators: expected['altai-2020']!.indicators,
      thresholds: expected['altai-2020']!.thresholds,
      reportingPeriods: [
        { code: 'interim', name: 'Промежуточный (январь — май)', start: '01-01', end: '05-31', acceptor: 'region' },
        { code: 'year', name: 'Календарный год', start: '01-01', end: '12-31', acceptor: 'region' },
      ],
    });
    const [row] = (await t.database.db.execute(sql`select settings from regions where id = ${region.id}`)).rows;
    expect((row!.settings as { theme: string }).theme).toBe('kept');
    const entries = await auditRows();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'update', entity: 'region', entity_id: String(region.id) });
    expect((entries[0]!.changes as Record<string, { to: unknown }>).profile!.to).toBe('altai-2020');

    // The same profile again changes nothing, so it leaves no entry.
    expect((await admin.post('/api/v1/profiles/altai-2020/apply')).status).toBe(200);
    expect(await auditRows()).toHaveLength(1);
  });

  it('PUT проверяет набор, пороги и отчётные периоды и пишет журнал', async () => {
    const unknown = await admin.put('/api/v1/settings/monitoring', {
      indicators: ['staff_pd_share', 'no_such_indicator'],
      thresholds: {},
      reportingPeriods: [yearKind],
    });
    expect(unknown.status).toBe(422);
    const unknownBody = await unknown.json();
    expect(JSON.stringify(unknownBody.error.issues)).toContain('Неизвестный показатель «no_such_indicator»');

    const tooHigh = await admin.put('/api/v1/settings/monitoring', {
      indicators: ['staff_pd_share', 'community_count'],
      thresholds: { staff_pd_share: 150, community_count: 150 },
      reportingPeriods: [yearKind],
    });
    expect(tooHigh.status).toBe(422);
    const issues = (await tooHigh.json()).error.issues as { path: string; message: string }[];
    // A count may well exceed 100: only the share is refused.
    expect(issues).toEqual([{ path: 'thresholds.staff_pd_share', message: 'Порог доли — от 0 до 100 %' }]);

    for (const bad of [
      { indicators: ['staff_pd_share'], thresholds: { staff_pd_share: -1 }, reportingPeriods: [yearKind] },
      { indicators: ['staff_pd_share'], thresholds: { teacher_iom_share: 5 }, reportingPeriods: [yearKind] },
      { indicators: ['staff_pd_share'], thresholds: {}, reportingPeriods: [{ ...yearKind, end: '02-30' }] },
      { indicators: ['staff_pd_share'], thresholds: {}, reportingPeriods: [yearKind, { ...yearKind, code: 'again' }] },
      { indicators: ['staff_pd_share'], thresholds: {}, reportingPeriods: [{ ...yearKind, acceptor: 'school' }] },
      { indicators: ['staff_pd_share'], thresholds: {}, reportingPeriods: [] },
      { indicators: ['staff_pd_share', 'staff_pd_share'], thresholds: {}, reportingPeriods: [yearKind] },
      { indicators: [], thresholds: {}, reportingPeriods: [yearKind] },
      { indicators: ['staff_pd_share'], thresholds: {}, reportingPeriods: [yearKind], profile: 'x' },
    ]) {
      const response = await admin.put('/api/v1/settings/monitoring', bad);
      expect(response.status, JSON.stringify(bad)).toBe(422);
      expect((await response.json()).error.message).toBe('Проверьте введённые данные.');
    }
    expect((await readMonitoringSettings(t.database.db)).profile).toBe('altai-2020');
    expect(await auditRows()).toHaveLength(1);

    const saved = await admin.put('/api/v1/settings/monitoring', {
      indicators: ['community_count', 'staff_pd_share'],
      thresholds: { staff_pd_share: 12.5, community_count: 300 },
      reportingPeriods: [schoolKind, yearKind],
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({
      profile: 'altai-2020',
      indicators: ['community_count', 'staff_pd_share'],
      thresholds: { community_count: 300, staff_pd_share: 12.5 },
      reportingPeriods: [schoolKind, yearKind],
    });
    const entries = await auditRows();
    expect(entries).toHaveLength(2);
    expect(Object.keys(entries[1]!.changes as object).sort()).toEqual(['indicators', 'reportingPeriods', 'thresholds']);
  });

  it('руководитель ММС читает настройки, но не применяет профиль и не меняет их', async () => {
    const before = await readMonitoringSettings(t.database.db);
    const apply = await head.post('/api/v1/profiles/kostroma-2020/apply');
    expect(apply.status).toBe(403);
    expect((await apply.json()).error.message).toBe('Недостаточно прав для этого действия.');
    const put = await head.put('/api/v1/settings/monitoring', {
      indicators: ['staff_pd_share'],
      thresholds: {},
      reportingPeriods: [yearKind],
    });
    expect(put.status).toBe(403);
    expect((await head.get('/api/v1/profiles')).status).toBe(403);
    expect(await readMonitoringSettings(t.database.db)).toEqual(before);
    expect((await t.client().get('/api/v1/settings/monitoring')).status).toBe(401);
  });
});
