// The positions dictionary's SQL. Region-wide: no territory narrows it.
import { asc, eq } from 'drizzle-orm';
import type { PositionRow } from '../../../shared/positions.js';
import type { Executor } from '../../db/client.js';
import { positions } from './positions.tables.js';

const columns = { id: positions.id, name: positions.name, category: positions.category, exact: positions.exact };

export async function selectPositions(db: Executor): Promise<PositionRow[]> {
  return db.select(columns).from(positions).orderBy(asc(positions.category), asc(positions.key));
}

export async function findPosition(db: Executor, id: number): Promise<PositionRow | null> {
  const [row] = await db.select(columns).from(positions).where(eq(positions.id, id));
  return row ?? null;
}

export async function insertPosition(db: Executor, values: Omit<PositionRow, 'id'> & { key: string }): Promise<number> {
  const [row] = await db.insert(positions).values(values).returning({ id: positions.id });
  return row!.id;
}

export async function updatePosition(db: Executor, id: number, values: Partial<Omit<PositionRow, 'id'>> & { key?: string }) {
  await db
    .update(positions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(positions.id, id));
}

export async function deletePosition(db: Executor, id: number): Promise<void> {
  await db.delete(positions).where(eq(positions.id, id));
}
