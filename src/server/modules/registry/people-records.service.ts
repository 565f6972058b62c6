import { AppError } from '../../../shared/errors.js';
import type { ActiveMembershipInput, AttestationInput, EmploymentInput } from '../../../shared/registry.js';
import type { Principal } from '../../auth/principal.js';
import type { Scope } from '../../auth/scope.js';
import type { Db, Executor } from '../../db/client.js';
import { audit, diff, type AuditEntry } from '../audit/audit.service.js';
import { organizationMunicipality } from './organizations.queries.js';
import * as q from './people-records.queries.js';
import { fullName } from './people.service.js';
import { conflictsAsErrors, datesOrdered, missing } from './registry.errors.js';

// Employments, attestations and active memberships of one person. The caller has authorized
// 'people.write' and passes its scope and today's date: the person must be employed inside the
// scope today (a former employer only reads) and, for employments, the organization before and
// after the change must be inside it too, or the answer is 404 and nothing changes.

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Where a change happens: the writer's scope on `today` (today(config.timeZone)). */
export interface WriteScope {
  scope: Scope;
  today: string;
}

async function withPerson<T>(db: Db, at: WriteScope, personId: number, work: (tx: Tx, label: string) => Promise<T>): Promise<T> {
  return conflictsAsErrors(() =>
    db.transaction(async (tx) => {
      const person = await q.lockPerson(tx, at.scope, at.today, personId);
      if (!person) throw missing('person');
      return work(tx, fullName(person));
    }),
  );
}

async function requireOrganization(tx: Executor, scope: Scope, organizationId: number): Promise<number> {
  const municipalityId = await organizationMunicipality(tx, scope, organizationId);
  if (municipalityId === undefined) throw missing('organization');
  return municipalityId;
}

export async function addEmployment(db: Db, actor: Principal, at: WriteScope, personId: number, input: EmploymentInput): Promise<number> {
  datesOrdered(input.start, input.end);
  return withPerson(db, at, personId, async (tx, label) => {
    await requireOrganization(tx, at.scope, input.organizationId);
    const row = await q.insertEmployment(tx, personId, input);
    await auditCard(tx, actor, personId, label, { action: 'create', entity: 'employment', entityId: row.id, changes: diff(null, row) });
    return row.id;
  });
}

export async function patchEmployment(
  db: Db,
  actor: Principal,
  at: WriteScope,
  personId: number,
  id: number,
  input: Partial<EmploymentInput>,
): Promise<void> {
  await withPerson(db, at, personId, async (tx, label) => {
    const before = await q.lockEmployment(tx, personId, id);
    if (!before) throw missing('employment');
    await requireOrganization(tx, at.scope, before.organizationId);
    if (input.organizationId !== undefined && input.organizationId !== before.organizationId)
      await requireOrganization(tx, at.scope, input.organizationId);
    datesOrdered(input.start ?? before.start, input.end === undefined ? before.end : input.end);
    const municipalitiesBefore = await q.personMunicipalities(tx, personId);
    const after = await q.updateEmployment(tx, id, input);
    const changes = diff(before, after);
    if (!Object.keys(changes).length) return;
    const municipalityIds = [...municipalitiesBefore, ...(await q.personMunicipalities(tx, personId))];
    await auditCard(tx, actor, personId, label, {
      action: 'update',
      entity: 'employment',
      entityId: id,
      changes: changes,
      municipalityIds,
    });
  });
}

export async function removeEmployment(db: Db, actor: Principal, at: WriteScope, personId: number, id: number): Promise<void> {
  await withPerson(db, at, personId, async (tx, label) => {
    const before = await q.lockEmployment(tx, personId, id);
    if (!before) throw missing('employment');
    await requireOrganization(tx, at.scope, before.organizationId);
    // Without any employment the person would fall out of every territory and be lost to all but the region.
    if ((await q.countEmployments(tx, personId)) <= 1) {
      throw new AppError(
        'conflict',
        'Нельзя удалить единственное место работы: укажите дату окончания или сначала добавьте новое место работы.',
      );
    }
    const municipalityIds = await q.personMunicipalities(tx, personId);
    await q.deleteEmployment(tx, id);
    await auditCard(tx, actor, personId, label, {
      action: 'delete',
      entity: 'employment',
      entityId: id,
      changes: diff(before, null),
      municipalityIds,
    });
  });
}

export async function addAttestation(db: Db, actor: Principal, at: WriteScope, personId: number, input: AttestationInput): Promise<number> {
  return withPerson(db, at, personId, async (tx, label) => {
    const row = await q.insertAttestation(tx, personId, input);
    await auditCard(tx, actor, personId, label, { action: 'create', entity: 'attestation', entityId: row.id, changes: diff(null, row) });
    return row.id;
  });
}

export async function removeAttestation(db: Db, actor: Principal, at: WriteScope, personId: number, id: number): Promise<void> {
  await withPerson(db, at, personId, async (tx, label) => {
    const before = await q.lockAttestation(tx, personId, id);
    if (!before) throw missing('attestation');
    await q.deleteAttestation(tx, id);
    await auditCard(tx, actor, personId, label, { action: 'delete', entity: 'attestation', entityId: id, changes: diff(before, null) });
  });
}

export async function addMembership(
  db: Db,
  actor: Principal,
  at: WriteScope,
  personId: number,
  input: ActiveMembershipInput,
): Promise<number> {
  datesOrdered(input.start, input.end);
  return withPerson(db, at, personId, async (tx, label) => {
    const row = await q.insertMembership(tx, personId, input);
    await auditCard(tx, actor, personId, label, {
      action: 'create',
      entity: 'active_membership',
      entityId: row.id,
      changes: diff(null, row),
    });
    return row.id;
  });
}

export async function patchMembership(
  db: Db,
  actor: Principal,
  at: WriteScope,
  personId: number,
  id: number,
  input: Partial<ActiveMembershipInput>,
): Promise<void> {
  await withPerson(db, at, personId, async (tx, label) => {
    const before = await q.lockMembership(tx, personId, id);
    if (!before) throw missing('membership');
    datesOrdered(input.start ?? before.start, input.end === undefined ? before.end : input.end);
    const after = await q.updateMembership(tx, id, input);
    const changes = diff(before, after);
    if (!Object.keys(changes).length) return;
    await auditCard(tx, actor, personId, label, { action: 'update', entity: 'active_membership', entityId: id, changes: changes });
  });
}

export async function removeMembership(db: Db, actor: Principal, at: WriteScope, personId: number, id: number): Promise<void> {
  await withPerson(db, at, personId, async (tx, label) => {
    const before = await q.lockMembership(tx, personId, id);
    if (!before) throw missing('membership');
    await q.deleteMembership(tx, id);
    await auditCard(tx, actor, personId, label, {
      action: 'delete',
      entity: 'active_membership',
      entityId: id,
      changes: diff(before, null),
    });
  });
}

/** One audit entry about a record on the person's card: its history shows it. */
async function auditCard(
  tx: Executor,
  actor: Principal,
  personId: number,
  label: string,
  entry: Pick<AuditEntry, 'action' | 'entity' | 'entityId' | 'changes'> & { municipalityIds?: number[] },
): Promise<void> {
  await audit(tx, actor, {
    ...entry,
    subject: `person:${personId}`,
    entityLabel: label,
    municipalityIds: entry.municipalityIds ?? (await q.personMunicipalities(tx, personId)),
  });
}
