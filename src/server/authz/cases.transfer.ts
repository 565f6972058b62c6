import { allow, exporters, rosterImporters, type MatrixCase, type Target, type Who } from './matrix.js';
import type { TestClient } from '../test/harness.js';
import type { World } from './world.js';

const noUpload = '00000000-0000-4000-8000-000000000000';

/**
 * An upload of a one-row roster into school A. Own: made by the caller; foreign: made by another
 * user (an upload belongs to whoever made it, so it is 404 for everyone else, the region admin too).
 */
async function upload(w: World, target: Target, who: Who): Promise<string> {
  const owner = target === 'own' ? who : who === 'region_admin' ? 'municipal_head' : 'region_admin';
  if (owner === 'anonymous' || !rosterImporters.includes(owner)) return noUpload;
  const form = new FormData();
  const csv = `ФИО;Дата рождения;Код организации;Должность\nПетрова Анна Ивановна;01.02.1990;${w.orgACode};Учитель\n`;
  form.set('file', new File([csv], 'kadry.csv', { type: 'text/csv' }));
  const response = await w.clients[owner].post('/api/v1/roster/uploads', form);
  if (response.status !== 200) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { uploadId: string }).uploadId;
}

const mapping = { ФИО: 'fullName', 'Дата рождения': 'birthDate', 'Код организации': 'organizationCode', Должность: 'position' };
const everyImporterForeign404 = Object.fromEntries(rosterImporters.map((role) => [role, 404]));

export const transferCases: Record<string, MatrixCase> = {
  'POST /api/v1/exchange/import': {
    build: (w) => ({
      method: 'POST',
      path: '/api/v1/exchange/import',
      body: { format: 'metodset-exchange', version: 1, region: { code: w.regionCode, name: 'Тестовая область' } },
    }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
  'GET /api/v1/exchange/export': {
    // A school admin's own territory is its school; its foreign one is the municipality around it,
    // which its grant does not reach as a whole (municipality B is foreign to it all the more).
    build: (w, t, who) => {
      const own = who === 'school_admin' ? w.orgACode : w.munACode;
      const foreign = who === 'school_admin' ? w.munACode : w.munBCode;
      return { method: 'GET', path: `/api/v1/exchange/export?scope=${t === 'own' ? own : foreign}` };
    },
    own: allow(200, exporters),
  },
  'POST /api/v1/roster/uploads': {
    build: async () => {
      const form = new FormData();
      form.set('file', new File([`ФИО;Дата рождения\nИванов Иван Иванович;01.01.1980\n`], 'kadry.csv', { type: 'text/csv' }));
      return { method: 'POST', path: '/api/v1/roster/uploads', body: form };
    },
    own: allow(200, rosterImporters),
    territorial: false,
  },
  'POST /api/v1/roster/uploads/:id/preview': {
    build: async (w, t, who) => ({ method: 'POST', path: `/api/v1/roster/uploads/${await upload(w, t, who)}/preview`, body: { mapping } }),
    own: allow(200, rosterImporters),
    foreign: everyImporterForeign404,
  },
  'POST /api/v1/roster/uploads/:id/apply': {
    build: async (w, t, who) => ({ method: 'POST', path: `/api/v1/roster/uploads/${await upload(w, t, who)}/apply`, body: { mapping } }),
    own: allow(200, rosterImporters),
    foreign: everyImporterForeign404,
  },
  'GET /api/v1/roster/jobs/:id': {
    build: async (w, t, who) => {
      const id = await upload(w, t, who);
      if (id === noUpload) return { method: 'GET', path: `/api/v1/roster/jobs/${noUpload}` };
      const owner = t === 'own' ? who : who === 'region_admin' ? 'municipal_head' : 'region_admin';
      const started = await w.clients[owner as Exclude<Who, 'anonymous'>].post(`/api/v1/roster/uploads/${id}/apply`, {
        mapping,
        background: true,
      });
      const job = (await started.json()) as { jobId: string };
      await waitForJob(w.clients[owner as Exclude<Who, 'anonymous'>], job.jobId);
      return { method: 'GET', path: `/api/v1/roster/jobs/${job.jobId}` };
    },
    own: allow(200, rosterImporters),
    foreign: everyImporterForeign404,
  },
};

/** Lets the background import finish, so that it never outlives the test's database. */
async function waitForJob(client: TestClient, jobId: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const job = (await (await client.get(`/api/v1/roster/jobs/${jobId}`)).json()) as { state: string };
    if (job.state !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`roster job ${jobId} did not finish`);
}
