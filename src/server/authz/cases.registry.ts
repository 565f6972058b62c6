import { allow, formerWrite, organizationWriters, peopleWriters, territorialReaders, type MatrixCase, type Target } from './matrix.js';
import type { World } from './world.js';

const mun = (w: World, target: Target) => (target === 'own' ? w.munA : w.munB);
/** The organization a write names: a former employer names its own school. */
const org = (w: World, target: Target) => (target === 'foreign' ? w.orgB : w.orgA);

/**
 * A person of the target: for 'former' a fresh one who worked in school A until 2019 and works in
 * school B since, with that past employment of A's; otherwise a fresh person of the target
 * territory with two employments, so that one may be deleted.
 */
async function freshPerson(w: World, target: Target) {
  if (target === 'former') {
    const left = await w.make.staff(w.orgA, { lastName: `Ушедшая${w.n()}` }, { start: '2010-09-01', end: '2019-06-30' });
    const past = await w.make.employment({
      personId: left.id,
      organizationId: w.orgA,
      position: 'Педагог-психолог',
      start: '2012-09-01',
      end: '2019-06-30',
    });
    await w.make.employment({ personId: left.id, organizationId: w.orgB, start: '2019-09-01' });
    return { personId: left.id, employmentId: past.id };
  }
  const created = await w.make.staff(org(w, target), { lastName: `Новикова${w.n()}` });
  const second = await w.make.employment({
    personId: created.id,
    organizationId: org(w, target),
    position: 'Педагог-психолог',
    start: '2020-09-01',
  });
  return { personId: created.id, employmentId: second.id };
}

/** The person a request names: the world's own or foreign one, or a fresh former employee. */
const person = async (w: World, target: Target) =>
  target === 'former' ? (await freshPerson(w, target)).personId : target === 'own' ? w.personA : w.personB;

const readers = territorialReaders;
/** A teacher and an expert read only their own card: another person is not there for them. */
const readersWithTeacherHidden = allow(200, readers, { teacher: 404, expert: 404 });

