// Editing the positions dictionary; the caller has authorized 'positions.manage'. Every change is
// logged in the same transaction.
import { AppError, notFound } from '../../../shared/errors.js';
import type { PositionInput, PositionRow } from '../../../shared/positions.js';
import type { Principal } from '../../auth/principal.js';
import type { Db, Executor } from '../../db/client.js';
import { audit, diff } from '../audit/audit.service.js';
import { positionKey } from './positions.match.js';
import { deletePosition, findPosition, insertPosition, selectPositions, updatePosition } from './positions.queries.js';

const missingPosition = () => notFound('position');

async function keyTaken(db: Executor, key: string, except: number | null): Promise<void> {
  const same = (await selectPositions(db)).find((p) => positionKey(p.name) === key && p.id !== except);
  if (same) throw new AppError('conflict', `Должность «${same.name}» уже есть в справочнике: это то же название.`);
}

const emptyName = () => new AppError('validation', 'Название должности должно содержать буквы.');

export async function createPosition(db: Db, principal: Principal, input: PositionInput): Promise<number> {
  const key = positionKey(input.name);
  if (!key) throw emptyName();
  return db.transaction(async (tx) => {
    await keyTaken(tx, key, null);
    const id = await insertPosition(tx, { ...input, key });
    await audit(tx, principal, { action: 'create', entity: 'position', entityId: id, entityLabel: input.name, changes: diff(null, input) });
    return id;
  });
}

export async function patchPosition(db: Db, principal: Principal, id: number, input: Partial<PositionInput>): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findPosition(tx, id);
    if (!before) throw missingPosition();
    const after: PositionRow = { ...before, ...input };
    const key = positionKey(after.name);
    if (!key) throw emptyName();
    await keyTaken(tx, key, id);
    const changes = diff(before, after);
    if (!Object.keys(changes).length) return;
    await updatePosition(tx, id, { ...input, key });
    await audit(tx, principal, { action: 'update', entity: 'position', entityId: id, entityLabel: after.name, changes });
  });
}

export async function removePosition(db: Db, principal: Principal, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findPosition(tx, id);
    if (!before) throw missingPosition();
    await deletePosition(tx, id);
    await audit(tx, principal, {
      action: 'delete',
      entity: 'position',
      entityId: id,
      entityLabel: before.name,
      changes: diff(before, null),
    });
  });
}
