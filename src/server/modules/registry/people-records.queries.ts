import { and, eq, sql } from 'drizzle-orm';
import type { ActiveMembershipInput, AttestationInput, EmploymentInput, PersonInput } from '../../../shared/registry.js';
import { personCurrentInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { activeMemberships, attestations, employments, people } from './registry.tables.js';

// Single-record reads and writes of a person and the records hanging off their card.

type Values<T> = { [K in keyof T]?: T[K] | undefined };
/** Drops `undefined` (a field not sent) so that only the fields sent are written. */
const sent = <T extends object>(values: Values<T>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The person, locked for a change, when the write scope holds them on `today` (personCurrentInScope). */
export async function lockPerson(db: Executor, scope: Scope, today: string, id: number) {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, id), personCurrentInScope(scope, people.id, today)))
    .for('update');
  return row;
}

export async function insertPerson(db: Executor, values: PersonInput & { code: string }) {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

export async function updatePerson(db: Executor, id: number, values: Values<PersonInput>) {
  const [row] = await db
    .update(people)
    .set({ ...sent(values), updatedAt: sql`now()` })
    .where(eq(people.id, id))
    .returning();
  return row!;
}

/** Municipalities of every organization the person is (or was) employed in: the audit entry's territory. */
export async function personMunicipalities(db: Executor, personId: number): Promise<number[]> {
  const result = await db.execute<{ id: number }>(sql`
    select distinct o.municipality_id as id from employments e join organizations o on o.id = e.organization_id where e.person_id = ${personId}`);
  return result.rows.map((r) => r.id);
}

export async function lockEmployment(db: Executor, personId: number, id: number) {
  const [row] = await db
    .select()
    .from(employments)
    .where(and(eq(employments.id, id), eq(employments.personId, personId)))
    .for('update');
  return row;
}

export async function insertEmployment(db: Executor, personId: number, values: EmploymentInput) {
  const [row] = await db
    .insert(employments)
    .values({ ...values, personId })
    .returning();
  return row!;
}

export async function updateEmployment(db: Executor, id: number, values: Values<EmploymentInput>) {
  const [row] = await db
    .update(employments)
    .set({ ...sent(values), updatedAt: sql`now()` })
    .where(eq(employments.id, id))
    .returning();
  return row!;
}

export async function deleteEmployment(db: Executor, id: number) {
  await db.delete(employments).where(eq(employments.id, id));
}

export async function countEmployments(db: Executor, personId: number): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`select count(*) as n from employments where person_id = ${personId}`);
  return Number(result.rows[0]?.n ?? 0);
}

export async function lockAttestation(db: Executor, personId: number, id: number) {
  const [row] = await db
    .select()
    .from(attestations)
    .where(and(eq(attestations.id, id), eq(attestations.personId, personId)))
    .for('update');
  return row;
}

export async function insertAttestation(db: Executor, personId: number, values: AttestationInput) {
  const [row] = await db
    .insert(attestations)
    .values({ ...values, personId })
    .returning();
  return row!;
}

export async function deleteAttestation(db: Executor, id: number) {
  await db.delete(attestations).where(eq(attestations.id, id));
}

export async function lockMembership(db: Executor, personId: number, id: number) {
  const [row] = await db
    .select()
    .from(activeMemberships)
    .where(and(eq(activeMemberships.id, id), eq(activeMemberships.personId, personId)))
    .for('update');
  return row;
}

export async function insertMembership(db: Executor, personId: number, values: ActiveMembershipInput) {
  const [row] = await db
    .insert(activeMemberships)
    .values({ ...values, personId })
    .returning();
  return row!;
}

export async function updateMembership(db: Executor, id: number, values: Values<ActiveMembershipInput>) {
  const [row] = await db
    .update(activeMemberships)
    .set({ ...sent(values), updatedAt: sql`now()` })
    .where(eq(activeMemberships.id, id))
    .returning();
  return row!;
}

export async function deleteMembership(db: Executor, id: number) {
  await db.delete(activeMemberships).where(eq(activeMemberships.id, id));
}
