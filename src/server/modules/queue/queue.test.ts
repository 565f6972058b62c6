import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCodes } from '../../../shared/indicators.js';
import type { QueueItem, WorkQueue } from '../../../shared/queue.js';
import { defaultPeriodKinds, endedReportingPeriods } from '../../../shared/reporting-periods.js';
import { readConfig } from '../../config.js';
import { addYears, today as todayIn } from '../../http/today.js';
import { startTestApp, type TestClient, type TestContext } from '../../test/harness.js';
import { mentoringPairs } from '../mentoring/mentoring.tables.js';
import { currentReportingPeriod } from './queue.service.js';

// «Today» as the server computes it: the region's time zone, never the UTC date.
const today = todayIn(readConfig({}).timeZone);
const kinds = defaultPeriodKinds();
const ended = endedReportingPeriods(kinds, today, 1)[0]!;
const reportPeriod = { name: ended.name, from: ended.from, to: ended.to };

let t: TestContext;
let admin: TestClient;
let methodistA: TestClient;
let schoolAdmin: TestClient;
let ids: { munA: number; munB: number; schoolA: number; schoolB: number };
const people: Record<string, { id: number; label: string }> = {};

const labelOf = (p: { id: number; lastName: string; firstName: string; middleName: string | null }) => ({
  id: p.id,
  label: [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' '),
});

async function ok<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return JSON.parse(text) as T;
}

const queueOf = (client: TestClient, scope: string) => ok<WorkQueue>(client.get(`/api/v1/queue?scope=${scope}`));
const itemOf = (queue: WorkQueue, code: string): QueueItem | undefined => queue.items.find((i) => i.code === code);

beforeAll(async () => {
  t = await startTestApp();
  const { make, database } = t;
  const region = await make.region({ code: 'WQ-REGION' });
  const munA = await make.municipality({ regionId: region.id, code: 'WQ-A', name: 'Район А' });
  const munB = await make.municipality({ regionId: region.id, code: 'WQ-B', name: 'Район Б' });
  const schoolA = await make.organization({ municipalityId: munA.id, code: 'WQ-A1', flagsReviewedAt: new Date('2025-01-10T10:00:00Z') });
  const schoolB = await make.organization({ municipalityId: munB.id, code: 'WQ-B1', flagsReviewedAt: new Date('2025-01-10T10:00:00Z') });
  ids = { munA: munA.id, munB: munB.id, schoolA: schoolA.id, schoolB: schoolB.id };

  const young = { birthDate: addYears(today, -25), careerStart: addYears(today, -1) };
  const alone = await make.staff(schoolA.id, { lastName: 'Одинокая', ...young });
  const mentored = await make.staff(schoolA.id, { lastName: 'Опекаемая', ...young });
  const mentor = await make.staff(schoolA.id, { lastName: 'Наставница' });
  const formerlyMentored = await make.staff(schoolA.id, { lastName: 'Бывшая-подопечная', ...young });
  await make.staff(schoolB.id, { lastName: 'Чужая-молодая', ...young });
  const noBirth = await make.staff(schoolA.id, { lastName: 'Без-рождения', birthDate: null });
  await database.db.insert(mentoringPairs).values([
    { mentorId: mentor.id, menteeId: mentored.id, start: addYears(today, -1), end: null },
    { mentorId: mentor.id, menteeId: formerlyMentored.id, start: addYears(today, -1), end: addYears(today, -1) },
  ]);
  Object.assign(people, { alone: labelOf(alone), formerlyMentored: labelOf(formerlyMentored), noBirth: labelOf(noBirth) });

  const user = async (login: string, grant: Parameters<TestContext['make']['user']>[0][number]) => {
    const made = await make.user([grant], { login });
    return t.as(made.login, made.password);
  };
  admin = await user('wq-admin', { role: 'region_admin' });
  methodistA = await user('wq-methodist-a', { role: 'municipal_methodist', municipalityId: munA.id });
  schoolAdmin = await user('wq-school-a', { role: 'school_admin', organizationId: schoolA.id });
  const headB = await user('wq-head-b', { role: 'municipal_head', municipalityId: munB.id });

  // Mentoring is judged against a threshold of 90 %: in A two of five teachers (a mentor and her mentee) have a pair now.
  const settings = { indicators: [...indicatorCodes], thresholds: { teacher_mentoring_share: 90 }, reportingPeriods: kinds };
  await ok(admin.request('PUT', '/api/v1/settings/monitoring', settings));

  // B froze and submitted its report for the period that ended last; the region returned it.
  const { id } = await ok<{ id: number }>(headB.request('POST', '/api/v1/reports', { scope: 'WQ-B', ...reportPeriod }));
  await ok(headB.request('POST', `/api/v1/reports/${id}/submit`));
  await ok(admin.request('POST', `/api/v1/reports/${id}/return`, { comment: 'Проверьте наставников' }));
});
afterAll(() => t.close());

