import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { PersonCard, PersonCreateInput, PersonInput, PersonMatch, PersonRow } from '../../../shared/registry.js';
import type { Principal } from '../../auth/principal.js';
import type { Scope } from '../../auth/scope.js';
import type { Db, Executor } from '../../db/client.js';
import { audit, diff } from '../audit/audit.service.js';
import { municipalityVisible, organizationMunicipality, organizationVisible } from './organizations.queries.js';
import { insertEmployment, insertPerson, lockPerson, personMunicipalities, updatePerson } from './people-records.queries.js';
import type { WriteScope } from './people-records.service.js';
import {
  countPeople,
  findPersonMatch,
  selectPeople,
  selectPersonDetails,
  selectPersonHead,
  type PersonFilters,
  type PersonMatchKeys,
  type PersonMatchRow,
} from './people.queries.js';
import { conflictsAsErrors, datesOrdered, missing } from './registry.errors.js';

/** `123-456-789 01` → `***-***-*89 01`: enough to tell two people apart, not enough to use. */
export function maskSnils(snils: string | null): string | null {
  if (!snils) return null;
  const digits = snils.replace(/\D/g, '');
  return digits.length === 11 ? `***-***-*${digits.slice(7, 9)} ${digits.slice(9)}` : '***';
}

export const fullName = (p: { lastName: string; firstName: string; middleName?: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/** A person record as the audit log keeps it: the SNILS masked, since municipal heads read the log. */
export const auditable = <T extends { snils?: string | null }>(row: T | null) =>
  row ? { ...row, snils: maskSnils(row.snils ?? null) } : null;

export function careerAfterBirth(birthDate: string | null | undefined, careerStart: string | null | undefined, path = 'careerStart'): void {
  if (birthDate && careerStart && careerStart <= birthDate) {
    throw new AppError('validation', 'Начало педагогического стажа должно быть позже даты рождения.', [
      { path, message: 'Стаж не может начинаться раньше рождения' },
    ]);
  }
}

/** Filters naming a municipality or organization outside the scope are foreign ids: 404, not an empty list. */
async function checkFilters(db: Executor, scope: Scope, f: PersonFilters) {
  if (f.municipalityId && !(await municipalityVisible(db, scope, f.municipalityId))) throw missing('municipality');
  if (f.organizationId && !(await organizationVisible(db, scope, f.organizationId))) throw missing('organization');
}

const toRow = (r: Awaited<ReturnType<typeof selectPeople>>[number]): PersonRow => ({ ...r, organizations: r.organizations ?? [] });

export async function listPeople(db: Db, scope: Scope, today: string, f: PersonFilters & { page: number; pageSize: number }) {
  await checkFilters(db, scope, f);
  const rows = await selectPeople(db, scope, today, f, f.pageSize, (f.page - 1) * f.pageSize);
  const total = await countPeople(db, scope, today, f);
  return { items: rows.map(toRow), total, page: f.page, pageSize: f.pageSize };
}

export async function allPeople(db: Db, scope: Scope, today: string, f: PersonFilters): Promise<PersonRow[]> {
  await checkFilters(db, scope, f);
  return (await selectPeople(db, scope, today, f, null)).map(toRow);
}

export async function personCard(
  db: Db,
  scopes: { read: Scope; write: Scope; snils: Scope },
  today: string,
  id: number,
): Promise<PersonCard> {
  const head = await selectPersonHead(db, scopes.read, scopes.write, scopes.snils, today, id);
  if (!head) throw missing('person');
  const { edit, snilsFull, ...person } = head;
  const details = await selectPersonDetails(db, scopes.read, id);
  return { ...person, snils: snilsFull ? person.snils : maskSnils(person.snils), ...details, can: edit ? ['edit'] : [] };
}

/** A match as the writer may see it: the id only when their territory has (or had) the person. */
const shownMatch = (m: PersonMatchRow): PersonMatch => ({ id: m.inScope ? m.id : null, name: fullName(m), birthYear: m.birthYear });

/** The caller has authorized 'people.write': the person of the region these keys name, if any. */
export async function matchPerson(db: Db, scope: Scope, keys: PersonMatchKeys): Promise<PersonMatch | null> {
  const found = await findPersonMatch(db, scope, keys);
  return found ? shownMatch(found) : null;
}

export const duplicatePerson = (m: PersonMatch) =>
  new AppError(
    'conflict',
    `В регионе уже есть работник «${m.name}»${m.birthYear ? `, ${m.birthYear} г. р.` : ''}: добавьте ему место работы вместо нового работника.`,
  );

/**
 * The caller has authorized 'people.write'; the first employment's organization must be in that
 * scope. A person the region already has (matched region-wide) is never created twice: with
 * `addToExisting` they get the employment and their card stays as it is, without it the answer is 409.
 */
export async function createPerson(db: Db, actor: Principal, scope: Scope, input: PersonCreateInput): Promise<number> {
  careerAfterBirth(input.person.birthDate, input.person.careerStart, 'person.careerStart');
  datesOrdered(input.employment.start, input.employment.end, 'employment.end');
  return conflictsAsErrors(() =>
    db.transaction(async (tx) => {
      const municipalityId = await organizationMunicipality(tx, scope, input.employment.organizationId);
      if (municipalityId === undefined) throw missing('organization');
      const match = await findPersonMatch(tx, scope, input.person);
      if (match && !input.addToExisting) throw duplicatePerson(shownMatch(match));
      const person = match ?? (await newPerson(tx, actor, input.person, municipalityId));
      const employment = await insertEmployment(tx, person.id, input.employment);
      const label = fullName(person);
      await audit(tx, actor, {
        action: 'create',
        entity: 'employment',
        entityId: employment.id,
        subject: `person:${person.id}`,
        entityLabel: label,
        municipalityIds: [municipalityId],
        changes: diff(null, employment),
      });
      return person.id;
    }),
  );
}

async function newPerson(tx: Executor, actor: Principal, input: PersonInput, municipalityId: number) {
  const person = await insertPerson(tx, { ...input, code: input.code ?? `p-${randomBytes(6).toString('hex')}` });
  await audit(tx, actor, {
    action: 'create',
    entity: 'person',
    entityId: person.id,
    entityLabel: fullName(person),
    municipalityIds: [municipalityId],
    changes: diff(null, auditable(person)),
  });
  return person;
}

/** The caller has authorized 'people.write': the person must be employed inside the scope today. */
export async function patchPerson(db: Db, actor: Principal, at: WriteScope, id: number, input: Partial<PersonInput>): Promise<void> {
  await conflictsAsErrors(() =>
    db.transaction(async (tx) => {
      const before = await lockPerson(tx, at.scope, at.today, id);
      if (!before) throw missing('person');
      careerAfterBirth(
        input.birthDate === undefined ? before.birthDate : input.birthDate,
        input.careerStart === undefined ? before.careerStart : input.careerStart,
      );
      const after = await updatePerson(tx, id, input);
      const changes = diff(auditable(before), auditable(after));
      // Two SNILS may mask alike; the entry still records that it changed.
      if (before.snils !== after.snils) changes.snils ??= { from: maskSnils(before.snils), to: maskSnils(after.snils) };
      if (Object.keys(changes).length) {
        await audit(tx, actor, {
          action: 'update',
          entity: 'person',
          entityId: id,
          entityLabel: fullName(after),
          municipalityIds: await personMunicipalities(tx, id),
          changes,
        });
      }
    }),
  );
}
