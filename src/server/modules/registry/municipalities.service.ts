import { AppError } from '../../../shared/errors.js';
import type { MunicipalityInput } from '../../../shared/registry.js';
import type { Principal } from '../../auth/principal.js';
import type { Scope } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { findMunicipality, insertMunicipality, theRegionId, updateMunicipality } from './municipalities.queries.js';
import { auditRecord } from './registry.audit.js';
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
      await auditRecord(tx, actor, 'municipality', null, row, [row.id]);
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
      await auditRecord(tx, actor, 'municipality', before, after, [id]);
    }),
  );
}
