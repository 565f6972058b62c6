import type { Principal } from '../../auth/principal.js';
import type { Executor } from '../../db/client.js';
import { audit, diff } from '../audit/audit.service.js';

/**
 * The audit entry of a named registry record (municipality, organization): a creation when there is
 * no `before`, otherwise an update — written only when a field changed, so a no-op patch leaves none.
 */
export async function auditRecord<R extends { id: number; name: string }>(
  tx: Executor,
  actor: Principal,
  entity: 'municipality' | 'organization',
  before: R | null,
  after: R,
  municipalityIds: number[],
): Promise<void> {
  const changes = diff(before, after);
  if (!Object.keys(changes).length) return;
  await audit(tx, actor, {
    action: before ? 'update' : 'create',
    entity,
    entityId: after.id,
    entityLabel: after.name,
    municipalityIds,
    changes,
  });
}