describe('рабочая очередь', () => {
  it('методист муниципалитета видит свои молодых педагогов без поддержки, показатели ниже порога, качество данных и несданный отчёт', async () => {
    const queue = await queueOf(methodistA, 'WQ-A');
    expect(queue.territory).toEqual({ kind: 'municipality', code: 'WQ-A', name: 'Район А' });
    expect(queue.reportPeriod).toEqual(reportPeriod);
    const current = currentReportingPeriod(kinds, today)!;
    expect(queue.period).toEqual({ name: current.name, from: current.from, to: current.to });

    const young = itemOf(queue, 'young_without_support')!;
    expect(young).toMatchObject({ kind: 'young', count: 2 });
    expect(young.href).toBe(`/registry/people?category=teacher&young=true&municipalityId=${ids.munA}`);
    expect(young.sample.map(({ id, label }) => ({ id, label }))).toEqual([people.formerlyMentored, people.alone]);
    expect(young.sample[0]!.href).toBe(`/registry/people/${people.formerlyMentored!.id}`);

    const mentoring = itemOf(queue, 'teacher_mentoring_share')!;
    expect(mentoring).toMatchObject({ kind: 'indicator', value: 40, threshold: 90, count: 3 });
    expect(mentoring.href).toBe(
      `/monitoring/indicators/teacher_mentoring_share?scope=WQ-A&from=${queue.period!.from}&to=${queue.period!.to}&side=rest`,
    );
    // Without a threshold an indicator is never «below» it.
    expect(queue.items.filter((i) => i.kind === 'indicator').map((i) => i.code)).toEqual(['teacher_mentoring_share']);

    const noBirth = itemOf(queue, 'people_without_birth_date')!;
    expect(noBirth).toMatchObject({ kind: 'quality', count: 1, href: '/monitoring?scope=WQ-A#quality' });
    expect(noBirth.sample.map((s) => s.id)).toEqual([people.noBirth!.id]);

    const due = itemOf(queue, 'report_due')!;
    expect(due).toMatchObject({ kind: 'report', count: 1 });
    expect(due.href).toBe(`/monitoring?scope=WQ-A&from=${reportPeriod.from}&to=${reportPeriod.to}`);
    expect(itemOf(queue, 'report_returned')).toBeUndefined();
  });

  it('регион видит все муниципалитеты: несданный отчёт А и возвращённый отчёт Б с замечанием', async () => {
    const queue = await queueOf(admin, 'WQ-REGION');
    expect(itemOf(queue, 'report_due')!.sample.map((s) => s.label)).toEqual(['Район А']);
    const returned = itemOf(queue, 'report_returned')!;
    expect(returned.sample.map((s) => s.label)).toEqual(['Район Б: Проверьте наставников']);
    expect(returned.href).toMatch(/^\/monitoring\/reports\/\d+$/);
    // Young teachers of both municipalities.
    expect(itemOf(queue, 'young_without_support')!.count).toBe(3);
  });

  it('руководитель ОО видит очередь своей школы без отчётности; чужая территория — 404', async () => {
    const queue = await queueOf(schoolAdmin, 'WQ-A1');
    expect(queue.items.filter((i) => i.kind === 'report')).toEqual([]);
    expect(itemOf(queue, 'young_without_support')!.href).toBe(`/registry/people?category=teacher&young=true&organizationId=${ids.schoolA}`);
    expect((await schoolAdmin.get('/api/v1/queue?scope=WQ-A')).status).toBe(404);
    expect((await methodistA.get('/api/v1/queue?scope=WQ-B')).status).toBe(404);
    expect((await methodistA.get('/api/v1/queue?scope=WQ-REGION')).status).toBe(404);
  });

  it('без территории — 422 с русским сообщением о поле scope', async () => {
    const response = await methodistA.get('/api/v1/queue');
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { message: string; issues?: { path: string; message: string }[] } };
    expect(body.error.message).toBe('Проверьте введённые данные.');
    expect(body.error.issues?.map((i) => i.path)).toEqual(['scope']);
  });
});