export const registryCases: Record<string, MatrixCase> = {
  'GET /api/v1/municipalities': {
    build: () => ({ method: 'GET', path: '/api/v1/municipalities' }),
    own: allow(200, readers),
    territorial: false,
  },
  'GET /api/v1/municipalities/export.xlsx': {
    build: () => ({ method: 'GET', path: '/api/v1/municipalities/export.xlsx' }),
    own: allow(200, readers),
    territorial: false,
  },
  'GET /api/v1/municipalities/:id': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/municipalities/${mun(w, t)}` }),
    own: allow(200, readers),
  },
  'POST /api/v1/municipalities': {
    build: (w) => ({ method: 'POST', path: '/api/v1/municipalities', body: { code: `mun-new-${w.n()}`, name: `Новый район ${w.n()}` } }),
    own: allow(200, ['region_admin']),
    territorial: false,
  },
  'PATCH /api/v1/municipalities/:id': {
    build: (w, t) => ({ method: 'PATCH', path: `/api/v1/municipalities/${mun(w, t)}`, body: { name: `Район ${w.n()}` } }),
    own: allow(200, ['region_admin']),
  },
  'GET /api/v1/organizations': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/organizations?municipalityId=${mun(w, t)}` }),
    own: allow(200, readers),
  },
  'GET /api/v1/organizations/export.xlsx': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/organizations/export.xlsx?municipalityId=${mun(w, t)}` }),
    own: allow(200, readers),
  },
  'GET /api/v1/organizations/options': {
    build: () => ({ method: 'GET', path: '/api/v1/organizations/options' }),
    own: allow(200, readers),
    territorial: false,
  },
  'GET /api/v1/organizations/:id': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/organizations/${org(w, t)}` }),
    own: allow(200, readers),
  },
  'POST /api/v1/organizations': {
    build: (w, t) => ({
      method: 'POST',
      path: '/api/v1/organizations',
      body: { code: `org-new-${w.n()}`, municipalityId: mun(w, t), name: `МБОУ «Школа № ${w.n()}»`, kind: 'school', flags: [] },
    }),
    own: allow(200, organizationWriters),
  },
  'PATCH /api/v1/organizations/:id': {
    build: (w, t) => ({ method: 'PATCH', path: `/api/v1/organizations/${org(w, t)}`, body: { flags: ['staff_plan'] } }),
    own: allow(200, organizationWriters),
  },
  'GET /api/v1/people': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/people?organizationId=${org(w, t)}` }),
    own: readersWithTeacherHidden,
  },
  'GET /api/v1/people/export.xlsx': {
    build: (w, t) => ({ method: 'GET', path: `/api/v1/people/export.xlsx?organizationId=${org(w, t)}` }),
    own: readersWithTeacherHidden,
  },
  'GET /api/v1/people/:id': {
    build: async (w, t) => ({ method: 'GET', path: `/api/v1/people/${await person(w, t)}` }),
    own: readersWithTeacherHidden,
    former: readersWithTeacherHidden,
  },
  'POST /api/v1/people': {
    build: (w, t) => ({
      method: 'POST',
      path: '/api/v1/people',
      body: {
        // A new name each time: the same person twice would be matched, not created.
        person: { lastName: `Новенькая${w.n()}`, firstName: 'Анна', middleName: null, birthDate: '1999-03-02', careerStart: '2022-09-01' },
        employment: {
          organizationId: org(w, t),
          position: 'Учитель математики',
          category: 'teacher',
          start: '2022-09-01',
          subjects: ['Математика'],
        },
      },
    }),
    own: allow(200, peopleWriters),
  },
  'POST /api/v1/people/match': {
    build: () => ({
      method: 'POST',
      path: '/api/v1/people/match',
      body: { lastName: 'Чужая', firstName: 'Мария', birthDate: '1985-04-12' },
    }),
    own: allow(200, peopleWriters),
    territorial: false,
  },
  'PATCH /api/v1/people/:id': {
    build: async (w, t) => ({
      method: 'PATCH',
      path: `/api/v1/people/${await person(w, t)}`,
      body: { phone: `+7 900 000-00-${String(w.n() % 100).padStart(2, '0')}` },
    }),
    own: allow(200, peopleWriters, { teacher: 403 }),
    former: formerWrite(200),
  },
  'POST /api/v1/people/:id/employments': {
    build: async (w, t) => ({
      method: 'POST',
      path: `/api/v1/people/${await person(w, t)}/employments`,
      body: { organizationId: org(w, t), position: `Совместитель ${w.n()}`, category: 'teacher', start: w.t.today(), subjects: [] },
    }),
    own: allow(200, peopleWriters),
    former: formerWrite(200),
  },
  'PATCH /api/v1/people/:id/employments/:employmentId': {
    build: async (w, t) => {
      const fresh = await freshPerson(w, t);
      return {
        method: 'PATCH',
        path: `/api/v1/people/${fresh.personId}/employments/${fresh.employmentId}`,
        body: { position: 'Учитель-логопед' },
      };
    },
    own: allow(200, peopleWriters),
    former: formerWrite(200),
  },
  'DELETE /api/v1/people/:id/employments/:employmentId': {
    build: async (w, t) => {
      const fresh = await freshPerson(w, t);
      return { method: 'DELETE', path: `/api/v1/people/${fresh.personId}/employments/${fresh.employmentId}` };
    },
    own: allow(204, peopleWriters),
    former: formerWrite(204),
  },
  'POST /api/v1/people/:id/attestations': {
    build: async (w, t) => ({
      method: 'POST',
      path: `/api/v1/people/${await person(w, t)}/attestations`,
      body: { category: 'first', date: `2019-01-${String((w.n() % 28) + 1).padStart(2, '0')}` },
    }),
    own: allow(200, peopleWriters),
    former: formerWrite(200),
  },
  'DELETE /api/v1/people/:id/attestations/:attestationId': {
    build: async (w, t) => {
      const fresh = await freshPerson(w, t);
      const response = await w.clients.region_admin.post(`/api/v1/people/${fresh.personId}/attestations`, {
        category: 'highest',
        date: '2021-05-20',
      });
      const { id } = (await response.json()) as { id: number };
      return { method: 'DELETE', path: `/api/v1/people/${fresh.personId}/attestations/${id}` };
    },
    own: allow(204, peopleWriters),
    former: formerWrite(204),
  },
  'POST /api/v1/people/:id/active-memberships': {
    build: async (w, t) => ({
      method: 'POST',
      path: `/api/v1/people/${await person(w, t)}/active-memberships`,
      body: { kind: 'expert', level: 'municipal', start: `2020-02-${String((w.n() % 28) + 1).padStart(2, '0')}`, end: null },
    }),
    own: allow(200, peopleWriters),
    former: formerWrite(200),
  },
  'PATCH /api/v1/people/:id/active-memberships/:membershipId': {
    build: async (w, t) => {
      const { personId, membershipId } = await freshMembership(w, t);
      return { method: 'PATCH', path: `/api/v1/people/${personId}/active-memberships/${membershipId}`, body: { end: '2025-12-31' } };
    },
    own: allow(200, peopleWriters),
    former: formerWrite(200),
  },
  'DELETE /api/v1/people/:id/active-memberships/:membershipId': {
    build: async (w, t) => {
      const { personId, membershipId } = await freshMembership(w, t);
      return { method: 'DELETE', path: `/api/v1/people/${personId}/active-memberships/${membershipId}` };
    },
    own: allow(204, peopleWriters),
    former: formerWrite(204),
  },
};

async function freshMembership(w: World, t: Target) {
  const fresh = await freshPerson(w, t);
  const response = await w.clients.region_admin.post(`/api/v1/people/${fresh.personId}/active-memberships`, {
    kind: 'methodical',
    level: 'regional',
    start: '2022-01-10',
    end: null,
  });
  const { id } = (await response.json()) as { id: number };
  return { personId: fresh.personId, membershipId: id };
}
