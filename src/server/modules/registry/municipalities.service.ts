import { AppError } from '../../../shared/errors.js';
import type { MunicipalityInput } from '../../../shared/registry.js';
import type { Principal } from '../../auth/principal.js';
import type { Scope } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { audit, diff } from '../audit/audit.service.js';
import { findMunicipality, insertMunicipality, theRegionId, updateMunicipality } from './municipalities.queries.js';
import { conflictsAsErrors, missing } from './registry.errors.js';

/** The caller has authorized 'municipalities.write' and passes its scope. */
export async function createMunicipality(db: Db, actor: Principal, scope: Scope, input: MunicipalityInput): Promise<number> {
  if (!scope.region) throw new AppError('forbidden', 'Добавлять муниципалитеты может только администратор региона.');
  return conflictsAsErrors(() =>
    db.transaction(async (tx) => {
      const regionId = await theRegionId(tx);
      if (regionId === undefined)
        throw new AppError('conflict', 'В системе нет региона: сначала загрузите пакет обмена или создайте регион.');
      const row = await insertMunicipality(tx, { ...input, regionId });
      await audit(tx, actor, {
        action: 'create',
        entity: 'municipality',
        entityId: row.id,
        entityLabel: row.name,
        municipalityIds: [row.id],
        changes: diff(null, row),
      });
      return row.id;
    }),
  );
}

export async function patchMunicipality(
  db: Db,
  actor: Principal,
  scope: Scope,
  id: number,
  input: Partial<MunicipalityInput>,
): Promise<void> {
  await conflictsAsErrors(() =>
    db.transaction(async (tx) => {
      const before = await findMunicipality(tx, scope, id);
      if (!before) throw missing('municipality');
      const after = await updateMunicipality(tx, id, input);
      const changes = diff(before, after);
      if (Object.keys(changes).length) {
        await audit(tx, actor, {
          action: 'update',
          entity: 'municipality',
          entityId: id,
          entityLabel: after.name,
          municipalityIds: [id],
          changes,
        });
      }
    }),
  );
}
